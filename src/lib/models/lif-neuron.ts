/**
 * One neuron's excitability: a leaky integrate-and-fire (LIF) neuron with an optional
 * spike-triggered afterhyperpolarisation (AHP) current.
 *
 *   C dV/dt = -(V - E_L)/R + I - w          (R = input resistance, tau_m = R C)
 *   tau_w dw/dt = -w,   w += b at each spike (the AHP / adaptation current)
 *   V >= V_th  ->  spike, V = V_reset, silent for t_ref
 *
 * Closed form for the plain LIF (b = 0), above rheobase I_rh = (V_th - E_L) / R:
 *   r = 1 / (t_ref + tau_m ln(R I / (R I - (V_th - E_L))))
 * With tau_m = 10 ms, R = 100 MOhm (g_L = 10 nS), E_L = V_reset = -75 mV, V_th = -55 mV,
 * t_ref = 2 ms: I_rh = 200 pA, r(300 pA) = 77.0 Hz, r(400 pA) = 112 Hz.
 *
 * Integration is exact between spikes for constant input (exponential update) and spike times
 * are interpolated inside the step, so simulated rates match the closed form closely.
 * Units: mV, ms, pA, MOhm, pF (MOhm x pA = uV, hence the 1e-3 factors), Hz.
 */
import { finiteOr } from './stats';
import { sanitize, type Params } from './types';
// The parameter ranges sit in their own module, so that a page listing a figure's parameters (an embed,
// /teach/) does not load the model with them.
import { spec } from './ranges/lif-neuron';

export { spec };

/** Fixed constants of the cell (the sliders change the rest). */
export const CELL = {
	eL: -75,
	vReset: -75,
	capacitance: 100, // pF: with R = 100 MOhm, tau_m = 10 ms
	tRef: 2,
	tauW: 100, // ms, decay of the AHP current
	spikePeak: 20 // mV, only for drawing spikes on the trace
} as const;

/** The textbook cell the check numbers are for. */
export const BASELINE = { vth: -55, rin: 100, ahp: 0 } as const;

export interface CellParams {
	vth: number;
	rin: number;
	ahp: number;
}

/** Membrane time constant in ms (R in MOhm x C in pF = 1e-6 s... x1e-3 gives ms). */
export function tauM(rin: number): number {
	return (rin * CELL.capacitance) / 1000;
}

/** Rheobase in pA: the smallest steady current that makes the cell fire (AHP does not change it). */
export function rheobase(cell: CellParams): number {
	return ((cell.vth - CELL.eL) / cell.rin) * 1000;
}

/** Closed-form firing rate (Hz) of the plain LIF (AHP ignored); 0 at or below rheobase. */
export function closedFormRate(cell: CellParams, current: number): number {
	const ri = (cell.rin * current) / 1000; // mV
	const gap = cell.vth - CELL.eL;
	if (!(ri > gap)) return 0;
	const isi = CELL.tRef + tauM(cell.rin) * Math.log(ri / (ri - gap));
	return finiteOr(1000 / isi, 0);
}

export interface Simulation {
	/** Spike times (ms). */
	spikes: number[];
	/** Voltage trace as {x: ms, y: mV}, with spikes drawn as strokes to CELL.spikePeak. */
	trace: { x: number; y: number }[];
}

/**
 * Simulate a current step of `current` pA lasting `duration` ms (starting at `onset`).
 * `sampleEvery` (ms) thins the returned trace; 0 returns no trace (faster, for f-I curves).
 */
export function simulate(
	cell: CellParams,
	current: number,
	options: { duration?: number; onset?: number; dt?: number; sampleEvery?: number } = {}
): Simulation {
	const { duration = 300, onset = 0, dt = 0.1, sampleEvery = 0 } = options;
	const tau = tauM(cell.rin);
	const decayV = Math.exp(-dt / tau);
	const decayW = Math.exp(-dt / CELL.tauW);
	const steps = Math.round(duration / dt);
	const every = sampleEvery > 0 ? Math.max(1, Math.round(sampleEvery / dt)) : 0;
	let v: number = CELL.eL;
	let w = 0;
	let refractoryUntil = -Infinity;
	const spikes: number[] = [];
	const trace: { x: number; y: number }[] = [];
	if (every) trace.push({ x: 0, y: v });
	for (let n = 0; n < steps; n++) {
		const t = n * dt;
		const input = t >= onset ? current : 0;
		let spiked = false;
		let tSpike = 0;
		const start = Math.max(t, refractoryUntil);
		const h = t + dt - start;
		if (h > 0) {
			// Exact update for constant drive over the (non-refractory part of the) step,
			// with w held at its start-of-step value.
			const vInf = CELL.eL + (cell.rin * (input - w)) / 1000;
			const decay = h === dt ? decayV : Math.exp(-h / tau);
			const vNext = vInf + (v - vInf) * decay;
			if (vNext >= cell.vth && v < cell.vth) {
				// When inside the step did V reach threshold? Solve the exponential for the crossing.
				const cross = -tau * Math.log((cell.vth - vInf) / (v - vInf));
				tSpike = start + Math.min(h, Math.max(0, finiteOr(cross, h)));
				spiked = true;
				v = CELL.vReset;
				refractoryUntil = tSpike + CELL.tRef;
			} else {
				v = vNext;
			}
		}
		w *= decayW;
		if (spiked) {
			spikes.push(tSpike);
			w += cell.ahp;
			if (every) {
				trace.push({ x: tSpike, y: cell.vth }, { x: tSpike, y: CELL.spikePeak }, { x: tSpike, y: CELL.vReset });
			}
		}
		if (every && (n + 1) % every === 0) trace.push({ x: t + dt, y: v });
	}
	return { spikes, trace };
}

/**
 * Steady-state firing rate (Hz) of the simulated cell: the inverse of the last interspike
 * interval once adaptation has settled (for the plain LIF every interval is the same).
 */
export function simulatedRate(cell: CellParams, current: number, duration = 600, dt = 0.1): number {
	const { spikes } = simulate(cell, current, { duration, dt });
	if (spikes.length < 2) return 0;
	const isi = spikes[spikes.length - 1] - spikes[spikes.length - 2];
	// A cell that stopped firing long before the end has no steady rate.
	if (duration - spikes[spikes.length - 1] > 2 * isi + 50) return 0;
	return finiteOr(1000 / isi, 0);
}

/** Currents (pA) at which the f-I curve is drawn. */
export const CURRENTS = Array.from({ length: 26 }, (_, i) => i * 20);

/**
 * f-I curve: the closed form without AHP; with an AHP, the simulated steady rate (500 ms at a
 * 0.25 ms step: integration is exact between spikes, so the coarser step costs little accuracy).
 */
export function fiCurve(cell: CellParams, currents: readonly number[] = CURRENTS): number[] {
	// At or below rheobase the cell never fires (an AHP only acts after spikes), so no simulation.
	const rh = rheobase(cell);
	return currents.map((i) => (i <= rh ? 0 : cell.ahp > 0 ? simulatedRate(cell, i, 500, 0.25) : closedFormRate(cell, i)));
}

export interface LifResult {
	cell: CellParams;
	rheobase: number;
	/** f-I curve of this cell and of the baseline cell at CURRENTS. */
	fi: number[];
	baselineFi: number[];
	/** Rate at the trace current, and the voltage trace. */
	rate: number;
	spikeCount: number;
	trace: { x: number; y: number }[];
	/** Rates of both cells at 300 pA (a fixed comparison point). */
	at300: { cell: number; baseline: number };
}

let baselineCache: number[] | undefined;

/** The baseline cell's f-I curve (computed once). */
export function baselineFi(): number[] {
	baselineCache ??= fiCurve(BASELINE);
	return baselineCache;
}

/**
 * Steady rate of a cell at one current: closed form without AHP, simulated with one. Pass the
 * cell's f-I curve to reuse it when the current is one of CURRENTS.
 */
export function rateAt(cell: CellParams, current: number, fi?: readonly number[]): number {
	const j = CURRENTS.indexOf(current);
	if (fi && j >= 0) return fi[j];
	if (current <= rheobase(cell)) return 0;
	return cell.ahp > 0 ? simulatedRate(cell, current, 500, 0.25) : closedFormRate(cell, current);
}

/** The voltage trace for a step of `current` pA from 50 ms to 300 ms, and its spike count. */
export function traceFor(cell: CellParams, current: number): { trace: { x: number; y: number }[]; spikeCount: number } {
	const sim = simulate(cell, current, { duration: 300, onset: 50, sampleEvery: 0.5 });
	return { trace: sim.trace, spikeCount: sim.spikes.filter((t) => t >= 50).length };
}

export function cellFrom(params: Partial<Params>): CellParams {
	const get = (k: string) =>
		sanitize(
			spec.find((p) => p.key === k)!,
			params[k] ?? NaN
		);
	return { vth: get('vth'), rin: get('rin'), ahp: get('ahp') };
}

export function run(params: Partial<Params>): LifResult {
	const cell = cellFrom(params);
	const current = sanitize(
		spec.find((p) => p.key === 'current')!,
		params.current ?? NaN
	);
	const { trace, spikeCount } = traceFor(cell, current);
	const fi = fiCurve(cell);
	return {
		cell,
		rheobase: rheobase(cell),
		fi,
		baselineFi: baselineFi(),
		rate: rateAt(cell, current, fi),
		spikeCount,
		trace,
		at300: { cell: rateAt(cell, 300, fi), baseline: closedFormRate(BASELINE, 300) }
	};
}
