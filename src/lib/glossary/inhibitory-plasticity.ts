/** Glossary for this article: key -> plain-words definition, shown by <Term>. */
import type { Glossary } from './types';

export const glossary: Glossary = {
	'critical-period': {
		term: 'Critical period',
		definition:
			'A window in development when experience reshapes a brain circuit easily, such as the stretch of early life in which the visual cortex sorts out its inputs from the two eyes.'
	},
	'detailed-balance': {
		term: 'Detailed balance (co-tuning)',
		definition:
			'Inhibition that rises and falls with excitation for each separate input pathway, so every input arrives with its own, matched brake.'
	},
	disinhibition: {
		term: 'Disinhibition',
		definition:
			'Inhibiting the inhibitors: when interneurons that normally quieten a cell are themselves silenced, the cell is freed to respond, and its synapses to change.'
	},
	'ei-balance': {
		term: 'E/I balance',
		definition:
			'The match between the excitation and the inhibition a neuron receives. "Detailed" balance means the match holds input by input, not only on average.'
	},
	interneuron: {
		term: 'Interneuron (inhibitory)',
		definition:
			'A neuron whose connections stay local and, in the cortex, usually release GABA, which makes its targets less likely to fire.'
	},
	ltp: {
		term: 'Long-term potentiation (LTP)',
		definition:
			'A lasting increase in the strength of a synapse after strong, well-timed activity on both sides of it. It is the best-studied cellular candidate for storing memories.'
	},
	neuromodulator: {
		term: 'Neuromodulator',
		definition:
			'A chemical such as dopamine, acetylcholine, noradrenaline or serotonin, released widely by a few groups of neurons, that changes how circuits respond and learn rather than carrying a specific message.'
	},
	pv: {
		term: 'PV interneuron',
		definition:
			'An inhibitory cell that contains the protein parvalbumin. Most fire fast and contact the cell body or the start of the axon of their targets, so they control whether and when those targets fire.'
	},
	sst: {
		term: 'SST interneuron',
		definition:
			'An inhibitory cell that contains the peptide somatostatin. Many send their axons to the far dendrites of pyramidal neurons, where they shape how the many inputs arriving there are combined.'
	},
	'target-rate': {
		term: 'Target rate (ρ₀)',
		definition:
			'In the inhibitory learning rule, the firing rate at which inhibitory synapses stop changing. Above it they strengthen, below it they weaken.'
	},
	vip: {
		term: 'VIP interneuron',
		definition:
			'An inhibitory cell that contains vasoactive intestinal peptide. It mostly inhibits other interneurons, SST cells above all, so switching it on releases pyramidal neurons from inhibition.'
	}
};
