/** The parameter ranges of the model in ../intrinsic-plasticity.ts (see the import there for why they live apart). */
import type { ParamRange } from '../types';

export const spec: ParamRange[] = [
	{
		key: 'target',
		unit: '',
		min: 0.05,
		max: 0.3,
		step: 0.01,
		default: 0.1
	},
	{
		key: 'rate',
		unit: '',
		min: 0.001,
		max: 0.02,
		step: 0.001,
		default: 0.005
	},
	{
		key: 'gain',
		unit: '×',
		min: 1,
		max: 3,
		step: 0.1,
		default: 2
	}
];

export const bcmSpec: ParamRange[] = [
	{
		key: 'history',
		unit: '',
		min: 0.2,
		max: 1,
		step: 0.05,
		default: 0.8
	},
	{
		key: 'probe',
		unit: '',
		min: 0,
		max: 1,
		step: 0.05,
		default: 0.4
	}
];
