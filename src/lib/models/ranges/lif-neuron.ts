/** The parameter ranges of the model in ../lif-neuron.ts (see the import there for why they live apart). */
import type { ParamRange } from '../types';

export const spec: ParamRange[] = [
	{
		key: 'vth',
		unit: 'mV',
		min: -62,
		max: -45,
		step: 0.5,
		default: -58
	},
	{
		key: 'rin',
		unit: 'MΩ',
		min: 50,
		max: 200,
		step: 5,
		default: 100
	},
	{
		key: 'ahp',
		unit: 'pA',
		min: 0,
		max: 60,
		step: 2,
		default: 0
	},
	{
		key: 'current',
		unit: 'pA',
		min: 0,
		max: 500,
		step: 10,
		default: 300
	}
];
