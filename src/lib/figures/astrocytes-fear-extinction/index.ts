import { m } from '$lib/paraglide/messages.js';
import type { FigureEntry } from '../types';
import { factById } from '$seeds/types';
import { seed } from '$seeds/astrocytes-fear-extinction';
import { fixed, percent } from '$lib/ui/format';
import { decodingSpec, fearSpec } from './params';

/** The reported values the blurbs quote, written the reader's way. */
const info = () => ({
	vehicle: fixed(factById(seed, 'info-per-neuron-vehicle').value, 2),
	cno: fixed(factById(seed, 'info-per-neuron-cno').value, 2)
});
const prelimbic = () => ({
	control: percent(factById(seed, 'prelimbic-control').value / 100),
	calex: percent(factById(seed, 'prelimbic-calex').value / 100)
});

export const figures: FigureEntry[] = [
	{
		id: 'protocol',
		get title() {
			return m.fig_protocol_title();
		},
		kind: 'reported',
		get blurb() {
			return m.fig_protocol_blurb();
		},
		spec: [],
		steps: 7,
		load: () => import('./Protocol.svelte')
	},
	{
		id: 'freezing-contrasts',
		get title() {
			return m.fig_freezing_contrasts_title();
		},
		kind: 'reported',
		get blurb() {
			return m.fig_freezing_contrasts_blurb();
		},
		spec: [],
		steps: 4,
		load: () => import('./FreezingContrasts.svelte')
	},
	{
		id: 'fear-model',
		get title() {
			return m.fig_fear_model_title();
		},
		kind: 'model',
		get blurb() {
			return m.fig_fear_model_blurb();
		},
		spec: fearSpec,
		load: () => import('./FearModel.svelte')
	},
	{
		id: 'info-per-neuron',
		get title() {
			return m.fig_info_per_neuron_title();
		},
		kind: 'reported',
		get blurb() {
			return m.fig_info_per_neuron_blurb(info());
		},
		spec: [],
		load: () => import('./InfoPerNeuron.svelte')
	},
	{
		id: 'decoding-demo',
		get title() {
			return m.fig_decoding_demo_title();
		},
		kind: 'model',
		get blurb() {
			return m.fig_decoding_demo_blurb(info());
		},
		spec: decodingSpec,
		load: () => import('./DecodingDemo.svelte')
	},
	{
		id: 'prelimbic-units',
		get title() {
			return m.fig_prelimbic_units_title();
		},
		kind: 'reported',
		get blurb() {
			return m.fig_prelimbic_units_blurb(prelimbic());
		},
		spec: [],
		load: () => import('./PrelimbicUnits.svelte')
	}
];
