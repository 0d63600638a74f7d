/** The parameter ranges of the model in ../population-decoding.ts (see the import there for why they live apart). */
import type { ParamRange } from '../types';

export const spec: ParamRange[] = [
	{
		key: 'gain',
		unit: '× control',
		min: 0,
		max: 1.5,
		step: 0.05,
		default: 0.65
	},
	{
		key: 'baseline',
		unit: 'Hz',
		min: 1,
		max: 20,
		step: 0.5,
		default: 4
	},
	{
		key: 'window',
		unit: 's',
		min: 0.25,
		max: 3,
		step: 0.25,
		default: 1
	}
];
