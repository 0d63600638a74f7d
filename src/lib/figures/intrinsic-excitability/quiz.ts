/** Check-your-understanding questions for the intrinsic-excitability explainer. */
import type { Choice } from '$lib/ui/quiz';

export interface Question {
	question: string;
	choices: Choice[];
}

export const quiz: Question[] = [
	{
		question: 'A drug lowers a neuron\u2019s firing threshold but leaves all its synapses alone. What happens to its f-I curve?',
		choices: [
			{
				text: 'It shifts left: the cell starts firing at a smaller current and fires faster at any given current.',
				correct: true,
				feedback:
					'Less voltage has to be climbed from rest to threshold, so the rheobase drops and every current above it gives a higher rate.'
			},
			{
				text: 'Nothing changes, because the synapses are the same.',
				feedback:
					'The synapses set how much current arrives; the threshold sets what the cell does with it. Try the threshold slider in the first figure.'
			},
			{
				text: 'It shifts right: a lower threshold makes the cell harder to fire.',
				feedback: 'A lower threshold sits closer to the resting voltage, so it is easier to reach, not harder.'
			}
		]
	},
	{
		question:
			'In the allocation model, a tenth of the cells get a boost and the engram stays the same size. What happens to the cells without the boost?',
		choices: [
			{
				text: 'Their chance of joining drops below chance, because the boosted cells take places they would have won.',
				correct: true,
				feedback:
					'Inhibition fixes how many cells can win. Every extra place a boosted cell wins is one fewer for the rest: the competition is zero-sum.'
			},
			{
				text: 'Their chance stays at k/N: the boost only affects the boosted cells.',
				feedback: 'Look at the lower line in the allocation chart: as the boost grows it sinks below the chance line.'
			},
			{
				text: 'They join more often too, because the whole network is more active.',
				feedback: 'In this model lateral inhibition caps the engram size, so the network as a whole cannot become more active.'
			}
		]
	},
	{
		question:
			'Two events happen a few hours apart, then two others a week apart. Which pair is more likely to share engram cells, and why?',
		choices: [
			{
				text: 'The pair a few hours apart: the first engram\u2019s cells are still extra excitable and win the second competition more often.',
				correct: true,
				feedback: 'This is the allocation account of memory linking, and the direction Cai and colleagues found in mouse CA1.'
			},
			{
				text: 'Both pairs equally: which cells store a memory is random.',
				feedback: 'Only when the leftover excitability has faded does allocation look random. Move the gap slider in the linking figure.'
			},
			{
				text: 'The pair a week apart: more time lets the first memory spread to more cells.',
				feedback: 'In the model the first engram does not grow; its head start fades, so a later event shares fewer cells with it.'
			}
		]
	},
	{
		question:
			'Learning has strengthened many of a neuron\u2019s synapses and it now fires far too much. What does intrinsic plasticity of the kind in Triesch\u2019s rule do?',
		choices: [
			{
				text: 'It lowers the cell\u2019s excitability (raises its threshold) until the average output is back near its target.',
				correct: true,
				feedback: 'The synaptic pattern is kept, but the cell\u2019s overall gain is turned down: a thermostat, not an eraser.'
			},
			{
				text: 'It weakens the strengthened synapses back to where they were.',
				feedback:
					'That would erase what was learned. In the model the synaptic input stays doubled; only the cell\u2019s own threshold and slope change.'
			},
			{
				text: 'Nothing: excitability only ever goes up with learning.',
				feedback:
					'Excitability can move both ways. In the gain-control figure the threshold rises when input grows and falls when it shrinks.'
			}
		]
	}
];
