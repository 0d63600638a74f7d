import type { FigureEntry } from '../types';
import { spec as lifSpec } from '../../models/lif-neuron';
import { spec as allocationSpec } from '../../models/memory-allocation';
import { spec as linkingSpec } from '../../models/memory-linking';
import { bcmSpec, spec as ipSpec } from '../../models/intrinsic-plasticity';

export const figures: FigureEntry[] = [
	{
		id: 'excitability',
		title: 'One neuron: how readily does it fire?',
		kind: 'model',
		blurb:
			'An integrate-and-fire neuron: move its threshold, input resistance and AHP and watch the voltage trace and f-I curve shift against a baseline cell.',
		spec: lifSpec,
		steps: 4,
		load: () => import('./Excitability.svelte')
	},
	{
		id: 'allocation',
		title: 'Which cells win a place in the memory?',
		kind: 'model',
		blurb: '400 cells compete to store an event; boost the excitability of some and see how much more often they win.',
		spec: allocationSpec,
		steps: 4,
		load: () => import('./Allocation.svelte')
	},
	{
		id: 'linking',
		title: 'Two memories close in time share their cells',
		kind: 'model',
		blurb:
			'Excitability left over from one memory biases where the next is stored: engram overlap against the time between events, with chance marked.',
		spec: linkingSpec,
		steps: 4,
		load: () => import('./Linking.svelte')
	},
	{
		id: 'gain-control',
		title: 'Keeping firing in range while synapses change',
		kind: 'model',
		blurb:
			'Intrinsic plasticity (Triesch\u2019s rule) brings a neuron back to its target activity after its synapses are strengthened or weakened.',
		spec: ipSpec,
		steps: 4,
		load: () => import('./GainControl.svelte')
	},
	{
		id: 'sliding-threshold',
		title: "Metaplasticity: yesterday's activity sets today's rule",
		kind: 'model',
		blurb: 'The BCM sliding threshold: after a busy period the same input weakens synapses instead of strengthening them.',
		spec: bcmSpec,
		load: () => import('./SlidingThreshold.svelte')
	}
];
