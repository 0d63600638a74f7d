import type { FigureEntry } from '../types';

export const figures: FigureEntry[] = [
	{
		id: 'info-per-neuron',
		title: 'How much each amygdala neuron says about the tone',
		kind: 'reported',
		blurb: 'Tone information per basolateral amygdala neuron, vehicle vs astrocyte disruption (0.31 vs 0.20).',
		spec: [],
		load: () => import('./InfoPerNeuron.svelte')
	}
];
