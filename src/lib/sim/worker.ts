/**
 * Runs the spiking network off the main thread. It simulates in slices of about 40 ms of wall time,
 * posts what happened (population bins and the spikes of a sampled set of cells) after each slice,
 * then yields so that pause and settings messages are handled between slices. It runs ahead of the
 * page by at most MAX_BATCHES_IN_FLIGHT batches (flow control, see protocol.ts).
 *
 *   idle --reset--> paused --run--> running --pause--> paused (answers `paused`)
 *                     ^                |  (slice, post batch, yield, slice ...)
 *                     +-----reset------+  (a reset keeps the running state)
 */
import { Assembly, NO_ASSEMBLY } from './assembly';
import { createNetwork, engineOf, type Network } from './create';
import { configFor } from './network';
import {
	MAX_BATCHES_IN_FLIGHT,
	SAMPLE_A,
	SAMPLE_E,
	SAMPLE_I,
	type Batch,
	type FromWorker,
	type Ready,
	type SimBin,
	type SimSettings,
	type ToWorker
} from './protocol';

const scope = self as unknown as {
	postMessage(message: FromWorker, transfer?: Transferable[]): void;
	onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
};

const SLICE_MS = 40;
/** At most this much model time per batch (ms), so the page sees steady progress. */
const MAX_BATCH_MODEL_MS = 250;
const CHUNK_STEPS = 50;

let net: Network | undefined;
/** The memory-assembly demo, when the settings ask for one. */
let assembly: Assembly | undefined;
let generation = 0;
let running = false;
let scheduled = false;
let rowOf = new Int16Array(0);
let rows: number[] = [];
let times: number[] = [];
/** Most model seconds per wall second (0: as fast as the machine allows), from the reset settings. */
let pace = 0;
let paceWall = 0;
let paceModel = 0;
let paceTimer: ReturnType<typeof setTimeout> | undefined;
/** Emulated slower CPU (tests, benchmarks): idle (slowdown - 1) times each slice's compute time. */
let slowdown = 1;
let lastSliceMs = 0;
/** Batches of this network posted and not yet taken by the page. */
let inFlight = 0;
/**
 * Since when the worker has waited for the page to take a batch (-1: not waiting), and how long it
 * waited in all since its last batch.
 */
let waitingSince = -1;
let waitedMs = 0;

// A MessageChannel yields to the event loop without setTimeout's 4 ms clamp.
const channel = new MessageChannel();
channel.port1.onmessage = () => {
	scheduled = false;
	slice();
};

function schedule(): void {
	if (scheduled || !running || !net) return;
	if (inFlight >= MAX_BATCHES_IN_FLIGHT) {
		// the page has not caught up: go on when it takes a batch (see `taken`)
		if (waitingSince < 0) waitingSince = performance.now();
		return;
	}
	scheduled = true;
	// ahead of the pace: wait until the wall clock catches up (or idle to emulate a slower CPU)
	let ahead = pace > 0 ? (net.time - paceModel) / pace - (performance.now() - paceWall) : 0;
	if (slowdown > 1) ahead = Math.max(ahead, (slowdown - 1) * lastSliceMs);
	if (ahead > 1) {
		paceTimer = setTimeout(() => {
			paceTimer = undefined;
			scheduled = false;
			slice();
		}, ahead);
	} else channel.port2.postMessage(0);
}

function stopWaiting(): void {
	waitingSince = -1;
	waitedMs = 0;
}

/** Measure the pace from now (after a reset or a pause, so a paused stretch is not made up). */
function restartPace(): void {
	paceWall = performance.now();
	paceModel = net ? net.time : 0;
}

function build(settings: SimSettings): void {
	const t0 = performance.now();
	const { n, seed, eta, rho0, assembly: assemblySize, wIE0, plasticityFrom } = settings;
	net = createNetwork(
		configFor(n, {
			seed,
			eta,
			rho0,
			...(wIE0 !== undefined ? { wIE0 } : {}),
			...(plasticityFrom !== undefined ? { plasticityFrom } : {})
		})
	);
	const demo = assemblySize ? new Assembly(net, assemblySize) : undefined;
	assembly = demo;
	const sampleE = Math.min(SAMPLE_E, net.nE);
	const sampleI = Math.min(SAMPLE_I, net.nI);
	rowOf = new Int16Array(net.n).fill(-1);
	// With an assembly: rows from its cued half, then its other half, then other excitatory cells.
	const nA = demo?.size ?? 0;
	const nCued = demo?.cueCells ?? 0;
	const sampleA = Math.min(SAMPLE_A, nA, sampleE);
	const sampleCued = Math.min(Math.ceil(sampleA / 2), nCued);
	let row = 0;
	for (let c = 0; c < sampleCued; c++) rowOf[c] = row++;
	for (let c = nCued; row < sampleA && c < nA; c++) rowOf[c] = row++;
	for (let c = nA; row < sampleE && c < net.nE; c++) rowOf[c] = row++;
	for (let r = 0; r < sampleI; r++) rowOf[net.nE + r] = sampleE + r;
	rows = [];
	times = [];
	const dt = net.cfg.dt;
	const map = rowOf;
	net.onStep = (step, spikes, count) => {
		for (let q = 0; q < count; q++) {
			const row = map[spikes[q]];
			if (row >= 0) {
				rows.push(row);
				times.push((step + 1) * dt);
			}
		}
	};
	const ready: Ready = {
		type: 'ready',
		generation,
		nE: net.nE,
		nI: net.nI,
		synapses: net.synapseCount,
		sampleE,
		sampleI,
		sampleA,
		sampleCued,
		nA,
		nCued,
		engine: engineOf(net),
		buildMs: performance.now() - t0
	};
	scope.postMessage(ready);
}

function slice(): void {
	if (!running || !net) return;
	const t0 = performance.now();
	const start = net.time;
	let wall: number;
	// with a pace: no further than the pace allows by the end of this slice
	const limit = pace > 0 ? paceModel + pace * (t0 + SLICE_MS - paceWall) : Infinity;
	do {
		net.run(CHUNK_STEPS);
		wall = performance.now() - t0;
	} while (wall < SLICE_MS && net.time - start < MAX_BATCH_MODEL_MS && net.time < limit);
	const batch: Batch = {
		type: 'batch',
		generation,
		t: net.time,
		bins: net.drainBins().map((b) => (assembly ? b : { ...b, ...NO_ASSEMBLY }) as SimBin),
		rows: Uint16Array.from(rows),
		times: Float32Array.from(times),
		modelMs: net.time - start,
		wallMs: wall * slowdown + waitedMs,
		waitedMs
	};
	lastSliceMs = wall;
	waitedMs = 0;
	rows = [];
	times = [];
	inFlight++;
	scope.postMessage(batch, [batch.rows.buffer, batch.times.buffer]);
	schedule();
}

scope.onmessage = (e) => {
	const m = e.data;
	if (m.type === 'reset') {
		generation = m.generation;
		// the old network's batches still on their way are dropped by the page; its answers are ignored
		inFlight = 0;
		stopWaiting();
		pace = m.settings.pace ?? 0;
		slowdown = Math.max(1, m.settings.slowdown ?? 1);
		build(m.settings);
		restartPace();
		schedule();
	} else if (m.type === 'run') {
		if (!running) restartPace();
		running = true;
		schedule();
	} else if (m.type === 'pause') {
		running = false;
		if (paceTimer !== undefined) {
			clearTimeout(paceTimer);
			paceTimer = undefined;
			scheduled = false;
		}
		// time spent paused is not time spent waiting for the page
		stopWaiting();
		// Batches already posted reach the page first (messages keep their order).
		scope.postMessage({ type: 'paused', seq: m.seq });
	} else if (m.type === 'taken') {
		if (m.generation !== generation) return;
		inFlight = Math.max(0, inFlight - 1);
		if (waitingSince >= 0) {
			waitedMs += performance.now() - waitingSince;
			waitingSince = -1;
		}
		schedule();
	} else if (m.type === 'set' && net) {
		net.eta = m.eta;
		net.rho0 = m.rho0;
	} else if (m.type === 'imprint' && assembly) {
		assembly.gain = m.gain;
	} else if (m.type === 'cue' && assembly) {
		assembly.cue(assembly.cueCells, m.current, m.ms);
	}
};
