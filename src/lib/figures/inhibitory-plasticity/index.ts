import { m } from '$lib/paraglide/messages.js';
import type { FigureEntry } from '../types';
import { assemblySpec, networkSpec, ruleSpec, spikingSpec } from './specs';
import { PRESETS } from './presets';
import { grouped } from '$lib/ui/format';

export const figures: FigureEntry[] = [
	{
		id: 'rule',
		get title() {
			return m.fig_rule_title();
		},
		kind: 'model',
		get blurb() {
			return m.fig_rule_blurb();
		},
		spec: ruleSpec,
		load: () => import('./RuleCurve.svelte')
	},
	{
		id: 'network',
		get title() {
			return m.fig_network_title();
		},
		kind: 'model',
		get blurb() {
			return m.fig_network_blurb();
		},
		spec: networkSpec,
		steps: PRESETS.length,
		load: () => import('./Network.svelte')
	},
	{
		id: 'interneurons',
		get title() {
			return m.fig_interneurons_title();
		},
		kind: 'illustrative',
		get blurb() {
			return m.fig_interneurons_blurb();
		},
		spec: [],
		steps: 4,
		load: () => import('./Interneurons.svelte')
	},
	{
		id: 'spiking-network',
		get title() {
			return m.fig_spiking_network_title();
		},
		kind: 'model',
		get blurb() {
			return m.fig_spiking_network_blurb({ count: grouped(spikingSpec[0].max, 0) });
		},
		spec: spikingSpec,
		load: () => import('./SpikingNetwork.svelte')
	},
	{
		id: 'memory-assembly',
		get title() {
			return m.fig_memory_assembly_title();
		},
		kind: 'model',
		get blurb() {
			return m.fig_memory_assembly_blurb();
		},
		spec: assemblySpec,
		load: () => import('./MemoryAssembly.svelte')
	}
];
