import type { FigureEntry } from '../types';
import { networkSpec, ruleSpec } from './specs';
import { PRESETS } from './presets';
import { assemblySpec, spec as spikingSpec } from '$lib/sim/protocol';

export const figures: FigureEntry[] = [
	{
		id: 'rule',
		title: 'The rule: inhibition tracks a target rate',
		kind: 'model',
		blurb:
			'The Vogels–Sprekeler inhibitory rule in rate form: how fast an inhibitory synapse changes against the output rate, crossing zero at the target.',
		spec: ruleSpec,
		load: () => import('./RuleCurve.svelte')
	},
	{
		id: 'network',
		title: 'A neuron whose inhibition learns',
		kind: 'model',
		blurb:
			'Play a rate network: inhibition settles the output at its target, becomes co-tuned with excitation, and a disinhibition window plus a relevance signal lets the relevant pathway overtake its rival.',
		spec: networkSpec,
		steps: PRESETS.length,
		load: () => import('./Network.svelte')
	},
	{
		id: 'interneurons',
		title: 'Two kinds of inhibitory cell, two places to act',
		kind: 'illustrative',
		blurb: 'A drawing of PV interneurons on the soma, SST interneurons on the dendrites, and the VIP route that disinhibits them.',
		spec: [],
		steps: 4,
		load: () => import('./Interneurons.svelte')
	},
	{
		id: 'spiking-network',
		title: 'Run the full network: spiking neurons find their balance',
		kind: 'model',
		blurb:
			'Up to 10,000 spiking neurons with plastic inhibition, simulated live in your browser: watch excitatory firing fall towards the target rate as inhibitory synapses learn.',
		spec: spikingSpec,
		load: () => import('./SpikingNetwork.svelte')
	},
	{
		id: 'memory-assembly',
		title: 'A memory assembly: imprinted, balanced, recalled',
		kind: 'model',
		blurb:
			'The spiking network with a tenth of its excitatory cells wired into an assembly: imprint it, watch plastic inhibition bring it back to balance, then cue half of it and see the other half answer.',
		spec: assemblySpec,
		load: () => import('./MemoryAssembly.svelte')
	}
];
