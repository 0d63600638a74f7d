/**
 * Messages between the page and the simulation worker (src/lib/sim/worker.ts), and the parameter
 * spec of the "run the full network" figure. No DOM, no engine code: the page imports only this.
 *
 *   page -> worker: reset (build a network, paused) | run | pause | set (eta, rho0 while running)
 *                   | imprint (strengthen the assembly's own synapses, now) | cue (extra drive to half of it)
 *                   | taken (a batch has been handled)
 *   worker -> page: ready (network built) | batch (bins, sampled spikes, speed) every ~40 ms of work
 * Flow control: the worker has at most MAX_BATCHES_IN_FLIGHT batches that the page has not yet
 * answered with `taken`, and waits for an answer before simulating further. A page whose main thread
 * is slower than the worker (a slow laptop, a busy machine) then slows the worker down, instead of
 * queueing batches faster than it handles them: a queue that grew for as long as the network ran
 * delayed every click, key and frame behind it (seen here: up to 15 s, main thread six times slower).
 * A network built with `assembly` > 0 reports its assembly's rates in every bin (see Bin).
 * Every message carries the generation of the network it belongs to, so the page can drop batches
 * from a network it has already replaced.
 */
import type { ParamSpec } from '../models/types';
import type { AssemblyFields } from './assembly';
import type { Bin } from './network';

/**
 * One bin as the worker posts it: the network's population bin and the memory-assembly demo's
 * fields (NO_ASSEMBLY's zeros when the network has no assembly).
 */
export type SimBin = Bin & AssemblyFields;

export interface SimSettings {
	n: number;
	eta: number;
	rho0: number;
	seed: number;
	/** Memory-assembly demo: number of assembly cells (0 or absent: none). */
	assembly?: number;
	/** Start weight of the plastic synapses (nS) and when plasticity starts (ms), if not the paper's. */
	wIE0?: number;
	plasticityFrom?: number;
	/** At most this many model seconds per wall second (absent or 0: as fast as possible). */
	pace?: number;
	/** Tests and benchmarks only: idle (slowdown - 1) times as long as computing, like a slower CPU. */
	slowdown?: number;
}

export type ToWorker =
	| { type: 'reset'; generation: number; settings: SimSettings }
	| { type: 'run' }
	/** Stop after the slice in progress; the worker answers with `Paused` carrying the same `seq`. */
	| { type: 'pause'; seq: number }
	| { type: 'set'; eta: number; rho0: number }
	/** Multiply the E->E synapses among assembly members by `gain` from now on (1 undoes it). */
	| { type: 'imprint'; gain: number }
	/** `current` pA of extra drive to the first half of the assembly for `ms` of model time. */
	| { type: 'cue'; current: number; ms: number }
	/** The page has handled a batch of this generation (see flow control above). */
	| { type: 'taken'; generation: number };

/**
 * Batches posted and not yet answered with `taken` (per network). Two: the worker computes the next
 * batch while the page handles the last one, so a page that keeps up never makes it wait.
 */
export const MAX_BATCHES_IN_FLIGHT = 2;

export interface Ready {
	type: 'ready';
	generation: number;
	nE: number;
	nI: number;
	synapses: number;
	/** Raster rows: the first `sampleE` rows are excitatory cells, the next `sampleI` inhibitory. */
	sampleE: number;
	sampleI: number;
	/**
	 * With an assembly, the first `sampleA` excitatory rows are members: rows 0 .. sampleCued - 1
	 * from the half a cue reaches, the rest of those rows from the other half. Both 0 without one.
	 */
	sampleA: number;
	sampleCued: number;
	/** Assembly cells in the whole network, and how many of them a cue reaches. */
	nA: number;
	nCued: number;
	/** Which engine runs it: the WebAssembly kernel, or the TypeScript reference where WebAssembly is unavailable. */
	engine: 'wasm' | 'js';
	buildMs: number;
}

export interface Batch {
	type: 'batch';
	generation: number;
	/** Model time at the end of the batch (ms). */
	t: number;
	bins: SimBin[];
	/** Sampled spikes: raster row and time (ms). */
	rows: Uint16Array;
	times: Float32Array;
	/**
	 * Model milliseconds simulated and wall milliseconds spent in this batch: computing it, and
	 * waiting for the page to take the batches before it (flow control), if it had to.
	 */
	modelMs: number;
	wallMs: number;
	/** Of wallMs, the time the worker waited for the page (0 when the page kept up). */
	waitedMs: number;
}

/**
 * The worker has stopped: every batch it computed was posted before this, so the model clock the
 * page shows after it is final until the next run.
 */
export interface Paused {
	type: 'paused';
	seq: number;
}

export type FromWorker = Ready | Batch | Paused;

/** Rows of the raster: this many cells of each kind are shown. */
export const SAMPLE_E = 120;
export const SAMPLE_I = 30;
/** Of the excitatory rows, this many show assembly members (half cued, half not) when there is one. */
export const SAMPLE_A = 40;

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

/**
 * The memory-assembly demo (src/lib/figures/inhibitory-plasticity/MemoryAssembly.svelte). Model
 * choices, not values from the paper:
 *  - the assembly is 10% of the excitatory cells. Each cell keeps about 200 inputs whatever the
 *    network size, so a member always gets about 16 excitatory inputs from other members: enough
 *    for a fivefold gain to lift the assembly well above the rest, few enough that it stays a
 *    small part of the network (the rest of it keeps its balance);
 *  - imprinting multiplies the synapses among members by `gain` (default 5): the paper
 *    strengthened its assemblies' recurrent excitation, and we pick the factor;
 *  - the cue is extra steady current to half the members for one second of model time;
 *  - the inhibitory synapses start at 2 nS, near where the learning rule takes them, and learn
 *    from the first step, so the network is near balance within a few seconds instead of the
 *    half-minute warm-up the full-network figure shows; 2,000 cells by default, which a 2-core
 *    laptop runs several times faster than real time.
 */
export const ASSEMBLY_FRACTION = 0.1;
export const ASSEMBLY_WIE0 = 2;
export const CUE_MS = 1000;
/**
 * The demo runs at most twice real time, so a reader can watch each stage (2,000 cells would
 * otherwise race through a second of model time in a tenth of a second of wall time).
 */
export const ASSEMBLY_PACE = 2;

export const assemblySpec: ParamSpec[] = [
	{
		...spec[0],
		default: 2000,
		meaning: 'Total cells (80% excitatory); the assembly is a tenth of the excitatory cells.'
	},

	{
		key: 'gain',
		label: 'Imprint strength',
		unit: '×',
		min: 1,
		max: 10,
		step: 0.5,
		default: 5,
		meaning: 'Factor on the excitatory synapses between assembly members when you imprint it.'
	},
	{
		key: 'cue',
		label: 'Cue current',
		unit: 'pA',
		min: 0,
		max: 200,
		step: 10,
		default: 100,
		meaning: 'Extra drive to half of the assembly for one second of model time (every cell already gets 200 pA).'
	}
];
