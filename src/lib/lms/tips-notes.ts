/**
 * The two parts of a figure's teacher tips that a spec cannot give:
 * - `simplifies`: what the model (or drawing) leaves out or assumes, restating the figure's own
 *   caption and the article's prose; reported-data figures have none.
 * - `misconceptions`: claims, word for word, from the lesson plans (src/lib/lessons/lessons.ts)
 *   that this figure helps to correct; tests/unit/tips.test.ts checks each one exists there.
 * A figure with nothing to say here says nothing: no entry, or an empty list.
 */
export interface TipNotes {
	simplifies?: string;
	misconceptions?: string[];
}

export const TIP_NOTES: Record<string, Record<string, TipNotes>> = {
	'astrocytes-fear-extinction': {
		protocol: { misconceptions: ['Extinction erases the fear memory.', 'Astrocytes are passive support cells.'] },
		'freezing-contrasts': { misconceptions: ['One tool switches astrocytes on and the other switches them off.'] },
		'fear-model': {
			simplifies:
				'Our teaching model, not the study’s: one fear association (Rescorla-Wagner) and one safety association gated by context, plus three stated assumptions about astrocytes. The drug setting acts only on the two extinction days, and the percentages are model outputs, not the study’s freezing values.',
			misconceptions: ['Extinction erases the fear memory.']
		},
		'info-per-neuron': { misconceptions: ['Astrocytes are passive support cells.'] },
		'decoding-demo': {
			simplifies:
				'Simulated neurons firing Poisson spikes, a little faster during the tone, with one tuning gain for all of them and an ideal-observer decoder. It shows the direction of the reported effect only.'
		},
		'prelimbic-units': { misconceptions: ['Astrocytes are passive support cells.'] }
	},
	'inhibitory-plasticity': {
		rule: {
			simplifies:
				'The rate form of the rule: a synapse changes with its input’s activity times the gap between the output rate and the target ρ₀. The spiking version acts on spike timing; averaged over time it gives this curve.',
			misconceptions: ['Learning means strengthening excitatory synapses.']
		},
		network: {
			simplifies:
				'One output neuron and a few pathways, each with excitation and matching inhibition; the inhibition of a pathway is a single number, where cortex uses several kinds of interneuron. Model seconds: a mechanism, not a fit to data.',
			misconceptions: [
				'Learning means strengthening excitatory synapses.',
				'Balance means excitation and inhibition are equal and fixed.',
				'The curves on the page are measurements.'
			]
		},
		interneurons: {
			simplifies:
				'A drawing, not to scale. The rate model lumps all inhibition of a pathway into one projection, and its disinhibition window stands for one route (VIP to SST cells) of several found in cortex.',
			misconceptions: ['Balance means excitation and inhibition are equal and fixed.']
		},
		'spiking-network': {
			simplifies:
				'Leaky integrate-and-fire neurons, 80% excitatory and 20% inhibitory, each with the same steady drive and random inputs; only the inhibitory synapses onto excitatory cells learn, after a first second in which they are silent.',
			misconceptions: ['Learning means strengthening excitatory synapses.', 'The curves on the page are measurements.']
		},
		'memory-assembly': {
			simplifies:
				'A tenth of the excitatory cells are made an assembly by multiplying the synapses among them; the cue is extra current to half of them. By default the network is smaller than the paper’s, and its speed is capped so you can follow it.',
			misconceptions: ['The curves on the page are measurements.']
		}
	},
	'emotional-memory-integration': {
		design: {
			simplifies: 'A drawing of the design: the faces and objects stand in for the study’s photographs.',
			misconceptions: ['Emotion only strengthens the memory of the emotional moment itself.']
		},
		behaviour: { misconceptions: ['The scream made memory much better.'] },
		network: {
			simplifies:
				'A schematic, not a brain map: positions are arranged for clarity and line widths show only the direction of the reported changes.',
			misconceptions: ['Brain scans show a memory being replayed like a film.']
		},
		model: {
			simplifies:
				'A teaching model, not fitted to the study’s data: strengths are in arbitrary units, the same simulated pairs are reused as sliders move, and the reorganisation during rest is left out.',
			misconceptions: ['Emotion only strengthens the memory of the emotional moment itself.', 'Once a memory is formed it stays as it is.']
		}
	},
	'intrinsic-excitability': {
		excitability: {
			simplifies:
				'A leaky integrate-and-fire cell: it keeps only the timing of spikes, not their shape; with an after-hyperpolarisation the rate shown is the steady rate after adaptation.',
			misconceptions: ['Memories are stored only in synapses.']
		},
		allocation: {
			simplifies:
				'Each cell’s drive in an event is a random number plus the boost for boosted cells, and inhibition lets only the most driven cells fire and join the engram.',
			misconceptions: ['Neurons are chosen for a memory by their inputs alone.']
		},
		linking: {
			simplifies:
				'After the first event its engram cells keep extra excitability that fades exponentially; the second event is allocated by the same competition as in the allocation figure.',
			misconceptions: ['Every memory has its own separate set of neurons.']
		},
		'gain-control': {
			simplifies:
				'The cell’s output is a sigmoid of its input, and Triesch’s rule shifts the sigmoid’s slope and position so that its outputs follow an exponential distribution whose mean is a target.',
			misconceptions: ['More excitable is always better.']
		},
		'sliding-threshold': {
			simplifies:
				'The Bienenstock-Cooper-Munro rule for one synapse: the threshold between strengthening and weakening slides with the square of the cell’s recent average activity.',
			misconceptions: ['More excitable is always better.']
		}
	}
};
