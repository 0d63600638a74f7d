/** The parameter ranges of the model in ../fear-extinction.ts (see the import there for why they live apart). */
import type { ParamRange } from '../types';

export const spec: ParamRange[] = [
	{
		key: 'astro',
		unit: '× control',
		min: 0.2,
		max: 1.8,
		step: 0.05,
		default: 1
	},
	{
		key: 'rate',
		unit: '',
		min: 0.02,
		max: 0.2,
		step: 0.01,
		default: 0.03
	},
	{
		key: 'context',
		unit: '',
		min: 0,
		max: 1,
		step: 0.05,
		default: 0.3
	}
];
