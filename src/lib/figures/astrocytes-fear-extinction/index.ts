import type { FigureEntry } from '../types';
import { spec as fearSpec } from '../../models/fear-extinction';
import { spec as decodingSpec } from '../../models/population-decoding';

export const figures: FigureEntry[] = [
	{
		id: 'protocol',
		title: 'The experiment, and what astrocytes did at each stage',
		kind: 'reported',
		blurb:
			'The fear-conditioning and extinction protocol as a timeline, with the reported direction and P value of astrocyte calcium in each phase.',
		spec: [],
		steps: 7,
		load: () => import('./Protocol.svelte')
	},
	{
		id: 'freezing-contrasts',
		title: 'Two ways of disturbing astrocytes, two directions of fear',
		kind: 'reported',
		blurb: 'Freezing of hM3Dq and hM4Di mice against controls at extinction blocks 1 and 2 and at retrieval, as direction and P value.',
		spec: [],
		steps: 4,
		load: () => import('./FreezingContrasts.svelte')
	},
	{
		id: 'fear-model',
		title: 'A teaching model: can one astrocyte setting explain both directions?',
		kind: 'model',
		blurb:
			'A teaching model of conditioning (Rescorla-Wagner), extinction as context-bound safety learning, and renewal, with an astrocyte-signalling slider and a checklist of the reported contrasts that says which hold by assumption.',
		spec: fearSpec,
		load: () => import('./FearModel.svelte')
	},
	{
		id: 'info-per-neuron',
		title: 'How much each amygdala neuron says about the tone',
		kind: 'reported',
		blurb: 'Tone information per basolateral amygdala neuron, vehicle vs astrocyte disruption (0.31 vs 0.20).',
		spec: [],
		load: () => import('./InfoPerNeuron.svelte')
	},
	{
		id: 'decoding-demo',
		title: 'Reading the tone from a crowd of neurons',
		kind: 'model',
		blurb:
			'Decoder accuracy against ensemble size for simulated amygdala neurons as their tone tuning weakens, beside the reported 0.31 vs 0.20.',
		spec: decodingSpec,
		load: () => import('./DecodingDemo.svelte')
	},
	{
		id: 'prelimbic-units',
		title: 'Fewer messages from amygdala to cortex',
		kind: 'reported',
		blurb: 'CS-responsive BLA-to-prelimbic neurons, 83% in controls vs 31% with astrocyte calcium flattened (CalEx).',
		spec: [],
		load: () => import('./PrelimbicUnits.svelte')
	}
];
