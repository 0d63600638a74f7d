/** Check-your-understanding questions for the inhibitory-plasticity explainer (ui/Quiz.svelte). */
import type { Choice } from '$lib/ui/quiz';

export interface Question {
	question: string;
	choices: Choice[];
}

export const quiz: Question[] = [
	{
		question:
			'An output neuron fires at 8 Hz while its target rate ρ₀ is 3 Hz. What does the inhibitory rule do to the synapses of inhibitory inputs that are active right now?',
		choices: [
			{
				text: 'Weakens them, so that the neuron can fire more.',
				feedback: 'That is what happens below the target. Here the neuron is too busy, so the rule adds inhibition, not less.'
			},
			{
				text: 'Strengthens them, in proportion to how active each input is.',
				correct: true,
				feedback: 'Right. Above ρ₀ every active inhibitory synapse grows, and busier inputs grow faster. Silent inputs are left alone.'
			},
			{
				text: 'Nothing: the rule only cares about spike timing, not rates.',
				feedback:
					"The spiking version is written in terms of spike timing, but averaged over time it acts on rates as the curve shows, exactly so when the input's spikes and the target's spikes are uncorrelated; correlations between the two add an extra term."
			}
		]
	},
	{
		question: 'After learning, inhibition in the model is strongest on the same pathways that carry the most excitation. Why?',
		choices: [
			{
				text: 'Because the inhibitory weights were set up that way at the start.',
				feedback: 'They started flat. Press Reset and watch the "E/I by pathway" chart: the match develops during the run.'
			},
			{
				text: 'Because each pathway is active at its own moments, and whenever a strongly exciting pathway pushes the output above target, its own inhibitory synapses are the ones that grow.',
				correct: true,
				feedback:
					'Yes. The rule credits the inputs that were active when the output was too high. With pathways taking turns, that sorts inhibition pathway by pathway: detailed balance. Set the contrast to zero and the match disappears.'
			},
			{
				text: 'Because excitatory synapses copy the inhibitory ones.',
				feedback: 'In the first phase of the model the excitatory weights do not change at all; inhibition does all the moving.'
			}
		]
	},
	{
		question:
			'In the model, the relevant pathway overtakes its rival only when a disinhibition window and a relevance signal come together. What does each contribute?',
		choices: [
			{
				text: 'The window lets the output rise high enough for excitatory synapses to strengthen; the relevance signal decides which active pathway gets the credit.',
				correct: true,
				feedback:
					'Right. Without the window, balanced inhibition keeps the output below the potentiation threshold. Without relevance, the window rewards whichever pathway was already strong.'
			},
			{
				text: 'The window picks the relevant pathway; the relevance signal supplies the energy for growth.',
				feedback:
					'The window is the same for every pathway: it halves all inhibition. Selectivity comes from the neuromodulator arriving when the relevant pathway is active.'
			},
			{
				text: 'Either one alone would do; together they only speed things up.',
				feedback:
					'Try it: set the relevance gain to zero, or the window length to zero. In both cases the relevant pathway stays behind its rival.'
			}
		]
	}
];
