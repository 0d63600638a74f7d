/**
 * The fast engine: the reference engine's step (network.ts) done by a small WebAssembly kernel
 * (kernel.wat, compiled into kernel.wasm.ts) with SIMD for the membrane update. Same wiring, same
 * arithmetic in the same order, so the same seed gives the same spikes as SpikingNetwork
 * (tests/unit/engine.test.ts checks it). Everything but the step (bins, hooks, factors) is
 * NetworkCore's, shared with the reference.
 *
 * The kernel works on one WebAssembly memory laid out here once; the arrays below are views into
 * it (the memory never grows, so the views stay valid).
 */
import { KERNEL_WASM } from './kernel.wasm';
import { NetworkCore, wire, type Csr, type NetworkConfig, type StepFactors } from './network';

interface KernelExports {
	step(
		step: number,
		kA: number,
		kG: number,
		a: number,
		aDrive: number,
		driveFrom: number,
		driveTo: number,
		upA: number,
		upG: number,
		upS: number,
		downS: number,
		eta: number,
		alpha: number
	): number;
	rebase(fA: number, fG: number, fS: number): void;
	currents(): void;
	deliverExcitatory(from: number, to: number, amount: number): void;
	[global: string]: WebAssembly.Global | ((...args: number[]) => number | void);
}

let compiled: WebAssembly.Module | null | undefined;

/**
 * The compiled kernel, or null where WebAssembly with SIMD is not available (an old browser) or
 * not allowed (a Content-Security-Policy without 'wasm-unsafe-eval'): then the reference engine runs.
 */
export function kernelModule(): WebAssembly.Module | null {
	if (compiled !== undefined) return compiled;
	compiled = null;
	try {
		if (typeof WebAssembly === 'object' && typeof atob === 'function') {
			const bytes = Uint8Array.from(atob(KERNEL_WASM), (c) => c.charCodeAt(0));
			if (WebAssembly.validate(bytes)) compiled = new WebAssembly.Module(bytes);
		}
	} catch {
		compiled = null;
	}
	return compiled;
}

export class WasmNetwork extends NetworkCore {
	readonly v: Float64Array;
	readonly gA: Float64Array;
	readonly gG: Float64Array;
	readonly refUntil: Int32Array;
	readonly xPre: Float64Array;
	readonly xPost: Float64Array;
	readonly spikes: Int32Array;
	readonly exc: Csr;
	readonly postStart: Int32Array;
	readonly plasticCount: number;
	/** Plastic weights in postsynaptic order; wAt[s] is where row-order synapse s is. */
	readonly w: Float64Array;
	readonly wAt: Int32Array;
	private readonly synapses: number;
	private readonly k: KernelExports;
	private readonly g: (name: string) => WebAssembly.Global;
	private readonly fired: WebAssembly.Global;

	constructor(cfg: NetworkConfig, module: WebAssembly.Module | null = kernelModule()) {
		super(cfg);
		if (!module) throw new Error('WebAssembly with SIMD is not available here');
		const wiring = wire(cfg);
		const { n, nE, nI } = this;
		const { exc, ii, ie, postStart, postSyn, postPre } = wiring;
		const nSyn = ie.targets.length;
		const wide = n > 65_536;
		const tBytes = wide ? 4 : 2;

		// Lay out the arrays (16-byte aligned), then make a memory that holds them.
		let top = 16;
		const at = (bytes: number) => {
			const p = top;
			top += Math.ceil(bytes / 16) * 16 + 16;
			return p;
		};
		const L = {
			v: at(8 * n),
			gA: at(8 * n),
			gG: at(8 * n),
			ref: at(4 * n),
			xPre: at(8 * nI),
			xPost: at(8 * nE),
			spikes: at(4 * n),
			eStart: at(4 * (nE + 1)),
			eT: at(tBytes * exc.targets.length),
			iiStart: at(4 * (nI + 1)),
			iiT: at(tBytes * ii.targets.length),
			ieStart: at(4 * (nI + 1)),
			ieT: at(4 * nSyn),
			ieW: at(4 * nSyn),
			postStart: at(4 * (nE + 1)),
			postPre: at(4 * nSyn),
			w: at(8 * nSyn)
		};
		const memory = new WebAssembly.Memory({ initial: Math.ceil(top / 65_536) });
		const buf = memory.buffer;
		const f64 = (p: number, len: number) => new Float64Array(buf, p, len);
		const i32 = (p: number, len: number) => new Int32Array(buf, p, len);
		const targets = (p: number, from: Int32Array) => {
			const t = wide ? new Int32Array(buf, p, from.length) : new Uint16Array(buf, p, from.length);
			t.set(from);
			return t;
		};

		this.v = f64(L.v, n);
		this.v.set(wiring.v0);
		this.gA = f64(L.gA, n);
		this.gG = f64(L.gG, n);
		this.refUntil = i32(L.ref, n);
		this.xPre = f64(L.xPre, nI);
		this.xPost = f64(L.xPost, nE);
		this.spikes = i32(L.spikes, n);
		const eStart = i32(L.eStart, nE + 1);
		eStart.set(exc.start);
		this.exc = { start: eStart, targets: targets(L.eT, exc.targets) };
		i32(L.iiStart, nI + 1).set(ii.start);
		targets(L.iiT, ii.targets);
		i32(L.ieStart, nI + 1).set(ie.start);
		i32(L.ieT, nSyn).set(ie.targets);
		this.wAt = i32(L.ieW, nSyn);
		for (let k = 0; k < nSyn; k++) this.wAt[postSyn[k]] = k;
		this.postStart = i32(L.postStart, nE + 1);
		this.postStart.set(postStart);
		i32(L.postPre, nSyn).set(postPre);
		this.w = f64(L.w, nSyn).fill(cfg.wIE0);
		this.plasticCount = nSyn;
		this.synapses = exc.targets.length + ii.targets.length + nSyn;

		const instance = new WebAssembly.Instance(module, { env: { memory } });
		this.k = instance.exports as unknown as KernelExports;
		this.g = (name) => this.k[name] as WebAssembly.Global;
		for (const [name, p] of Object.entries(L)) this.g(name).value = p;
		const k = cfg.dt / cfg.C;
		const set: Record<string, number> = {
			wide: wide ? 1 : 0,
			n,
			nE,
			nI,
			refSteps: this.refSteps,
			b: 1 - k * cfg.gL,
			EExc: cfg.EExc,
			EInh: cfg.EInh,
			vTh: cfg.vTh,
			vReset: cfg.vReset,
			wExc: cfg.wExc,
			wII: cfg.wII,
			wMax: cfg.wMax,
			wSum: cfg.wIE0 * nSyn
		};
		for (const [name, value] of Object.entries(set)) this.g(name).value = value;
		this.fired = this.g('firedE');
	}

	get synapseCount(): number {
		return this.synapses;
	}

	protected get wSum(): number {
		return this.g('wSum').value;
	}
	protected set wSum(s: number) {
		this.g('wSum').value = s;
	}

	protected weightByPost(k: number): number {
		return this.w[k];
	}

	plasticWeights(): Float64Array {
		const out = new Float64Array(this.plasticCount);
		for (let s = 0; s < out.length; s++) out[s] = this.w[this.wAt[s]];
		return out;
	}

	protected rescale(fA: number, fG: number, fS: number): void {
		this.k.rebase(fA, fG, fS);
	}

	protected currentSums(): [number, number] {
		this.k.currents();
		return [this.g('ce').value, this.g('ci').value];
	}

	protected addAlong(from: number, to: number, amount: number): void {
		this.k.deliverExcitatory(from, to, amount);
	}

	protected advance(step: number, f: StepFactors): number {
		const count = this.k.step(step, f.kA, f.kG, f.a, f.aDrive, f.driveFrom, f.driveTo, f.upA, f.upG, f.upS, f.downS, f.eta, f.alpha);
		this.firedE = this.fired.value;
		return count;
	}
}
