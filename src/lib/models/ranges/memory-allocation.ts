/** The parameter ranges of the model in ../memory-allocation.ts and its cell count (see the import there for why they live apart). */
import type { ParamRange } from '../types';

/** Cells in the model (the figures' blurbs quote it). */
export const N_CELLS = 400;

export const spec: ParamRange[] = [
	{
		key: 'boost',
		unit: 'SD',
		min: 0,
		max: 3,
		step: 0.1,
		default: 1.5
	},
	{
		key: 'boosted',
		unit: '%',
		min: 5,
		max: 50,
		step: 1,
		default: 10
	},
	{
		key: 'size',
		unit: '%',
		min: 5,
		max: 30,
		step: 1,
		default: 10
	},
	{
		key: 'event',
		unit: '',
		min: 1,
		max: 999,
		step: 1,
		default: 1
	}
];
