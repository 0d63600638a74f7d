import { m } from '$lib/paraglide/messages.js';
import type { FigureEntry } from '../types';
import { retroactiveSpec } from './params';

export const figures: FigureEntry[] = [
	{
		id: 'design',
		get title() {
			return m.fig_design_title();
		},
		kind: 'illustrative',
		get blurb() {
			return m.fig_design_blurb();
		},
		spec: [],
		steps: 4,
		load: () => import('./DesignDiagram.svelte')
	},
	{
		id: 'behaviour',
		get title() {
			return m.fig_behaviour_title();
		},
		kind: 'reported',
		get blurb() {
			return m.fig_behaviour_blurb();
		},
		spec: [],
		steps: 2,
		load: () => import('./BehaviourResults.svelte')
	},
	{
		id: 'network',
		get title() {
			return m.fig_brain_network_title();
		},
		kind: 'illustrative',
		get blurb() {
			return m.fig_brain_network_blurb();
		},
		spec: [],
		steps: 4,
		load: () => import('./BrainNetwork.svelte')
	},
	{
		id: 'model',
		get title() {
			return m.fig_retroactive_title();
		},
		kind: 'model',
		get blurb() {
			return m.fig_retroactive_blurb();
		},
		spec: retroactiveSpec,
		load: () => import('./RetroactiveModel.svelte')
	}
];
