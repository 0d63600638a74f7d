/** Parameter specs of this article's figures (the model's own spec plus figure-only controls). */
import type { ParamSpec } from '$lib/models/types';
import { spec as modelSpec } from '$lib/models/inhibitory-network';

const byKey = (key: string) => modelSpec.find((p) => p.key === key)!;

/** How fast the network figure plays its simulation. */
export const speedSpec: ParamSpec = {
	key: 'speed',
	label: 'Simulation speed',
	unit: 's/s',
	min: 5,
	max: 80,
	step: 5,
	default: 40,
	meaning: 'How many model seconds pass per second of playback.'
};

export const networkSpec: ParamSpec[] = [...modelSpec, speedSpec];

/** The rule figure: target rate, learning rate and the presynaptic rate of one inhibitory input. */
export const ruleSpec: ParamSpec[] = [
	byKey('rho0'),
	byKey('eta'),
	{
		key: 'pre',
		label: 'Presynaptic rate',
		unit: 'Hz',
		min: 0,
		max: 40,
		step: 1,
		default: 20,
		meaning: 'How busy the inhibitory input is. A silent input does not change.'
	}
];
