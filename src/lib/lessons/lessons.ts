/**
 * The teachers' guide, one entry per explainer: learning goals, a 10- and a 45-minute lesson,
 * discussion questions and the misconceptions each page corrects. Plain text, no numbers from
 * the studies (those stay on the explainer pages, with their sources). A lesson step may name a
 * figure id; the page links it when that figure is in the registry.
 */
import type { Slug } from '$lib/articles';

export interface LessonStep {
	minutes: number;
	text: string;
	/** Figure ids (src/lib/figures/<slug>/index.ts) this step uses. */
	figures?: string[];
}

export interface Misconception {
	claim: string;
	correction: string;
}

export interface Lesson {
	goals: string[];
	short: LessonStep[];
	long: LessonStep[];
	questions: string[];
	misconceptions: Misconception[];
}

export const LESSONS: Record<Slug, Lesson> = {
	'astrocytes-fear-extinction': {
		goals: [
			'Describe how a tone becomes a warning through fear conditioning, and why extinction is new learning about safety rather than the deletion of the fear memory.',
			'Say what astrocytes are and how the study watched and changed their calcium signals (imaging, DREADD receptors, CalEx).',
			'Read a decoding result: what “information per neuron” measures and why less of it means a blurrier code for the tone.',
			'Separate what a mouse circuit study shows from claims about treating people.'
		],
		short: [
			{
				minutes: 2,
				text: 'Ask the class: a child bitten by a dog later plays happily with friendly dogs. Has the bite been forgotten? Collect answers, then name the idea: extinction adds a second, safety memory.'
			},
			{
				minutes: 5,
				text: 'Show the protocol and the information-per-neuron figure. Pairs write one sentence on what happened to the amygdala’s code for the tone when astrocyte signalling was disturbed.',
				figures: ['protocol', 'info-per-neuron']
			},
			{
				minutes: 3,
				text: 'Exit question: name one thing this mouse study shows and one thing it does not show about therapy for anxiety.'
			}
		],
		long: [
			{
				minutes: 5,
				text: 'Warm-up on phobias and exposure therapy. Introduce extinction as learning that the cue is now safe, and renewal: the fear can come back in a new place.'
			},
			{
				minutes: 10,
				text: 'Walk through the protocol step by step: tone with shock, two days of the tone alone, then the retrieval and renewal tests. Before each phase, students predict how much the mice will freeze.',
				figures: ['protocol']
			},
			{
				minutes: 10,
				text: 'Astrocyte calcium follows the fear state: it answers the tone when the tone is frightening, falls as extinction proceeds and returns with renewal. Discuss why tracking alone does not prove that astrocytes cause anything.',
				figures: ['protocol']
			},
			{
				minutes: 10,
				text: 'The manipulations: one chemogenetic tool lowered freezing and the other raised it, during extinction training and still at the later retrieval test, yet the authors conclude that both impaired the formation of the extinction memory. Pose it as a puzzle before explaining: how can opposite effects on fear both be a cost? Then explore the labelled model figure, and stress that its curves are a model, not measured freezing, and that most of its ticks hold because of its own assumptions.',
				figures: ['freezing-contrasts', 'fear-model']
			},
			{
				minutes: 5,
				text: 'The neuronal code: a decoder read less about the tone from each amygdala neuron, and fewer cortex-projecting neurons answered the tone. Use the decoding demo to show how accuracy grows with ensemble size.',
				figures: ['info-per-neuron', 'decoding-demo', 'prelimbic-units']
			},
			{
				minutes: 5,
				text: 'Wrap-up in small groups: list what you would need to show before testing an astrocyte-targeted drug together with exposure therapy.'
			}
		],
		questions: [
			'One tool left the mice freezing less and the other more, even at the retrieval test, yet the authors conclude that both impaired the formation of the extinction memory. How can both be true? What would you need to measure to tell “less fear” apart from “better extinction”, and does the result point to how much astrocyte calcium there is, or to when it happens?',
			'When astrocytes were disturbed, a decoder could read less about the tone from each neuron, and the mice froze less. Why might a weaker code lead to less fear rather than more?',
			'The study used male mice, viral tools and implanted optics. What would have to be true before its findings could change how people with PTSD are treated?'
		],
		misconceptions: [
			{
				claim: 'Extinction erases the fear memory.',
				correction:
					'It adds a competing memory of safety. The old fear can return in another context or after time, which is why renewal is tested.'
			},
			{
				claim: 'Astrocytes are passive support cells.',
				correction:
					'Here their calcium signals followed the animal’s fear state, and disturbing them changed both behaviour and the neurons’ code for the tone.'
			},
			{
				claim: 'One tool switches astrocytes on and the other switches them off.',
				correction:
					'In this study the hM3Dq tool gave a brief calcium surge followed by a long quiet period, while hM4Di increased calcium events: both disturbed the normal pattern of calcium signals, in different ways.'
			},
			{
				claim: 'The study shows a new treatment for PTSD.',
				correction: 'It is causal evidence about mouse amygdala circuits. It points to a mechanism worth studying, not to a tested therapy.'
			}
		]
	},
	'inhibitory-plasticity': {
		goals: [
			'Explain the balance between excitation and inhibition and why unchecked excitation is a problem for a network.',
			'Describe a learning rule for inhibitory synapses (after Vogels and colleagues, 2011): inhibition onto a cell grows when the cell fires above a target rate and shrinks when it fires below.',
			'Explain how plastic inhibition, a brief window of disinhibition and a neuromodulatory signal can let a relevant pathway win while a rival is held down.',
			'Use a model to predict, then check, how changing one parameter changes the outcome.'
		],
		short: [
			{
				minutes: 2,
				text: 'Analogy: a discussion leader who quietens whoever talks too much, without silencing the class. Ask what would happen with no leader, or with one who silences everyone.'
			},
			{
				minutes: 6,
				text: 'Open the network figure. Set the inhibitory learning rate to zero and watch the output run far above its target; raise it again and watch the output settle at the target. Then open the disinhibition window and watch the relevant pathway pull ahead of its rival.',
				figures: ['network']
			},
			{
				minutes: 2,
				text: 'Each student writes one sentence: what does an inhibitory synapse “learn” in this model?'
			}
		],
		long: [
			{
				minutes: 5,
				text: 'Excitatory and inhibitory neurons: what each does, and what runaway activity looks like when inhibition fails.'
			},
			{
				minutes: 10,
				text: 'The rule: if a cell fires above its target rate, its active inhibitory inputs strengthen; below it, they weaken. Students predict where the rate ends up before running the model, then test the prediction.',
				figures: ['rule', 'network']
			},
			{
				minutes: 10,
				text: 'Competition: a relevant pathway and a rival compete to drive the same output neuron. Each has its own inhibitory synapses, which learn to match its own excitation (co-tuning). Use the disinhibition window and the relevance gain (standing in for a neuromodulatory signal) to show how the relevant pathway is strengthened and overtakes the rival.',
				figures: ['network', 'interneurons']
			},
			{
				minutes: 10,
				text: 'Group challenge: each group owns one slider and hunts for a setting that breaks the selectivity. Groups report what failed and why.'
			},
			{
				minutes: 5,
				text: 'Beyond the model: the two kinds of inhibitory cell and the route that disinhibits them; critical periods in development, when maturing inhibition opens and then narrows a window for rewiring; and ideas (still speculative) for rehabilitation.',
				figures: ['interneurons']
			},
			{
				minutes: 5,
				text: 'Wrap-up: where did the model help, and what does it leave out of a real cortex?'
			}
		],
		questions: [
			'Why might a brain need inhibition that learns, rather than a fixed amount of inhibition everywhere?',
			'In the model, what happens when inhibition learns too slowly or too quickly? What might each look like in a real brain?',
			'Neuromodulators such as acetylcholine are thought to signal that something matters. How could you test whether one changes inhibitory plasticity?'
		],
		misconceptions: [
			{
				claim: 'Inhibition simply switches neurons off.',
				correction: 'Inhibition shapes which patterns of activity get through and when; its strength is tuned by experience.'
			},
			{
				claim: 'Learning means strengthening excitatory synapses.',
				correction:
					"Inhibitory synapses change with experience too. The essay the page draws on goes further and proposes, as a hypothesis rather than a finding, that inhibitory changes help decide which excitatory changes last; the page's model shows one way that could work."
			},
			{
				claim: 'Balance means excitation and inhibition are equal and fixed.',
				correction: 'Balance is kept actively and can be loosened briefly, in a disinhibition window, to let learning happen.'
			},
			{
				claim: 'The curves on the page are measurements.',
				correction: 'They come from a small rate model running in the browser; the essay the page draws on reports no data.'
			}
		]
	},
	'emotional-memory-integration': {
		goals: [
			'Describe the sensory-preconditioning design: neutral face–object pairs first, then the faces with a scream or a neutral voice, then a surprise memory test.',
			'Explain a retroactive memory benefit: after later emotional learning, an earlier, ordinary association is easier to recall, seen here in confident memories.',
			'Explain reactivation: during emotional learning the brain partly re-creates the activity pattern of the earlier pair, which fMRI can detect as pattern similarity.',
			'Judge the evidence: modest effects, no memory test before emotional learning, and analyses the authors call exploratory.'
		],
		short: [
			{
				minutes: 2,
				text: 'Ask: do you remember ordinary details from just before an exciting or upsetting event? Why might a brain keep those?'
			},
			{
				minutes: 6,
				text: 'Show the design diagram, then the reactivation model. Raise the emotional gain and watch the aversive pairs pull ahead of the neutral ones; then set reactivation to zero and watch that advantage all but vanish (what is left is the luck of which pairs fell in which group), whatever the gain.',
				figures: ['design', 'model']
			},
			{
				minutes: 2,
				text: 'Quick prediction: what should happen if the scream came before the neutral pairs were learned?'
			}
		],
		long: [
			{
				minutes: 5,
				text: 'Hook: a memory of an ordinary moment that became important later. Introduce the idea that memories can be changed after they form.'
			},
			{
				minutes: 10,
				text: 'Run the design as a classroom demonstration with harmless cues: show picture pairs, then show some of the first pictures again with a coloured border (no unpleasant sounds), then test. Compare with the study’s three phases.',
				figures: ['design']
			},
			{
				minutes: 10,
				text: 'Results: pairs whose face was later heard with a scream were remembered better among high-confidence answers; among unsure answers there was no such benefit, and in one study the neutral pairs did better. Discuss why the confidence split matters.',
				figures: ['behaviour']
			},
			{
				minutes: 10,
				text: 'Mechanism: reactivation in the hippocampus and visual cortex, and stronger hippocampal coupling with the amygdala and visual cortex on scream trials (that the amygdala drives it is the authors’ hypothesis). Explore the model’s emotional gain and reactivation sliders, and ask what the model does not reproduce.',
				figures: ['network', 'model']
			},
			{
				minutes: 5,
				text: 'Limits: memory was not tested before the emotional phase, the effects are modest, and some brain analyses were exploratory.'
			},
			{
				minutes: 5,
				text: 'Exit ticket: explain in two sentences how a scream could help you remember a face–object pair you saw earlier.'
			}
		],
		questions: [
			'Why could it be useful for a brain to strengthen memories of ordinary events that happened just before something important?',
			'The benefit appeared in high-confidence answers but not in low-confidence ones. What might that say about the kind of memory that was helped?',
			'Memory was not tested before the emotional phase. How would you change the design to tell whether emotional learning improved the neutral memories or only protected them?'
		],
		misconceptions: [
			{
				claim: 'Emotion only strengthens the memory of the emotional moment itself.',
				correction:
					'It can reach back: earlier neutral associations that share an element with the emotional event were easier to recall later.'
			},
			{
				claim: 'Once a memory is formed it stays as it is.',
				correction:
					'Here an association learned minutes earlier was easier to recall when what happened next was frightening. (Memory was tested only once, at the end, so the study cannot say whether the trace itself grew stronger.)'
			},
			{
				claim: 'Brain scans show a memory being replayed like a film.',
				correction:
					'fMRI shows activity patterns becoming more similar to earlier ones: an indirect sign of reactivation, not a recording of content.'
			},
			{
				claim: 'The scream made memory much better.',
				correction: 'The benefit turned up in all three studies but was small, and only in confident memories.'
			}
		]
	},
	'intrinsic-excitability': {
		goals: [
			'Define intrinsic excitability (threshold, input resistance, afterhyperpolarization) and tell it apart from synaptic strength.',
			'Explain memory allocation: neurons that are more excitable at the moment of learning are more likely to join the memory trace.',
			'Explain why two events close in time can share neurons, and how that links the memories.',
			'Describe how intrinsic plasticity and a sliding threshold keep a neuron’s firing in a useful range while its synapses change.'
		],
		short: [
			{
				minutes: 2,
				text: 'Analogy: a teacher asks a question, and the students whose hands are already half raised get picked. Excitability is the half-raised hand.'
			},
			{
				minutes: 6,
				text: 'Open the allocation figure and raise the excitability boost: boosted cells win far more often. Then open the linking figure and shorten the time between two events: the memories share more cells.',
				figures: ['allocation', 'linking']
			},
			{
				minutes: 2,
				text: 'Students complete the sentence: “Which neurons store a memory depends on …”.'
			}
		],
		long: [
			{
				minutes: 5,
				text: 'One neuron: move its threshold, input resistance and afterhyperpolarization and watch how readily it fires compared with a baseline cell.',
				figures: ['excitability']
			},
			{
				minutes: 10,
				text: 'Allocation: a population competes to store an event. Students predict how the chance of joining depends on the boost, then test it and compare with chance.',
				figures: ['allocation']
			},
			{
				minutes: 10,
				text: 'Linking: excitability left over from one memory biases where the next one is stored. Vary the interval between events and plot the overlap.',
				figures: ['linking']
			},
			{
				minutes: 10,
				text: 'Keeping things in range: intrinsic plasticity pulls firing back to a target after synapses change, and a sliding threshold turns a busy history into weakening instead of strengthening.',
				figures: ['gain-control', 'sliding-threshold']
			},
			{
				minutes: 5,
				text: 'Discussion in pairs using the questions below.'
			},
			{
				minutes: 5,
				text: 'Exit ticket: one way excitability and synapses work together, and one way they differ.'
			}
		],
		questions: [
			'If excitability decides which neurons store a memory, could you steer a memory into chosen neurons? What could go wrong?',
			'Linking memories that happen close in time can help and can hurt. Give one example of each.',
			'Why would a neuron need a mechanism that pulls its firing back towards a target after its synapses have changed?'
		],
		misconceptions: [
			{
				claim: 'Memories are stored only in synapses.',
				correction: 'A neuron’s own excitability changes with learning too, and it helps decide which neurons join the trace.'
			},
			{
				claim: 'Neurons are chosen for a memory by their inputs alone.',
				correction: 'Experiments in mice found that relative excitability just before learning biases which neurons are recruited.'
			},
			{
				claim: 'More excitable is always better.',
				correction: 'Too much excitability risks runaway firing; homeostatic mechanisms pull activity back into range.'
			},
			{
				claim: 'Every memory has its own separate set of neurons.',
				correction: 'Memories formed close in time can share neurons, which links them.'
			}
		]
	}
};
