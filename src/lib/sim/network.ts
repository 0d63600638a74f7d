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
 * 200 times less work. Pure TypeScript with typed arrays, no DOM: it runs in Node and in a Worker.
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
	/**
	 * Memory assembly: the first `assembly` excitatory cells (indices 0 .. assembly - 1; the wiring
	 * is random, so any block of indices is a random set of cells). They are ordinary cells until
	 * imprinted (`assemblyGain` > 1): then every E->E synapse from one member onto another is
	 * multiplied by that gain. 0 (the default) leaves the network exactly as in the paper's first part.
	 */
	assembly?: number;
	/** Factor on E->E synapses within the assembly (1: not imprinted). Can change while running. */
	assemblyGain?: number;
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

/** Compressed sparse rows: row r's targets are targets[start[r] .. start[r+1]). */
export interface Csr {
	start: Int32Array;
	targets: Int32Array;
}

/**
 * Random connectivity: every (pre, post) pair independently with probability p (as Brian2's
 * connect(p=...)), drawn by geometric skipping so the cost grows with the synapses, not the pairs.
 * Targets are offsets into [postFrom, postFrom + nPost).
 */
export function randomCsr(rng: Rng, nPre: number, nPost: number, p: number, postFrom = 0): Csr {
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

/**
 * Steps 1 and 2 for cells from .. to - 1: Euler update of v (unless refractory) and threshold. Kept
 * as its own small function: V8 optimises this hot loop best on its own. Spikes are appended after
 * the first `count`; returns the new number of spikes. `a` carries the constant drive, so a cued
 * block of cells is integrated by a second call with a larger `a`.
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
	/**
	 * Memory assembly (all 0 when the network has none): mean rate of its members and of the other
	 * excitatory cells (Hz); of the cued and the uncued members; mean inhibitory weight onto members
	 * and onto the other excitatory cells (nS); the fraction of the bin during which a cue was on.
	 */
	rateA: number;
	rateRest: number;
	rateCued: number;
	rateUncued: number;
	wA: number;
	wRest: number;
	cue: number;
	/** Gain on the assembly's mutual synapses at the end of the bin (1: not imprinted). */
	gain: number;
}

export class SpikingNetwork {
	readonly cfg: NetworkConfig;
	readonly nE: number;
	readonly nI: number;
	readonly n: number;
	readonly v: Float64Array;
	readonly gA: Float64Array;
	readonly gG: Float64Array;
	/** Step from which a neuron integrates again (refractoriness). */
	readonly refUntil: Int32Array;
	/** Plasticity traces: per inhibitory cell (pre) and per excitatory cell (post). */
	readonly xPre: Float64Array;
	readonly xPost: Float64Array;
	/** E -> all (fixed), I -> I (fixed), I -> E (plastic weights w, rows by presynaptic cell). */
	readonly exc: Csr;
	readonly ii: Csr;
	readonly ie: Csr;
	readonly w: Float64Array;
	/** The plastic synapses again, by postsynaptic cell: synapse index and presynaptic I index. */
	readonly postStart: Int32Array;
	readonly postSyn: Int32Array;
	readonly postPre: Int32Array;

	/** Spikes of the last step (neuron indices). */
	readonly spikes: Int32Array;
	spikeCount = 0;
	step = 0;
	eta: number;
	rho0: number;
	/** Number of assembly cells (the first excitatory cells), and the gain on their mutual E->E synapses. */
	readonly nA: number;
	assemblyGain: number;
	/** For assembly member i, E->E targets inside the assembly are exc.targets[exc.start[i] .. asmEnd[i]). */
	readonly asmEnd: Int32Array;
	/**
	 * Cue: the first `cueCells` cells get `cueCurrent` pA more drive until step `cueUntil`. The cued
	 * group (half the assembly until a cue says otherwise) is reported apart from the other members
	 * before, during and after the cue.
	 */
	cueCells = 0;
	cueCurrent = 0;
	cueUntil = 0;
	/** Called after every step with that step's spikes, when set (benchmarks, tests). */
	onStep?: (step: number, spikes: Int32Array, count: number) => void;

	private readonly refSteps: number;
	/** Reference step of the scaled storage (see rebase()). */
	private epoch = 0;
	private readonly epochSpan: number;
	private binE = 0;
	private binI = 0;
	private binA = 0;
	private binCued = 0;
	private binCueSteps = 0;
	private binSteps = 0;
	private curExc = 0;
	private curInh = 0;
	private curSamples = 0;
	private wSum: number;
	/** Closed bins not yet taken by drainBins(). */
	private pending: Bin[] = [];

	constructor(cfg: NetworkConfig) {
		this.cfg = cfg;
		this.n = cfg.n;
		this.nE = Math.round(cfg.n * cfg.fracE);
		this.nI = cfg.n - this.nE;
		const { n, nE, nI } = this;
		const rng = mulberry32(cfg.seed);
		this.v = new Float64Array(n);
		for (let i = 0; i < n; i++) this.v[i] = cfg.v0Low + (cfg.v0High - cfg.v0Low) * rng();
		this.gA = new Float64Array(n);
		this.gG = new Float64Array(n);
		this.refUntil = new Int32Array(n);
		this.xPre = new Float64Array(nI);
		this.xPost = new Float64Array(nE);
		this.spikes = new Int32Array(n);

		this.exc = randomCsr(rng, nE, n, cfg.pExc ?? cfg.p);
		this.ii = randomCsr(rng, nI, nI, cfg.pII ?? cfg.p, nE);
		this.ie = randomCsr(rng, nI, nE, cfg.pIE ?? cfg.p);
		const nSyn = this.ie.targets.length;
		this.w = new Float64Array(nSyn).fill(cfg.wIE0);
		this.wSum = cfg.wIE0 * nSyn;

		// Transpose the plastic matrix (counting sort by postsynaptic cell).
		this.postStart = new Int32Array(nE + 1);
		for (let s = 0; s < nSyn; s++) this.postStart[this.ie.targets[s] + 1]++;
		for (let j = 0; j < nE; j++) this.postStart[j + 1] += this.postStart[j];
		this.postSyn = new Int32Array(nSyn);
		this.postPre = new Int32Array(nSyn);
		const fill = this.postStart.slice(0, nE);
		for (let i = 0; i < nI; i++) {
			for (let s = this.ie.start[i]; s < this.ie.start[i + 1]; s++) {
				const at = fill[this.ie.targets[s]]++;
				this.postSyn[at] = s;
				this.postPre[at] = i;
			}
		}

		// Rows are sorted by target, so a member's targets inside the assembly come first in its row.
		this.nA = Math.max(0, Math.min(nE, Math.round(cfg.assembly ?? 0)));
		this.assemblyGain = cfg.assemblyGain ?? 1;
		this.asmEnd = new Int32Array(this.nA);
		for (let i = 0; i < this.nA; i++) {
			let m = this.exc.start[i];
			const end = this.exc.start[i + 1];
			while (m < end && this.exc.targets[m] < this.nA) m++;
			this.asmEnd[i] = m;
		}
		this.cueCells = Math.floor(this.nA / 2);

		this.refSteps = Math.round(cfg.tRef / cfg.dt);
		// 40 of the fastest time constants: stored numbers stay below e^40.
		this.epochSpan = Math.max(1, Math.floor((40 * Math.min(cfg.tauAmpa, cfg.tauGaba, cfg.tauStdp)) / cfg.dt));
		this.eta = cfg.eta;
		this.rho0 = cfg.rho0;
	}

	/**
	 * Conductances and traces are stored multiplied by exp((step - epoch) dt / tau), so they decay
	 * without being touched. Every `epochSpan` steps the stored numbers are brought back to scale.
	 */
	private rebase(step: number): void {
		const d = (step - this.epoch) * this.cfg.dt;
		const fA = Math.exp(-d / this.cfg.tauAmpa);
		const fG = Math.exp(-d / this.cfg.tauGaba);
		const fS = Math.exp(-d / this.cfg.tauStdp);
		for (let i = 0; i < this.n; i++) {
			this.gA[i] *= fA;
			this.gG[i] *= fG;
		}
		for (let i = 0; i < this.nI; i++) this.xPre[i] *= fS;
		for (let j = 0; j < this.nE; j++) this.xPost[j] *= fS;
		this.epoch = step;
	}

	/** Plasticity trace of inhibitory cell i (pre) or excitatory cell j (post) after the last step. */
	trace(which: 'pre' | 'post', index: number): number {
		const f = Math.exp(-((this.step - 1 - this.epoch) * this.cfg.dt) / this.cfg.tauStdp);
		return (which === 'pre' ? this.xPre[index] : this.xPost[index]) * f;
	}

	/** Model time (ms). */
	get time(): number {
		return this.step * this.cfg.dt;
	}

	get synapseCount(): number {
		return this.exc.targets.length + this.ii.targets.length + this.ie.targets.length;
	}

	/** Mean plastic weight (nS), kept as a running sum. */
	get wMean(): number {
		const m = this.w.length ? this.wSum / this.w.length : 0;
		return m > 0 ? m : 0;
	}

	/**
	 * Give the first `cells` cells (members of the assembly when it has them) `current` pA of extra
	 * drive for the next `ms` milliseconds of model time.
	 */
	cue(cells: number, current: number, ms: number): void {
		this.cueCells = Math.max(0, Math.min(this.nE, Math.round(cells)));
		this.cueCurrent = current;
		this.cueUntil = this.step + Math.round(ms / this.cfg.dt);
	}

	/** Mean inhibitory weight (nS) onto excitatory cells from .. to - 1. */
	weightOnto(from: number, to: number): number {
		const lo = this.postStart[from];
		const hi = this.postStart[to];
		let s = 0;
		for (let m = lo; m < hi; m++) s += this.w[this.postSyn[m]];
		return hi > lo ? s / (hi - lo) : 0;
	}

	/** Sum the weights afresh (the running sum drifts by rounding over very long runs). */
	resyncWeights(): void {
		let s = 0;
		for (let k = 0; k < this.w.length; k++) s += this.w[k];
		this.wSum = s;
	}

	/** Advance `steps` time steps. */
	run(steps: number): void {
		const cfg = this.cfg;
		const { n, nE, nI, v, gA, gG, refUntil, xPre, xPost, spikes, w } = this;
		const { start: eStart, targets: eT } = this.exc;
		const { start: iiStart, targets: iiT } = this.ii;
		const { start: ieStart, targets: ieT } = this.ie;
		const { postStart, postSyn, postPre, nA, asmEnd } = this;
		const cueGroup = this.cueCells;
		const k = cfg.dt / cfg.C;
		// Euler step written as v' = v (b - kgA - kgG) + a + kgA E_exc + kgG E_inh
		const b = 1 - k * cfg.gL;
		const a = k * (cfg.gL * cfg.EL + cfg.iBg);
		const EInh = cfg.EInh;
		const EExc = cfg.EExc;
		const vTh = cfg.vTh;
		const vReset = cfg.vReset;
		const wExc = cfg.wExc;
		const wII = cfg.wII;
		const wMax = cfg.wMax;
		const rA = cfg.dt / cfg.tauAmpa;
		const rG = cfg.dt / cfg.tauGaba;
		const rS = cfg.dt / cfg.tauStdp;
		const plasticFromStep = Math.round(cfg.plasticityFrom / cfg.dt);
		const binSteps = cfg.binSteps;
		const refSteps = this.refSteps;
		const span = this.epochSpan;

		for (let s = 0; s < steps; s++) {
			const step = this.step;
			if (step - this.epoch >= span) this.rebase(step);
			const age = step - this.epoch;
			// Stored values are scaled by exp(t / tau): an increment made now is worth `up`, and a
			// stored value is read with `down`. Conductances are read as they were at the start of
			// the step (before this step's decay), as Brian2's Euler step does.
			const upA = Math.exp(age * rA);
			const upG = Math.exp(age * rG);
			const upS = Math.exp(age * rS);
			const kA = k * Math.exp(-(age - 1) * rA);
			const kG = k * Math.exp(-(age - 1) * rG);
			const downS = 1 / upS;
			const eta = step >= plasticFromStep ? this.eta : 0;
			const alpha = 2 * this.rho0 * 1e-3 * cfg.tauStdp;

			// 1. state update and 2. threshold (a cued block first: spikes stay in index order)
			let count = 0;
			let from = 0;
			if (step < this.cueUntil && cueGroup > 0) {
				const aCue = a + k * this.cueCurrent;
				count = integrate(0, cueGroup, 0, step, v, gA, gG, refUntil, spikes, kA, kG, aCue, b, EExc, EInh, vTh);
				from = cueGroup;
				this.binCueSteps++;
			}
			count = integrate(from, n, count, step, v, gA, gG, refUntil, spikes, kA, kG, a, b, EExc, EInh, vTh);

			// 3. delivery: presynaptic side first (spikes are in index order: excitatory cells first)
			let firedE = 0;
			const addA = wExc * upA;
			const addII = wII * upG;
			for (let q = 0; q < count; q++) {
				const i = spikes[q];
				if (i < nE) {
					firedE++;
					let m = eStart[i];
					const end = eStart[i + 1];
					if (i < nA) {
						// an assembly member: its synapses onto other members carry the gain
						this.binA++;
						if (i < cueGroup) this.binCued++;
						const addAsm = addA * this.assemblyGain;
						for (const inside = asmEnd[i]; m < inside; m++) gA[eT[m]] += addAsm;
					}
					for (; m < end; m++) gA[eT[m]] += addA;
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
						this.wSum += dw;
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
					this.wSum += dw;
				}
			}
			// 4. reset
			const until = step + refSteps;
			for (let q = 0; q < count; q++) {
				const i = spikes[q];
				v[i] = vReset;
				refUntil[i] = until;
			}
			this.spikeCount = count;
			this.binE += firedE;
			this.binI += count - firedE;

			// mean currents into excitatory cells (after this step), sampled every millisecond
			if (step % 10 === 0) {
				const fA = 1 / upA;
				const fG = 1 / upG;
				let ce = 0;
				let ci = 0;
				for (let j = 0; j < nE; j++) {
					const vj = v[j];
					ce += gA[j] * (EExc - vj);
					ci += gG[j] * (vj - EInh);
				}
				this.curExc += (ce * fA) / nE;
				this.curInh += (ci * fG) / nE;
				this.curSamples++;
			}

			this.step = step + 1;
			if (this.onStep) this.onStep(step, spikes, count);
			if (++this.binSteps >= binSteps) this.closeBin();
		}
	}

	/** Conductances (nS) of cell i as they stand after the last step. */
	conductances(i: number): { ampa: number; gaba: number } {
		const age = this.step - 1 - this.epoch;
		return {
			ampa: this.gA[i] * Math.exp(-age * (this.cfg.dt / this.cfg.tauAmpa)),
			gaba: this.gG[i] * Math.exp(-age * (this.cfg.dt / this.cfg.tauGaba))
		};
	}

	private closeBin(): void {
		const seconds = (this.binSteps * this.cfg.dt) / 1000;
		const c = Math.max(1, this.curSamples);
		const { nA, nE } = this;
		const rest = nE - nA;
		const cueCells = Math.min(this.cueCells, nA);
		let wA = 0;
		let wRest = this.wMean;
		if (nA > 0) {
			const synA = this.postStart[nA];
			const synAll = this.postStart[nE];
			wA = this.weightOnto(0, nA);
			wRest = synAll > synA ? Math.max(0, (this.wSum - wA * synA) / (synAll - synA)) : 0;
		}
		this.pending.push({
			t: this.time,
			rateE: nE ? this.binE / nE / seconds : 0,
			rateI: this.nI ? this.binI / this.nI / seconds : 0,
			wMean: this.wMean,
			iExc: this.curExc / c,
			iInh: this.curInh / c,
			rateA: nA ? this.binA / nA / seconds : 0,
			rateRest: rest ? (this.binE - this.binA) / rest / seconds : 0,
			rateCued: cueCells ? this.binCued / cueCells / seconds : 0,
			rateUncued: nA > cueCells && cueCells > 0 ? (this.binA - this.binCued) / (nA - cueCells) / seconds : 0,
			wA,
			wRest,
			cue: this.binCueSteps / this.binSteps,
			gain: this.assemblyGain
		});
		if (this.pending.length > 10_000) this.pending.splice(0, this.pending.length - 10_000);
		this.binE = 0;
		this.binI = 0;
		this.binA = 0;
		this.binCued = 0;
		this.binCueSteps = 0;
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
