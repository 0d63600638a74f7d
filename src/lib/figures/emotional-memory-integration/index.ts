import type { FigureEntry } from '../types';
import { spec } from '../../models/retroactive-memory';

export const figures: FigureEntry[] = [
	{
		id: 'design',
		title: 'The design, phase by phase',
		kind: 'illustrative',
		blurb: 'The adapted sensory-preconditioning design, phase by phase, with the study’s real counts and timings.',
		spec: [],
		steps: 4,
		load: () => import('./DesignDiagram.svelte')
	},
	{
		id: 'behaviour',
		title: 'Did the scream help memory for the earlier pairs?',
		kind: 'reported',
		blurb:
			'Aversive vs neutral memory in all three studies, by confidence and by vividness: the reported effect sizes, with t and P values.',
		spec: [],
		steps: 2,
		load: () => import('./BehaviourResults.svelte')
	},
	{
		id: 'network',
		title: 'What the brain showed',
		kind: 'illustrative',
		blurb: 'Hippocampus, amygdala and neocortex: reactivation, coupling that rises on scream trials, and reorganisation at rest.',
		spec: [],
		steps: 4,
		load: () => import('./BrainNetwork.svelte')
	},
	{
		id: 'model',
		title: 'A model: reactivation plus an emotional gain',
		kind: 'model',
		blurb:
			'Sliders for emotional gain, reactivation, encoding strength and noise; aversive vs neutral memory, trial-level scatter, who gains.',
		spec,
		load: () => import('./RetroactiveModel.svelte')
	}
];
