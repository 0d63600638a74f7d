/** Parameter specs of this article's figures (the models' own parameters plus figure-only controls), with their wording. */
import { m } from '$lib/paraglide/messages.js';
import { withText, type ParamRange } from '$lib/models/types';
import { spec as modelRanges } from '$lib/models/ranges/inhibitory-network';
import { assemblySpec as assemblyRanges, spec as spikingRanges } from '$lib/sim/protocol';
import { grouped } from '$lib/ui/format';

const modelSpec = withText(modelRanges, {
	eta: { label: m.param_inhibitory_eta_label, meaning: m.param_inhibitory_eta_meaning },
	rho0: { label: m.param_inhibitory_rho0_label, meaning: m.param_inhibitory_rho0_meaning },
	contrast: { label: m.param_inhibitory_contrast_label, meaning: m.param_inhibitory_contrast_meaning },
	relevance: { label: m.param_inhibitory_relevance_label, meaning: m.param_inhibitory_relevance_meaning },
	winStart: { label: m.param_inhibitory_win_start_label, meaning: m.param_inhibitory_win_start_meaning },
	winLength: { label: m.param_inhibitory_win_length_label, meaning: m.param_inhibitory_win_length_meaning }
});

const byKey = (key: string) => modelSpec.find((p) => p.key === key)!;

/** How fast the network figure plays its simulation. */
const speedRange: ParamRange = {
	key: 'speed',
	unit: 's/s',
	min: 5,
	max: 80,
	step: 5,
	default: 40
};

export const [speedSpec] = withText([speedRange], {
	speed: { label: m.param_network_speed_label, meaning: m.param_network_speed_meaning }
});

export const networkSpec = [...modelSpec, speedSpec];

/** The rule figure: target rate, learning rate and the presynaptic rate of one inhibitory input. */
export const ruleSpec = [
	byKey('rho0'),
	byKey('eta'),
	...withText([{ key: 'pre', unit: 'Hz', min: 0, max: 40, step: 1, default: 20 }], {
		pre: { label: m.param_rule_pre_label, meaning: m.param_rule_pre_meaning }
	})
];

/** Network size in cells, written with the reader's digit grouping. */
const size = { unit: m.param_unit_cells, format: (v: number) => grouped(v, 0) };

/** The live spiking network (the simulation's own spec, worded here). */
export const spikingSpec = withText(spikingRanges, {
	n: { label: m.param_spiking_n_label, meaning: m.param_spiking_n_meaning, ...size },
	eta: { label: m.param_spiking_eta_label, meaning: m.param_spiking_eta_meaning },
	rho0: { label: m.param_spiking_rho0_label, meaning: m.param_spiking_rho0_meaning }
});

/** The memory-assembly demo on the same network. */
export const assemblySpec = withText(assemblyRanges, {
	n: { label: m.param_spiking_n_label, meaning: m.param_assembly_n_meaning, ...size },
	gain: { label: m.param_assembly_gain_label, meaning: m.param_assembly_gain_meaning },
	cue: { label: m.param_assembly_cue_label, meaning: m.param_assembly_cue_meaning }
});
