/**
 * A conductance-based leaky integrate-and-fire network with inhibitory spike-timing-dependent
 * plasticity on the inhibitory-to-excitatory synapses: the network of Vogels et al. (2011,
 * doi:10.1126/science.1211095) as Brian2's example `frompapers/Vogels_et_al_2011.py` sets it up.
 *
 * Units throughout: ms, mV, nS, pF, pA (nS x mV = pA, pA / pF = mV / ms).
 *
 * One time step (the same order as Brian2's schedule, so the two can be compared):
 *   1. state update: membrane potential by forward Euler from the conductances at the start of the
 *      step (Brian2's method='euler'), held at reset while refractory; conductances and plasticity
 *      traces decay by their exact exponential factor.
 *   2. threshold: v > V_th and not refractory -> spike.
 *   3. delivery, event-driven, no delay: each spike walks its row of a CSR matrix; excitatory
 *      spikes add a fixed AMPA conductance, inhibitory spikes a fixed GABA conductance onto
 *      inhibitory cells and a plastic one onto excitatory cells. The symmetric iSTDP rule
 *      (Vogels et al. 2011): on a presynaptic spike w += eta (x_post - alpha), on a postsynaptic
 *      spike w += eta x_pre, w clipped to [0, w_max], alpha = 2 rho0 tau_STDP.
 *      All presynaptic updates of a step come before the postsynaptic ones, as in Brian2.
 *   4. reset: v = V_reset, refractory for t_ref.
 *
 * Traces of the rule depend only on one neuron's spike train, so they are kept per neuron
 * (one per inhibitory cell, one per excitatory cell) rather than per synapse: the same numbers,
 * 200 times less work. No DOM: it runs in Node and in a Worker.
 *
 * Two engines share everything here but the step itself (NetworkCore.advance):
 *   SpikingNetwork (below): plain TypeScript with typed arrays, the reference;
 *   WasmNetwork (wasm-network.ts): the same arithmetic in WebAssembly with SIMD, same spikes.
 * createNetwork() (create.ts) picks one. Anything built on top (the memory-assembly demo in
 * assembly.ts, the worker's raster) talks to the engine only through StepHooks, setDrive() and
 * deliverExcitatory(): the engine knows nothing of what uses it.
 */
import { mulberry32, type Rng } from '../models/random';

export interface NetworkConfig {
	/** Total number of neurons, of which a fraction `fracE` excitatory (0.8), the rest inhibitory. */
	n: number;
	fracE: number;
	/** Connection probability. Default keeps 200 inputs per cell: 0.02 at 10,000 neurons. */
	p: number;
	/** Per-pathway probabilities (E -> any, I -> I, I -> E), when they should differ from p. */
	pExc?: number;
	pII?: number;
	pIE?: number;
	/** Time step (ms). */
	dt: number;
	seed: number;
	/** Leak conductance (nS), capacitance (pF), potentials (mV), refractory period (ms), drive (pA). */
	gL: number;
	C: number;
	EL: number;
	EInh: number;
	EExc: number;
	vTh: number;
	vReset: number;
	tRef: number;
	iBg: number;
	/** Synaptic time constants (ms). */
	tauAmpa: number;
	tauGaba: number;
	/** Fixed weights (nS): excitatory onto any cell, inhibitory onto inhibitory. */
	wExc: number;
	wII: number;
	/** Plastic inhibitory-to-excitatory synapses: start weight, cap (nS). */
	wIE0: number;
	wMax: number;
	/** iSTDP: learning rate, target rate (Hz), trace time constant (ms), start time (ms). */
	eta: number;
	rho0: number;
	tauStdp: number;
	plasticityFrom: number;
	/** Initial membrane potentials: uniform between these (mV). */
	v0Low: number;
	v0High: number;
	/** Steps per population-rate bin. */
	binSteps: number;
}

/** Brian2's example at full size; initial potentials spread between reset and threshold. */
export const VOGELS_2011: NetworkConfig = {
	n: 10_000,
	fracE: 0.8,
	p: 0.02,
	dt: 0.1,
	seed: 1,
	gL: 10,
	C: 200,
	EL: -60,
	EInh: -80,
	EExc: 0,
	vTh: -50,
	vReset: -60,
	tRef: 5,
	iBg: 200,
	tauAmpa: 5,
	tauGaba: 10,
	wExc: 0.3,
	wII: 3,
	wIE0: 1e-10,
	wMax: 100,
	eta: 1e-2,
	rho0: 3,
	tauStdp: 20,
	plasticityFrom: 1000,
	v0Low: -60,
	v0High: -50,
	binSteps: 100
};

/** The defaults, with the connection probability scaled so each cell keeps 200 inputs. */
export function configFor(n: number, overrides: Partial<NetworkConfig> = {}): NetworkConfig {
	const size = Math.max(1, Math.round(n));
	return { ...VOGELS_2011, n: size, p: Math.min(1, (0.02 * 10_000) / size), ...overrides };
}

/** Compressed sparse rows: row r's targets are targets[start[r] .. start[r+1]), ascending. */
export interface Csr {
	start: Int32Array;
	targets: Int32Array | Uint16Array;
}

/**
 * Random connectivity: every (pre, post) pair independently with probability p (as Brian2's
 * connect(p=...)), drawn by geometric skipping so the cost grows with the synapses, not the pairs.
 * Targets are offsets into [postFrom, postFrom + nPost).
 */
export function randomCsr(rng: Rng, nPre: number, nPost: number, p: number, postFrom = 0): { start: Int32Array; targets: Int32Array } {
	const start = new Int32Array(nPre + 1);
	let targets = new Int32Array(Math.max(16, Math.ceil(nPre * nPost * p * 1.1) + 64));
	let k = 0;
	const logq = p < 1 ? Math.log(1 - p) : 0;
	for (let i = 0; i < nPre; i++) {
		start[i] = k;
		if (p <= 0) continue;
		let j = -1;
		for (;;) {
			if (p >= 1) j += 1;
			else {
				const u = 1 - rng(); // (0, 1]
				j += 1 + Math.floor(Math.log(u) / logq);
			}
			if (j >= nPost) break;
			if (k >= targets.length) {
				const bigger = new Int32Array(targets.length * 2);
				bigger.set(targets);
				targets = bigger;
			}
			targets[k++] = postFrom + j;
		}
	}
	start[nPre] = k;
	return { start, targets: targets.slice(0, k) };
}

/** A network's random draws, in the order every engine makes them (so one seed, one network). */
export interface Wiring {
	nE: number;
	nI: number;
	v0: Float64Array;
	/** E -> all (fixed), I -> I (fixed, absolute target index), I -> E (plastic, rows by presynaptic cell). */
	exc: { start: Int32Array; targets: Int32Array };
	ii: { start: Int32Array; targets: Int32Array };
	ie: { start: Int32Array; targets: Int32Array };
	/** The plastic synapses by postsynaptic cell: for each, synapse index (row order) and presynaptic I index. */
	postStart: Int32Array;
	postSyn: Int32Array;
	postPre: Int32Array;
}

export function wire(cfg: NetworkConfig): Wiring {
	const n = cfg.n;
	const nE = Math.round(n * cfg.fracE);
	const nI = n - nE;
	const rng = mulberry32(cfg.seed);
	const v0 = new Float64Array(n);
	for (let i = 0; i < n; i++) v0[i] = cfg.v0Low + (cfg.v0High - cfg.v0Low) * rng();
	const exc = randomCsr(rng, nE, n, cfg.pExc ?? cfg.p);
	const ii = randomCsr(rng, nI, nI, cfg.pII ?? cfg.p, nE);
	const ie = randomCsr(rng, nI, nE, cfg.pIE ?? cfg.p);
	const nSyn = ie.targets.length;
	// Transpose the plastic matrix (counting sort by postsynaptic cell; within a cell, by presynaptic).
	const postStart = new Int32Array(nE + 1);
	for (let s = 0; s < nSyn; s++) postStart[ie.targets[s] + 1]++;
	for (let j = 0; j < nE; j++) postStart[j + 1] += postStart[j];
	const postSyn = new Int32Array(nSyn);
	const postPre = new Int32Array(nSyn);
	const fill = postStart.slice(0, nE);
	for (let i = 0; i < nI; i++) {
		for (let s = ie.start[i]; s < ie.start[i + 1]; s++) {
			const at = fill[ie.targets[s]]++;
			postSyn[at] = s;
			postPre[at] = i;
		}
	}
	return { nE, nI, v0, exc, ii, ie, postStart, postSyn, postPre };
}

/** What one bin of model time looked like. */
export interface Bin {
	/** End of the bin (ms). */
	t: number;
	rateE: number;
	rateI: number;
	/** Mean inhibitory-to-excitatory weight (nS). */
	wMean: number;
	/** Mean excitatory (AMPA) and inhibitory (GABA) current into excitatory cells (pA, both positive). */
	iExc: number;
	iInh: number;
}

/**
 * How something built on the network follows it, step by step (see assembly.ts). All optional.
 */
export interface StepHooks {
	/** Before step `step` is integrated: the place to change setDrive(). */
	before?(step: number): void;
	/**
	 * After step `step` (spikes delivered, cells reset), with its spikes in index order (excitatory
	 * cells first): the place to count them or add input with deliverExcitatory().
	 */
	after?(step: number, spikes: Int32Array, count: number): void;
	/** A bin has closed; the hook may add its own fields to it. */
	bin?(bin: Bin): void;
}

/** The per-step factors both engines use (see NetworkCore.run). */
export interface StepFactors {
	kA: number;
	kG: number;
	a: number;
	aDrive: number;
	driveFrom: number;
	driveTo: number;
	upA: number;
	upG: number;
	upS: number;
	downS: number;
	eta: number;
	alpha: number;
}

/**
 * Everything but the step: configuration, the scaled-storage bookkeeping, bins, hooks. An engine
 * (SpikingNetwork, WasmNetwork) provides the arrays and advance(), rescale(), currentSums().
 */
export abstract class NetworkCore {
	readonly cfg: NetworkConfig;
	readonly nE: number;
	readonly nI: number;
	readonly n: number;
	/** Membrane potentials (mV), read and written by the step. */
	abstract readonly v: Float64Array;
	/** Conductances and traces, stored scaled (see rebase()). */
	abstract readonly gA: Float64Array;
	abstract readonly gG: Float64Array;
	abstract readonly xPre: Float64Array;
	abstract readonly xPost: Float64Array;
	/** E -> all fixed synapses (rows by presynaptic cell, ascending targets). */
	abstract readonly exc: Csr;
	/** Spikes of the last step (neuron indices, ascending). */
	abstract readonly spikes: Int32Array;
	/** Plastic synapses onto excitatory cells from .. to - 1 are those with post index postStart[from] .. postStart[to]. */
	abstract readonly postStart: Int32Array;
	/** Number of plastic (I -> E) synapses. */
	abstract readonly plasticCount: number;

	spikeCount = 0;
	step = 0;
	eta: number;
	rho0: number;
	/** Called after every step with that step's spikes, when set (benchmarks, tests, the raster). */
	onStep?: (step: number, spikes: Int32Array, count: number) => void;
	/** Observers that may add input and fields (see StepHooks). */
	readonly hooks: StepHooks[] = [];

	protected readonly refSteps: number;
	/** Reference step of the scaled storage (see rebase()). */
	protected epoch = 0;
	private readonly epochSpan: number;
	/** Scale of a conductance added now (after the last step), for deliverExcitatory(). */
	protected lastUpA: number;
	/** Extra drive: cells driveFrom .. driveTo - 1 get driveCurrent pA more. */
	private driveFrom = 0;
	private driveTo = 0;
	private driveCurrent = 0;
	/** Excitatory spikes of the last step (set by advance()). */
	protected firedE = 0;
	private binE = 0;
	private binI = 0;
	private binSteps = 0;
	private curExc = 0;
	private curInh = 0;
	private curSamples = 0;
	/** Closed bins not yet taken by drainBins(). */
	private pending: Bin[] = [];
	private readonly f: StepFactors;

	protected constructor(cfg: NetworkConfig) {
		this.cfg = cfg;
		this.n = cfg.n;
		this.nE = Math.round(cfg.n * cfg.fracE);
		this.nI = cfg.n - this.nE;
		this.refSteps = Math.round(cfg.tRef / cfg.dt);
		// 40 of the fastest time constants: stored numbers stay below e^40.
		this.epochSpan = Math.max(1, Math.floor((40 * Math.min(cfg.tauAmpa, cfg.tauGaba, cfg.tauStdp)) / cfg.dt));
		this.eta = cfg.eta;
		this.rho0 = cfg.rho0;
		this.lastUpA = Math.exp(-cfg.dt / cfg.tauAmpa);
		this.f = { kA: 0, kG: 0, a: 0, aDrive: 0, driveFrom: 0, driveTo: 0, upA: 0, upG: 0, upS: 0, downS: 0, eta: 0, alpha: 0 };
	}

	/** One step of the engine: integrate, threshold, deliver, learn, reset. Returns the spike count, sets firedE. */
	protected abstract advance(step: number, f: StepFactors): number;
	/** Multiply the stored conductances by fA, fG and the traces by fS. */
	protected abstract rescale(fA: number, fG: number, fS: number): void;
	/** Sums over excitatory cells of gA (E_exc - v) and gG (v - E_inh), in stored scale. */
	protected abstract currentSums(): [number, number];
	/** Add `amount` (stored scale) to gA of the targets of E synapses from .. to - 1. */
	protected abstract addAlong(from: number, to: number, amount: number): void;
	/** Running sum of the plastic weights. */
	protected abstract get wSum(): number;
	protected abstract set wSum(s: number);
	/** Weight of plastic synapse k in postsynaptic order (k < plasticCount). */
	protected abstract weightByPost(k: number): number;
	/** The plastic weights in presynaptic row order (a copy), for comparing engines. */
	abstract plasticWeights(): Float64Array;

	/**
	 * Conductances and traces are stored multiplied by exp((step - epoch) dt / tau), so they decay
	 * without being touched. Every `epochSpan` steps the stored numbers are brought back to scale.
	 */
	private rebase(step: number): void {
		const d = (step - this.epoch) * this.cfg.dt;
		this.rescale(Math.exp(-d / this.cfg.tauAmpa), Math.exp(-d / this.cfg.tauGaba), Math.exp(-d / this.cfg.tauStdp));
		this.lastUpA *= Math.exp(-d / this.cfg.tauAmpa);
		this.epoch = step;
	}

	/** Plasticity trace of inhibitory cell i (pre) or excitatory cell j (post) after the last step. */
	trace(which: 'pre' | 'post', index: number): number {
		const f = Math.exp(-((this.step - 1 - this.epoch) * this.cfg.dt) / this.cfg.tauStdp);
		return (which === 'pre' ? this.xPre[index] : this.xPost[index]) * f;
	}

	/** Conductances (nS) of cell i as they stand after the last step. */
	conductances(i: number): { ampa: number; gaba: number } {
		const age = this.step - 1 - this.epoch;
		return {
			ampa: this.gA[i] * Math.exp(-age * (this.cfg.dt / this.cfg.tauAmpa)),
			gaba: this.gG[i] * Math.exp(-age * (this.cfg.dt / this.cfg.tauGaba))
		};
	}

	/** Model time (ms). */
	get time(): number {
		return this.step * this.cfg.dt;
	}

	abstract get synapseCount(): number;

	/** Mean plastic weight (nS), kept as a running sum. */
	get wMean(): number {
		const m = this.plasticCount ? this.wSum / this.plasticCount : 0;
		return m > 0 ? m : 0;
	}

	/** Sum the weights afresh (the running sum drifts by rounding over very long runs). */
	resyncWeights(): void {
		let s = 0;
		for (const x of this.plasticWeights()) s += x;
		this.wSum = s;
	}

	/** Mean inhibitory weight (nS) onto excitatory cells from .. to - 1. */
	weightOnto(from: number, to: number): number {
		const lo = this.postStart[from];
		const hi = this.postStart[to];
		let s = 0;
		for (let k = lo; k < hi; k++) s += this.weightByPost(k);
		return hi > lo ? s / (hi - lo) : 0;
	}

	/** Number of plastic synapses onto excitatory cells from .. to - 1. */
	synapsesOnto(from: number, to: number): number {
		return this.postStart[to] - this.postStart[from];
	}

	/** Cells from .. to - 1 get `current` pA of drive on top of the background, from the next step on (0: off). */
	setDrive(from: number, to: number, current: number): void {
		this.driveFrom = Math.max(0, Math.min(this.n, Math.round(from)));
		this.driveTo = Math.max(this.driveFrom, Math.min(this.n, Math.round(to)));
		this.driveCurrent = current;
	}

	/**
	 * Extra excitatory conductance: `nS` more onto the target of each E synapse from .. to - 1 (the
	 * indices of exc.targets), as if those synapses had carried it in the last step.
	 */
	deliverExcitatory(from: number, to: number, nS: number): void {
		if (to > from) this.addAlong(from, to, nS * this.lastUpA);
	}

	/** Advance `steps` time steps. */
	run(steps: number): void {
		const cfg = this.cfg;
		const k = cfg.dt / cfg.C;
		// Euler step written as v' = v (b - kgA - kgG) + a + kgA E_exc + kgG E_inh
		const a = k * (cfg.gL * cfg.EL + cfg.iBg);
		const rA = cfg.dt / cfg.tauAmpa;
		const rG = cfg.dt / cfg.tauGaba;
		const rS = cfg.dt / cfg.tauStdp;
		const plasticFromStep = Math.round(cfg.plasticityFrom / cfg.dt);
		const binSteps = cfg.binSteps;
		const span = this.epochSpan;
		const nE = this.nE;
		const f = this.f;
		const hooks = this.hooks;

		for (let s = 0; s < steps; s++) {
			const step = this.step;
			if (step - this.epoch >= span) this.rebase(step);
			const age = step - this.epoch;
			for (const h of hooks) h.before?.(step);
			// Stored values are scaled by exp(t / tau): an increment made now is worth `up`, and a
			// stored value is read with `down`. Conductances are read as they were at the start of
			// the step (before this step's decay), as Brian2's Euler step does.
			f.upA = Math.exp(age * rA);
			f.upG = Math.exp(age * rG);
			f.upS = Math.exp(age * rS);
			f.kA = k * Math.exp(-(age - 1) * rA);
			f.kG = k * Math.exp(-(age - 1) * rG);
			f.downS = 1 / f.upS;
			f.eta = step >= plasticFromStep ? this.eta : 0;
			f.alpha = 2 * this.rho0 * 1e-3 * cfg.tauStdp;
			f.a = a;
			f.driveFrom = this.driveFrom;
			f.driveTo = this.driveTo;
			f.aDrive = a + k * this.driveCurrent;
			this.lastUpA = f.upA;

			const count = this.advance(step, f);
			this.spikeCount = count;
			this.binE += this.firedE;
			this.binI += count - this.firedE;
			for (const h of hooks) h.after?.(step, this.spikes, count);

			// mean currents into excitatory cells (after this step), sampled every millisecond
			if (step % 10 === 0) {
				const [ce, ci] = this.currentSums();
				this.curExc += (ce * (1 / f.upA)) / nE;
				this.curInh += (ci * (1 / f.upG)) / nE;
				this.curSamples++;
			}

			this.step = step + 1;
			if (this.onStep) this.onStep(step, this.spikes, count);
			if (++this.binSteps >= binSteps) this.closeBin();
		}
	}

	private closeBin(): void {
		const seconds = (this.binSteps * this.cfg.dt) / 1000;
		const c = Math.max(1, this.curSamples);
		const bin: Bin = {
			t: this.time,
			rateE: this.nE ? this.binE / this.nE / seconds : 0,
			rateI: this.nI ? this.binI / this.nI / seconds : 0,
			wMean: this.wMean,
			iExc: this.curExc / c,
			iInh: this.curInh / c
		};
		for (const h of this.hooks) h.bin?.(bin);
		this.pending.push(bin);
		if (this.pending.length > 10_000) this.pending.splice(0, this.pending.length - 10_000);
		this.binE = 0;
		this.binI = 0;
		this.binSteps = 0;
		this.curExc = 0;
		this.curInh = 0;
		this.curSamples = 0;
	}

	/** Bins closed since the last call. */
	drainBins(): Bin[] {
		const out = this.pending;
		this.pending = [];
		return out;
	}
}

/**
 * Steps 1 and 2 for cells from .. to - 1: Euler update of v (unless refractory) and threshold. Kept
 * as its own small function: V8 optimises this hot loop best on its own. Spikes are appended after
 * the first `count`; returns the new number of spikes. `a` carries the constant drive, so a driven
 * block of cells is integrated by a separate call with a larger `a`.
 */
function integrate(
	from: number,
	n: number,
	count: number,
	step: number,
	v: Float64Array,
	gA: Float64Array,
	gG: Float64Array,
	refUntil: Int32Array,
	spikes: Int32Array,
	kA: number,
	kG: number,
	a: number,
	b: number,
	EExc: number,
	EInh: number,
	vTh: number
): number {
	for (let i = from; i < n; i++) {
		if (step >= refUntil[i]) {
			const vi = v[i];
			const ga = gA[i] * kA;
			const gg = gG[i] * kG;
			const nv = vi * (b - ga - gg) + a + ga * EExc + gg * EInh;
			v[i] = nv;
			if (nv > vTh) spikes[count++] = i;
		}
	}
	return count;
}

/** The reference engine: the step in plain TypeScript over typed arrays. */
export class SpikingNetwork extends NetworkCore {
	readonly v: Float64Array;
	readonly gA: Float64Array;
	readonly gG: Float64Array;
	/** Step from which a neuron integrates again (refractoriness). */
	readonly refUntil: Int32Array;
	/** Plasticity traces: per inhibitory cell (pre) and per excitatory cell (post). */
	readonly xPre: Float64Array;
	readonly xPost: Float64Array;
	/** E -> all (fixed), I -> I (fixed), I -> E (plastic weights w, rows by presynaptic cell). */
	readonly exc: { start: Int32Array; targets: Int32Array };
	readonly ii: { start: Int32Array; targets: Int32Array };
	readonly ie: { start: Int32Array; targets: Int32Array };
	readonly w: Float64Array;
	/** The plastic synapses again, by postsynaptic cell: synapse index and presynaptic I index. */
	readonly postStart: Int32Array;
	readonly postSyn: Int32Array;
	readonly postPre: Int32Array;
	readonly spikes: Int32Array;
	readonly plasticCount: number;
	private sumW: number;

	constructor(cfg: NetworkConfig) {
		super(cfg);
		const wiring = wire(cfg);
		const n = this.n;
		this.v = wiring.v0;
		this.gA = new Float64Array(n);
		this.gG = new Float64Array(n);
		this.refUntil = new Int32Array(n);
		this.xPre = new Float64Array(this.nI);
		this.xPost = new Float64Array(this.nE);
		this.spikes = new Int32Array(n);
		this.exc = wiring.exc;
		this.ii = wiring.ii;
		this.ie = wiring.ie;
		this.postStart = wiring.postStart;
		this.postSyn = wiring.postSyn;
		this.postPre = wiring.postPre;
		this.plasticCount = this.ie.targets.length;
		this.w = new Float64Array(this.plasticCount).fill(cfg.wIE0);
		this.sumW = cfg.wIE0 * this.plasticCount;
	}

	get synapseCount(): number {
		return this.exc.targets.length + this.ii.targets.length + this.ie.targets.length;
	}

	protected get wSum(): number {
		return this.sumW;
	}
	protected set wSum(s: number) {
		this.sumW = s;
	}

	protected weightByPost(k: number): number {
		return this.w[this.postSyn[k]];
	}

	plasticWeights(): Float64Array {
		return this.w.slice();
	}

	protected rescale(fA: number, fG: number, fS: number): void {
		for (let i = 0; i < this.n; i++) {
			this.gA[i] *= fA;
			this.gG[i] *= fG;
		}
		for (let i = 0; i < this.nI; i++) this.xPre[i] *= fS;
		for (let j = 0; j < this.nE; j++) this.xPost[j] *= fS;
	}

	protected currentSums(): [number, number] {
		const { nE, v, gA, gG } = this;
		const { EExc, EInh } = this.cfg;
		let ce = 0;
		let ci = 0;
		for (let j = 0; j < nE; j++) {
			const vj = v[j];
			ce += gA[j] * (EExc - vj);
			ci += gG[j] * (vj - EInh);
		}
		return [ce, ci];
	}

	protected addAlong(from: number, to: number, amount: number): void {
		const { gA } = this;
		const t = this.exc.targets;
		for (let m = from; m < to; m++) gA[t[m]] += amount;
	}

	protected advance(step: number, f: StepFactors): number {
		const cfg = this.cfg;
		const { n, nE, v, gA, gG, refUntil, xPre, xPost, spikes, w } = this;
		const { start: eStart, targets: eT } = this.exc;
		const { start: iiStart, targets: iiT } = this.ii;
		const { start: ieStart, targets: ieT } = this.ie;
		const { postStart, postSyn, postPre } = this;
		const k = cfg.dt / cfg.C;
		const b = 1 - k * cfg.gL;
		const { EInh, EExc, vTh, vReset, wExc, wII, wMax } = cfg;
		const { kA, kG, a, upA, upG, upS, downS, eta, alpha } = f;

		// 1. state update and 2. threshold (a driven block on its own: spikes stay in index order)
		let count: number;
		if (f.driveFrom < f.driveTo) {
			count = integrate(0, f.driveFrom, 0, step, v, gA, gG, refUntil, spikes, kA, kG, a, b, EExc, EInh, vTh);
			count = integrate(f.driveFrom, f.driveTo, count, step, v, gA, gG, refUntil, spikes, kA, kG, f.aDrive, b, EExc, EInh, vTh);
			count = integrate(f.driveTo, n, count, step, v, gA, gG, refUntil, spikes, kA, kG, a, b, EExc, EInh, vTh);
		} else count = integrate(0, n, 0, step, v, gA, gG, refUntil, spikes, kA, kG, a, b, EExc, EInh, vTh);

		// 3. delivery: presynaptic side first (spikes are in index order: excitatory cells first)
		let firedE = 0;
		const addA = wExc * upA;
		const addII = wII * upG;
		for (let q = 0; q < count; q++) {
			const i = spikes[q];
			if (i < nE) {
				firedE++;
				for (let m = eStart[i], end = eStart[i + 1]; m < end; m++) gA[eT[m]] += addA;
			} else {
				const li = i - nE;
				for (let m = iiStart[li], end = iiStart[li + 1]; m < end; m++) gG[iiT[m]] += addII;
				xPre[li] += upS;
				const lo = ieStart[li];
				const hi = ieStart[li + 1];
				if (eta !== 0) {
					let dw = 0;
					for (let m = lo; m < hi; m++) {
						const j = ieT[m];
						const old = w[m];
						let nw = old + eta * (xPost[j] * downS - alpha);
						if (nw < 0) nw = 0;
						else if (nw > wMax) nw = wMax;
						w[m] = nw;
						dw += nw - old;
						gG[j] += nw * upG;
					}
					this.sumW += dw;
				} else {
					for (let m = lo; m < hi; m++) gG[ieT[m]] += w[m] * upG;
				}
			}
		}
		// postsynaptic side of the rule
		for (let q = 0; q < firedE; q++) {
			const j = spikes[q];
			xPost[j] += upS;
			if (eta !== 0) {
				let dw = 0;
				for (let m = postStart[j], end = postStart[j + 1]; m < end; m++) {
					const syn = postSyn[m];
					const old = w[syn];
					let nw = old + eta * xPre[postPre[m]] * downS;
					if (nw > wMax) nw = wMax;
					w[syn] = nw;
					dw += nw - old;
				}
				this.sumW += dw;
			}
		}
		// 4. reset
		const until = step + this.refSteps;
		for (let q = 0; q < count; q++) {
			const i = spikes[q];
			v[i] = vReset;
			refUntil[i] = until;
		}
		this.firedE = firedE;
		return count;
	}
}
