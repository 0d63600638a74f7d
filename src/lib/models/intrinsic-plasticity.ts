/**
 * Intrinsic plasticity as gain control (Triesch 2005/2007).
 *
 * A neuron's output is y = sigmoid(a x + b): x is its summed synaptic input, a its gain and b its
 * bias (together they set its excitability; the input giving half-maximal output is -b/a).
 * Triesch's rule nudges a and b after every input so that the output distribution approaches an
 * exponential one with mean mu, the target:
 *     db = eta (1 - (2 + 1/mu) y + y^2 / mu)
 *     da = eta / a + x db
 * The story: the cell settles; then its synapses are strengthened (input x scaled up by `gain`),
 * so it fires far too much; intrinsic plasticity lowers its excitability until the mean is back
 * near mu. Later the synapses return to their old strength: now it fires too little, and the rule
 * raises excitability again. A copy of the cell whose excitability is frozen after settling shows
 * what would happen without the rule.
 *
 * Optional metaplasticity panel (BCM 1982): synaptic change phi(y) = y (y - theta_M), with the
 * sliding threshold theta_M = <y>^2 / y0 set by the cell's recent average activity <y>.
 */
import { gaussian, mulberry32 } from './random';
import { finiteOr } from './stats';
import { param, type Params } from './types';
// The parameter ranges sit in their own module, so that a page listing a figure's parameters (an embed,
// /teach/) does not load the model with them.
import { spec, bcmSpec } from './ranges/intrinsic-plasticity';

export { spec, bcmSpec };

export function sigmoid(u: number): number {
	return 1 / (1 + Math.exp(-u));
}

export interface IpState {
	a: number;
	b: number;
}

/** One update of Triesch's rule; returns the output y for input x. Mutates `state`. */
export function trieschStep(state: IpState, x: number, mu: number, eta: number): number {
	const y = sigmoid(state.a * x + state.b);
	const db = eta * (1 - (2 + 1 / mu) * y + (y * y) / mu);
	const da = eta / state.a + x * db;
	state.b = finiteOr(state.b + db, state.b);
	state.a = Math.max(0.05, finiteOr(state.a + da, state.a));
	return y;
}

/** Input to the cell on one trial: positive, variable, scaled by the synaptic strength. */
export function input(rng: () => number, strength: number): number {
	return strength * Math.max(0, 1 + 0.4 * gaussian(rng));
}

/**
 * Run the rule on inputs of fixed strength from a given start; returns the outputs (for tests:
 * does the mean converge to mu from above and from below?).
 */
export function converge(start: IpState, mu: number, eta: number, trials: number, seed = 3, strength = 1): number[] {
	const rng = mulberry32(seed);
	const s = { ...start };
	const ys: number[] = [];
	for (let t = 0; t < trials; t++) ys.push(trieschStep(s, input(rng, strength), mu, eta));
	return ys;
}

/** Phases of the story, in trials. */
export const PHASES = { settle: 2000, learn: 2000, forget: 2000 } as const;
export const TRIALS = PHASES.settle + PHASES.learn + PHASES.forget;
const EVERY = 30;
const SMOOTH = 150;

export interface IpResult {
	target: number;
	/** Trial numbers of the points below. */
	t: number[];
	/** Running mean output: with intrinsic plasticity, and with excitability frozen after settling. */
	adaptive: number[];
	frozen: number[];
	/** Input giving half-maximal output (-b/a): the cell's effective threshold, with plasticity. */
	threshold: number[];
	/** Mean output in the last quarter of each phase. */
	phaseMeans: { adaptive: [number, number, number]; frozen: [number, number, number] };
	/** Lowest running mean of the adaptive cell after the input returns (the undershoot). */
	dip: number;
	/** Synaptic strength in each phase. */
	strengths: [number, number, number];
}

/** The trial-by-trial input variability (before scaling by synaptic strength), cached by seed. */
const noiseCache = new Map<number, Float64Array>();
function baseInputs(seed: number): Float64Array {
	let x = noiseCache.get(seed);
	if (!x) {
		const rng = mulberry32(seed);
		x = new Float64Array(TRIALS);
		for (let t = 0; t < TRIALS; t++) x[t] = input(rng, 1);
		if (noiseCache.size > 50) noiseCache.clear();
		noiseCache.set(seed, x);
	}
	return x;
}

export function run(params: Partial<Params>, options: { seed?: number } = {}): IpResult {
	const mu = param(spec, params, 'target');
	const eta = param(spec, params, 'rate');
	const gain = param(spec, params, 'gain');
	const base = baseInputs(options.seed ?? 5);
	const strengths: [number, number, number] = [1, gain, 1];
	const adaptive: IpState = { a: 1, b: 0 };
	let frozen: IpState = { a: 1, b: 0 };
	let emaA = sigmoid(1);
	let emaF = emaA;
	const k = 1 / SMOOTH;
	const out: IpResult = {
		target: mu,
		t: [],
		adaptive: [],
		frozen: [],
		threshold: [],
		phaseMeans: { adaptive: [0, 0, 0], frozen: [0, 0, 0] },
		dip: 1,
		strengths
	};
	const sums = { adaptive: [0, 0, 0], frozen: [0, 0, 0], n: [0, 0, 0] };
	for (let t = 0; t < TRIALS; t++) {
		const phase = t < PHASES.settle ? 0 : t < PHASES.settle + PHASES.learn ? 1 : 2;
		const x = strengths[phase] * base[t];
		const yA = trieschStep(adaptive, x, mu, eta);
		let yF: number;
		if (phase === 0) {
			// Identical to the adaptive cell while it settles; frozen from then on.
			frozen = { ...adaptive };
			yF = yA;
		} else {
			yF = sigmoid(frozen.a * x + frozen.b);
		}
		emaA += k * (yA - emaA);
		emaF += k * (yF - emaF);
		if (phase === 2) out.dip = Math.min(out.dip, emaA);
		const phaseStart = phase === 0 ? 0 : phase === 1 ? PHASES.settle : PHASES.settle + PHASES.learn;
		const phaseLen = [PHASES.settle, PHASES.learn, PHASES.forget][phase];
		if (t - phaseStart >= phaseLen * 0.75) {
			sums.adaptive[phase] += yA;
			sums.frozen[phase] += yF;
			sums.n[phase]++;
		}
		if ((t + 1) % EVERY === 0) {
			out.t.push(t + 1);
			out.adaptive.push(finiteOr(emaA, 0));
			out.frozen.push(finiteOr(emaF, 0));
			out.threshold.push(finiteOr(-adaptive.b / adaptive.a, 0));
		}
	}
	for (let p = 0; p < 3; p++) {
		out.phaseMeans.adaptive[p] = sums.adaptive[p] / Math.max(1, sums.n[p]);
		out.phaseMeans.frozen[p] = sums.frozen[p] / Math.max(1, sums.n[p]);
	}
	return out;
}

/** BCM synaptic change for postsynaptic activity y and sliding threshold thetaM. */
export function bcm(y: number, thetaM: number): number {
	return y * (y - thetaM);
}

/** BCM sliding threshold from the recent mean activity (y0 sets the scale). */
export function slidingThreshold(meanActivity: number, y0 = 1): number {
	return (meanActivity * meanActivity) / y0;
}

/** Average activity of the "quiet history" reference curve. */
export const QUIET_HISTORY = 0.4;
