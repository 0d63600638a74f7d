/**
 * Messages between the page and the simulation worker (src/lib/sim/worker.ts), and the parameter
 * spec of the "run the full network" figure. No DOM, no engine code: the page imports only this.
 *
 *   page -> worker: reset (build a network, paused) | run | pause | set (eta, rho0 while running)
 *   worker -> page: ready (network built) | batch (bins, sampled spikes, speed) every ~40 ms of work
 * Every message carries the generation of the network it belongs to, so the page can drop batches
 * from a network it has already replaced.
 */
import type { ParamSpec } from '../models/types';
import type { Bin } from './network';

export interface SimSettings {
	n: number;
	eta: number;
	rho0: number;
	seed: number;
}

export type ToWorker =
	| { type: 'reset'; generation: number; settings: SimSettings }
	| { type: 'run' }
	| { type: 'pause' }
	| { type: 'set'; eta: number; rho0: number };

export interface Ready {
	type: 'ready';
	generation: number;
	nE: number;
	nI: number;
	synapses: number;
	/** Raster rows: the first `sampleE` rows are excitatory cells, the next `sampleI` inhibitory. */
	sampleE: number;
	sampleI: number;
	buildMs: number;
}

export interface Batch {
	type: 'batch';
	generation: number;
	/** Model time at the end of the batch (ms). */
	t: number;
	bins: Bin[];
	/** Sampled spikes: raster row and time (ms). */
	rows: Uint16Array;
	times: Float32Array;
	/** Model milliseconds simulated and wall milliseconds spent in this batch. */
	modelMs: number;
	wallMs: number;
}

export type FromWorker = Ready | Batch;

/** Rows of the raster: this many cells of each kind are shown. */
export const SAMPLE_E = 120;
export const SAMPLE_I = 30;

export const spec: ParamSpec[] = [
	{
		key: 'n',
		label: 'Network size',
		unit: 'cells',
		min: 1000,
		max: 10000,
		step: 1000,
		default: 10000,
		meaning: 'Total cells, 80% excitatory and 20% inhibitory; each keeps about 200 inputs.',
		format: (v) => v.toLocaleString('en')
	},
	{
		key: 'eta',
		label: 'Inhibitory learning rate η',
		unit: '',
		min: 0,
		max: 0.05,
		step: 0.001,
		default: 0.01,
		meaning: 'How much an inhibitory synapse changes per spike; 0 switches the rule off.'
	},
	{
		key: 'rho0',
		label: 'Target rate ρ₀',
		unit: 'Hz',
		min: 1,
		max: 10,
		step: 0.5,
		default: 3,
		meaning: 'The excitatory firing rate the inhibitory synapses steer towards.'
	}
];
