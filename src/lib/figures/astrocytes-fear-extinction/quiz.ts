/** Check-your-understanding questions for the astrocytes explainer (rendered with ui/Quiz.svelte). */
import type { Choice } from '$lib/ui/quiz';

export interface Question {
	question: string;
	choices: Choice[];
}

export const quiz: Question[] = [
	{
		question: 'After successful extinction a mouse barely freezes to the tone. What has happened to the original fear memory?',
		choices: [
			{
				text: 'It has been erased and replaced by nothing.',
				feedback:
					'If it were erased, fear could not come back when the tone is met in another place. Renewal shows that it can: the old memory is still there.'
			},
			{
				text: 'It is still stored, but a newer safety memory competes with it and usually wins in the extinction setting.',
				correct: true,
				feedback:
					'Extinction adds learning rather than deleting it. That is why fear can return in a new place (renewal), and why the astrocyte signal came back at renewal too.'
			},
			{
				text: 'The mouse can no longer hear the tone.',
				feedback:
					'Hearing is unchanged. The tone still evokes responses in the amygdala; what changes is what the animal has learned it predicts.'
			}
		]
	},
	{
		question: 'hM3Dq lowered freezing and hM4Di raised it. What did the two manipulations have in common?',
		choices: [
			{
				text: 'Both made astrocyte calcium higher during extinction.',
				feedback:
					'Only hM4Di increased calcium transients. hM3Dq gave a short surge followed by a long quiet period, and abolished the tone-related responses.'
			},
			{
				text: 'Both impaired the formation of the extinction memory.',
				correct: true,
				feedback:
					'Right. Opposite effects on how much the mice froze, yet in both groups the extinction memory formed less well. One reading is that extinction needs astrocyte signalling at the right level and time, not simply more or less of it.'
			},
			{
				text: 'Neither changed behaviour; only the calcium signal moved.',
				feedback: 'Both changed freezing, at extinction blocks 1 and 2 and at extinction retrieval, with small P values.'
			}
		]
	},
	{
		question: 'Why do the control experiments without the shock or without the tone matter for the calcium results?',
		choices: [
			{
				text: 'They show the astrocyte response is tied to what the tone has come to mean, not to any sound or to movement.',
				correct: true,
				feedback:
					'Yes. With no learned danger, the tone-related astrocyte activity was minimal, so the signal is not just a reaction to noise, stillness or a recording artefact.'
			},
			{
				text: 'They make the P values smaller.',
				feedback: 'Controls do not shrink P values; they rule out other explanations for a signal.'
			},
			{
				text: 'They prove astrocytes store the memory.',
				feedback:
					'No control can show that. The study argues that astrocytes help neurons build and update the code, not that they hold the memory themselves.'
			}
		]
	},
	{
		question: 'In the decoding demo, you halve the neurons’ tone tuning. What happens?',
		choices: [
			{
				text: 'Nothing: with 40 neurons the decoder is always perfect.',
				feedback: 'Try it: accuracy at every ensemble size falls, although adding neurons still helps.'
			},
			{
				text: 'Each neuron carries less information, and the decoder needs more neurons to reach the same accuracy.',
				correct: true,
				feedback:
					'Right. Information per neuron falls faster than the tuning itself (halving the tuning leaves about a third of it), so a weaker code costs the population a lot: the same direction as the 0.31 vs 0.20 the study reports.'
			},
			{
				text: 'The neurons stop firing.',
				feedback: 'Baseline firing is untouched; only the extra firing during the tone shrinks.'
			}
		]
	},
	{
		question: 'Which conclusion does this study support best?',
		choices: [
			{
				text: 'Astrocyte drugs will make exposure therapy for PTSD work better.',
				feedback:
					'That is a hypothesis for future work. The study used male mice and viral tools, and no astrocyte drug was tested in people.'
			},
			{
				text: 'In the mouse amygdala, astrocyte calcium signalling helps neurons form and update the code that fear and extinction rely on.',
				correct: true,
				feedback:
					'Yes: the claim is about mechanism in mouse circuits, backed by tracking, two opposite manipulations, neuronal decoding and a defined output pathway.'
			},
			{
				text: 'Astrocytes, not neurons, store fear memories.',
				feedback: 'The study does not say that. Neurons still carry the code; astrocytes shape how well they carry it.'
			}
		]
	}
];
