/** Check-your-understanding questions for the emotional-memory-integration explainer. */
import type { Choice } from '../../ui/quiz';

export interface Question {
	question: string;
	choices: Choice[];
}

export const questions: Question[] = [
	{
		question: 'In the emotional-learning phase, what did participants see and hear?',
		choices: [
			{
				text: 'Each face–object pair again, followed by a scream or a neutral voice.',
				feedback:
					'The objects were never shown in this phase. That is the point of the design: any benefit for the objects has to travel through memory.'
			},
			{
				text: 'Each face on its own, then the same face with a scream or a neutral voice.',
				correct: true,
				feedback:
					'Only the faces came back. The objects they had been paired with earlier could only join in if the brain brought them back to mind.'
			},
			{
				text: 'The objects on their own, paired with mild electric shocks.',
				feedback: 'No shocks were used at all; the unpleasant event was a short recorded scream, and the objects did not appear.'
			}
		]
	},
	{
		question: 'Why is the chance level of the memory test 52% rather than 25%?',
		choices: [
			{
				text: 'Because half the faces had been paired with screams.',
				feedback: 'The emotional condition does not change how many answers a guesser gets right.'
			},
			{
				text: 'Because four faces are matched to four objects on one screen, so each guess narrows the options left for the rest.',
				correct: true,
				feedback: 'With four options, then three, then two, then one, a pure guesser averages (1/4 + 1/3 + 1/2 + 1) / 4, about 52%.'
			},
			{
				text: 'Because people remember about half of what they learn.',
				feedback: 'Chance is what guessing alone would score, worked out from the test format, not from memory.'
			}
		]
	},
	{
		question: 'Where did the scream’s benefit show up in the behaviour?',
		choices: [
			{
				text: 'In every answer, whether participants were sure or not.',
				feedback: 'Low-confidence answers showed no benefit, and in Study 3 they even favoured the neutral pairs.'
			},
			{
				text: 'In high-confidence memory, and mainly for pairs that had been imagined vividly at first.',
				correct: true,
				feedback:
					'Only confident answers were above chance. Among them, the aversive advantage was significant for vivid pairs in all three studies and not significant for less vivid ones (a test that falls short does not prove there was no effect).'
			},
			{
				text: 'Only in memory for the faces themselves.',
				feedback: 'Memory for the faces (old or new) showed no emotion effect; the benefit was for which object went with which face.'
			}
		]
	},
	{
		question: 'In the model, you set reactivation strength to zero and push the emotional gain to its maximum. What happens, and why?',
		choices: [
			{
				text: 'Aversive pairs are recalled much better, because the gain is high.',
				feedback: 'Try it: the gain multiplies the co-activation of the pair, and with no reactivation there is nothing to multiply.'
			},
			{
				text: 'Nothing: aversive and neutral pairs stay the same, because the earlier pair is never brought back to be strengthened.',
				correct: true,
				feedback:
					'In the model, emotion can only reach back to a memory that is active again. The study points the same way (people whose hippocampus reactivated the aversive pairs more remembered more of them), but the model does not reproduce its contrast: in the model reactivation goes with recall just as much for neutral pairs, while in the study it did not.'
			},
			{
				text: 'Neutral pairs get worse, because the scream steals attention.',
				feedback: 'Neutral pairs do not depend on the gain in the model; without reactivation they simply keep their initial strength.'
			}
		]
	},
	{
		question: 'Which of these is a limit the authors themselves point out?',
		choices: [
			{
				text: 'Memory was not tested before emotional learning, so the benefit could partly reflect emotional learning overwriting the first one.',
				correct: true,
				feedback:
					'Right. Without a test in between, the study cannot say exactly how memory changed from before to after the emotional phase.'
			},
			{ text: 'The study only tested rats.', feedback: 'All participants were healthy university students.' },
			{
				text: 'The effect appeared in only one of the three studies.',
				feedback: 'The high-confidence benefit appeared in all three, including an independent replication.'
			}
		]
	}
];
