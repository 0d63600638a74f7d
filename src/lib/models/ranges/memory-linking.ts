/** The parameter ranges of the model in ../memory-linking.ts (see the import there for why they live apart). */
import type { ParamRange } from '../types';

export const spec: ParamRange[] = [
	{
		key: 'tau',
		unit: 'h',
		min: 1,
		max: 48,
		step: 1,
		default: 8
	},
	{
		key: 'bump',
		unit: 'SD',
		min: 0,
		max: 3,
		step: 0.1,
		default: 2
	},
	{
		key: 'interval',
		unit: 'h',
		min: 0,
		max: 72,
		step: 1,
		default: 5
	},
	{
		key: 'size',
		unit: '%',
		min: 5,
		max: 30,
		step: 1,
		default: 10
	}
];
