/** The parameter ranges of the model in ../inhibitory-network.ts (see the import there for why they live apart). */
import type { ParamRange } from '../types';

export const spec: ParamRange[] = [
	{
		key: 'eta',
		unit: '×',
		min: 0,
		max: 4,
		step: 0.1,
		default: 1
	},
	{
		key: 'rho0',
		unit: 'Hz',
		min: 1,
		max: 10,
		step: 0.5,
		default: 3
	},
	{
		key: 'contrast',
		unit: '×',
		min: 0,
		max: 8,
		step: 0.5,
		default: 4
	},
	{
		key: 'relevance',
		unit: '×',
		min: 0,
		max: 8,
		step: 0.5,
		default: 4
	},
	{
		key: 'winStart',
		unit: 's',
		min: 170,
		max: 360,
		step: 5,
		default: 220
	},
	{
		key: 'winLength',
		unit: 's',
		min: 0,
		max: 40,
		step: 1,
		default: 20
	}
];
