/** Glossary for this article: key -> plain-words definition, shown by <Term>. */
import type { Glossary } from './types';

export const glossary: Glossary = {
	ahp: {
		term: 'Afterhyperpolarisation (AHP)',
		definition:
			'A dip below resting voltage after a spike, carried mostly by potassium currents. It quietens the cell for a while, so a large AHP slows repeated firing.'
	},
	creb: {
		term: 'CREB',
		definition:
			'cAMP response element-binding protein, a transcription factor. Raising its level in a neuron makes the cell more excitable and more likely to join a memory trace.'
	},
	engram: {
		term: 'Engram',
		definition:
			'The physical trace of a memory: the set of cells activated by an experience and changed by it, whose reactivation can bring the memory back.'
	},
	'fi-curve': {
		term: 'f-I curve',
		definition:
			'A plot of a neuron\u2019s firing rate (f) against the steady current injected into it (I): the cell\u2019s input-output rule.'
	},
	threshold: {
		term: 'Firing threshold',
		definition:
			'The membrane voltage at which a neuron launches a spike. The closer it sits to the resting voltage, the less input is needed.'
	},
	homeostasis: {
		term: 'Homeostatic plasticity',
		definition:
			'Slow adjustments that pull a neuron\u2019s average activity back towards a set point when it has drifted too high or too low.'
	},
	'input-resistance': {
		term: 'Input resistance',
		definition:
			'How much the voltage of a neuron changes for a given injected current. Fewer open leak channels mean higher resistance, so the same input moves the voltage further.'
	},
	excitability: {
		term: 'Intrinsic excitability',
		definition: 'How readily a neuron fires when input arrives, set by its own ion channels rather than by the strength of its synapses.'
	},
	inhibition: {
		term: 'Lateral inhibition',
		definition:
			'Active neurons exciting inhibitory neurons that silence their neighbours, so only the most strongly driven cells of a population can fire.'
	},
	ltp: {
		term: 'LTP and LTD',
		definition:
			'Long-term potentiation and long-term depression: lasting strengthening or weakening of a synapse after particular patterns of activity.'
	},
	metaplasticity: {
		term: 'Metaplasticity',
		definition:
			'Plasticity of plasticity: a neuron\u2019s earlier activity changes how easily its synapses are strengthened or weakened later.'
	},
	rheobase: {
		term: 'Rheobase',
		definition: 'The smallest steady current that makes a neuron fire at all. A lower rheobase means a more excitable cell.'
	}
};
