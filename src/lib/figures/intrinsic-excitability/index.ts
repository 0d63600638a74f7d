import { m } from '$lib/paraglide/messages.js';
import type { FigureEntry } from '../types';
import { grouped } from '$lib/ui/format';
import { allocationSpec, bcmSpec, ipSpec, lifSpec, linkingSpec } from './params';
import { N_CELLS } from '$lib/models/ranges/memory-allocation';

export const figures: FigureEntry[] = [
	{
		id: 'excitability',
		get title() {
			return m.fig_excitability_title();
		},
		kind: 'model',
		get blurb() {
			return m.fig_excitability_blurb();
		},
		spec: lifSpec,
		steps: 4,
		load: () => import('./Excitability.svelte')
	},
	{
		id: 'allocation',
		get title() {
			return m.fig_allocation_title();
		},
		kind: 'model',
		get blurb() {
			return m.fig_allocation_blurb({ count: grouped(N_CELLS, 0) });
		},
		spec: allocationSpec,
		steps: 4,
		load: () => import('./Allocation.svelte')
	},
	{
		id: 'linking',
		get title() {
			return m.fig_linking_title();
		},
		kind: 'model',
		get blurb() {
			return m.fig_linking_blurb();
		},
		spec: linkingSpec,
		steps: 4,
		load: () => import('./Linking.svelte')
	},
	{
		id: 'gain-control',
		get title() {
			return m.fig_gain_control_title();
		},
		kind: 'model',
		get blurb() {
			return m.fig_gain_control_blurb();
		},
		spec: ipSpec,
		steps: 4,
		load: () => import('./GainControl.svelte')
	},
	{
		id: 'sliding-threshold',
		get title() {
			return m.fig_sliding_threshold_title();
		},
		kind: 'model',
		get blurb() {
			return m.fig_sliding_threshold_blurb();
		},
		spec: bcmSpec,
		load: () => import('./SlidingThreshold.svelte')
	}
];
