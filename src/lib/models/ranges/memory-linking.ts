/** The parameter ranges of the model in ../memory-linking.ts (see the import there for why they live apart). */
import type { ParamRange } from '../types';
import { spec as allocation } from './memory-allocation';

/** The share of cells an event recruits: the allocation model's own parameter, which linking builds on. */
const size = allocation.find((p) => p.key === 'size')!;

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
	size
];
