/** The parameter ranges of the model in ../retroactive-memory.ts (see the import there for why they live apart). */
import type { ParamRange } from '../types';

export const spec: ParamRange[] = [
	{
		key: 'gain',
		unit: '×',
		min: 1,
		max: 3,
		step: 0.1,
		default: 2
	},
	{
		key: 'react',
		unit: '',
		min: 0,
		max: 1,
		step: 0.05,
		default: 0.6
	},
	{
		key: 'enc',
		unit: '',
		min: 0.1,
		max: 0.9,
		step: 0.05,
		default: 0.4
	},
	{
		key: 'spread',
		unit: 'SD',
		min: 0,
		max: 0.4,
		step: 0.02,
		default: 0.2
	},
	{
		key: 'noise',
		unit: 'SD',
		min: 0.05,
		max: 0.4,
		step: 0.01,
		default: 0.15
	},
	{
		key: 'pairs',
		unit: '',
		min: 8,
		max: 144,
		step: 4,
		default: 72
	}
];
