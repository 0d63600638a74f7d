/**
 * The memory-assembly demo on top of the spiking network (either engine), through its hooks only:
 * the first `size` excitatory cells (indices 0 .. size - 1; the wiring is random, so any block of
 * indices is a random set of cells) form an assembly. They are ordinary cells until imprinted
 * (`gain` > 1): then every E->E synapse from one member onto another carries `gain` times its
 * weight, the extra (gain - 1) times added by deliverExcitatory() after each step in which a
 * member fired. A cue gives the first `cueCells` members extra drive (setDrive()) for a while.
 * Every bin of the network gets the assembly's fields (see AssemblyFields).
 *
 * The network itself knows nothing of this: without an Assembly attached it is exactly the
 * paper's network.
 */
import type { Bin, NetworkCore, StepHooks } from './network';

/** What the demo adds to each bin (all 0, gain 1, when the network has no assembly). */
export interface AssemblyFields {
	/** Mean rate (Hz) of the members and of the other excitatory cells; of the cued and uncued members. */
	rateA: number;
	rateRest: number;
	rateCued: number;
	rateUncued: number;
	/** Mean inhibitory weight onto members and onto the other excitatory cells (nS). */
	wA: number;
	wRest: number;
	/** Fraction of the bin during which a cue was on. */
	cue: number;
	/** Gain on the assembly's mutual synapses at the end of the bin (1: not imprinted). */
	gain: number;
}

/** The fields of a bin of a network without an assembly. */
export const NO_ASSEMBLY: AssemblyFields = { rateA: 0, rateRest: 0, rateCued: 0, rateUncued: 0, wA: 0, wRest: 0, cue: 0, gain: 1 };

export class Assembly implements StepHooks {
	/** Number of members: the first `size` excitatory cells. */
	readonly size: number;
	/** For member i, its E->E targets inside the assembly are exc.targets[exc.start[i] .. insideEnd[i]). */
	readonly insideEnd: Int32Array;
	/** Factor on the members' mutual synapses (1: not imprinted). Can change while running. */
	gain: number;
	/** The cue reaches members 0 .. cueCells - 1 (half the assembly unless a cue says otherwise). */
	cueCells: number;
	cueCurrent = 0;
	/** Step at which the cue ends. */
	cueUntil = 0;

	private readonly net: NetworkCore;
	private binA = 0;
	private binCued = 0;
	private binCueSteps = 0;
	private binE = 0;
	private binSteps = 0;

	constructor(net: NetworkCore, size: number, gain = 1) {
		this.net = net;
		this.size = Math.max(0, Math.min(net.nE, Math.round(size)));
		this.gain = gain;
		this.cueCells = Math.floor(this.size / 2);
		// Rows are sorted by target, so a member's targets inside the assembly come first in its row.
		const { start, targets } = net.exc;
		this.insideEnd = new Int32Array(this.size);
		for (let i = 0; i < this.size; i++) {
			let m = start[i];
			const end = start[i + 1];
			while (m < end && targets[m] < this.size) m++;
			this.insideEnd[i] = m;
		}
		net.hooks.push(this);
	}

	/** Give the first `cells` members `current` pA of extra drive for the next `ms` of model time. */
	cue(cells: number, current: number, ms: number): void {
		this.cueCells = Math.max(0, Math.min(this.net.nE, Math.round(cells)));
		this.cueCurrent = current;
		this.cueUntil = this.net.step + Math.round(ms / this.net.cfg.dt);
	}

	before(step: number): void {
		if (step < this.cueUntil && this.cueCells > 0) {
			this.net.setDrive(0, this.cueCells, this.cueCurrent);
			this.binCueSteps++;
		} else this.net.setDrive(0, 0, 0);
	}

	after(_step: number, spikes: Int32Array, count: number): void {
		this.binSteps++;
		const { size, cueCells, insideEnd } = this;
		const start = this.net.exc.start;
		const extra = this.net.cfg.wExc * (this.gain - 1);
		const nE = this.net.nE;
		// spikes are in index order: members first
		for (let q = 0; q < count; q++) {
			const i = spikes[q];
			if (i >= nE) break;
			this.binE++;
			if (i >= size) continue;
			this.binA++;
			if (i < cueCells) this.binCued++;
			if (extra !== 0) this.net.deliverExcitatory(start[i], insideEnd[i], extra);
		}
	}

	bin(bin: Bin): void {
		const net = this.net;
		const { size } = this;
		const nE = net.nE;
		const seconds = (this.binSteps * net.cfg.dt) / 1000;
		const rest = nE - size;
		const cueCells = Math.min(this.cueCells, size);
		let wA = 0;
		let wRest = net.wMean;
		if (size > 0) {
			const synA = net.synapsesOnto(0, size);
			const synRest = net.synapsesOnto(size, nE);
			wA = net.weightOnto(0, size);
			wRest = synRest > 0 ? Math.max(0, (net.wMean * (synA + synRest) - wA * synA) / synRest) : 0;
		}
		const fields: AssemblyFields = {
			rateA: size && seconds ? this.binA / size / seconds : 0,
			rateRest: rest && seconds ? (this.binE - this.binA) / rest / seconds : 0,
			rateCued: cueCells && seconds ? this.binCued / cueCells / seconds : 0,
			rateUncued: size > cueCells && cueCells > 0 && seconds ? (this.binA - this.binCued) / (size - cueCells) / seconds : 0,
			wA,
			wRest,
			cue: this.binSteps ? this.binCueSteps / this.binSteps : 0,
			gain: this.gain
		};
		Object.assign(bin, fields);
		this.binA = 0;
		this.binCued = 0;
		this.binCueSteps = 0;
		this.binE = 0;
		this.binSteps = 0;
	}
}
