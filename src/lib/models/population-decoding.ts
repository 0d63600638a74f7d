/**
 * How much does one neuron say about the tone? A population-decoding demo.
 *
 * N simulated basolateral amygdala neurons fire Poisson spikes in a window of T seconds.
 * Neuron i fires at f0_i without the tone and at f1_i = f0_i + gain * df_i with it: `gain` scales
 * every neuron's tone tuning (the part that, in Bukalo et al. 2026, depends on astrocytes).
 * Each neuron's baseline and tuning are fixed random draws, the same for every setting.
 *
 * Decoder: the ideal observer for Poisson counts n_i (known rates, equal priors) says "tone" when
 *     sum_i [ n_i * ln(f1_i / f0_i) - T * (f1_i - f0_i) ] > 0.
 * Closed form (Gaussian approximation, small tuning): with
 *     d'^2 = T * sum_i (f1_i - f0_i)^2 / fbar_i,      fbar_i = (f0_i + f1_i) / 2,
 * the fraction of trials decoded correctly is Phi(d' / 2).
 *
 * Information per neuron: the mutual information, in bits, between one neuron's spike count and
 * whether the tone was on (tone on half the trials), computed exactly from the Poisson probabilities
 * and averaged over neurons. It falls as the tuning gain falls.
 */
import { mulberry32, type Rng } from './random';
import { finiteOr, normalCdf } from './stats';
import { param, type Params } from './types';
// The parameter ranges sit in their own module, so that a page listing a figure's parameters (an embed,
// /teach/) does not load the model with them.
import { spec } from './ranges/population-decoding';

export { spec };

export const N_NEURONS = 40;
/** Tuning gain of the reference "control" curve. */
export const CONTROL_GAIN = 1;
/** Mean tone-evoked rate increase at gain 1, Hz (neuron tuning is exponentially distributed around it). */
export const TUNING_HZ = 1.5;
const TUNING_SEED = 20260;

export interface Neuron {
	/** Rate without the tone, Hz. */
	f0: number;
	/** Rate with the tone, Hz. */
	f1: number;
}

export interface DecodingResult {
	/** Ensemble sizes 1..N. */
	sizes: number[];
	/** Fraction of trials decoded correctly in the simulation, per ensemble size. */
	simulated: number[];
	/** Phi(d'/2) for the current settings, per ensemble size. */
	closedForm: number[];
	/** Phi(d'/2) at the control gain (other settings unchanged), per ensemble size. */
	control: number[];
	/** Mean mutual information per neuron, bits, at the current gain and at the control gain. */
	infoPerNeuron: number;
	infoPerNeuronControl: number;
	/** Trials simulated per condition (tone, no tone). */
	trials: number;
	chance: number;
}

/** Fixed per-neuron baseline factors and tuning strengths (the same population for every setting). */
const population = (() => {
	const rng = mulberry32(TUNING_SEED);
	const base: number[] = [];
	const tune: number[] = [];
	for (let i = 0; i < N_NEURONS; i++) {
		base.push(0.5 + rng());
		tune.push(-Math.log(1 - rng() * 0.98));
	}
	return { base, tune };
})();

/** The neurons' rates for a gain and a mean baseline rate. */
export function neurons(gain: number, baseline: number, n = N_NEURONS): Neuron[] {
	const out: Neuron[] = [];
	for (let i = 0; i < Math.min(n, N_NEURONS); i++) {
		const f0 = baseline * population.base[i];
		out.push({ f0, f1: f0 + gain * TUNING_HZ * population.tune[i] });
	}
	return out;
}

/** d'^2 contributed by each neuron: T (f1 - f0)^2 / fbar. */
export function dPrimeSquaredTerms(cells: readonly Neuron[], window: number): number[] {
	return cells.map(({ f0, f1 }) => {
		const fbar = (f0 + f1) / 2;
		return fbar > 0 ? (window * (f1 - f0) ** 2) / fbar : 0;
	});
}

/** Closed-form accuracy Phi(d'/2) for the first k neurons, k = 1..N. */
export function closedFormCurve(cells: readonly Neuron[], window: number): number[] {
	const terms = dPrimeSquaredTerms(cells, window);
	const out: number[] = [];
	let sum = 0;
	for (const t of terms) {
		sum += t;
		out.push(normalCdf(Math.sqrt(sum) / 2));
	}
	return out;
}

/** Poisson probabilities P(k; lambda) for k = 0..nMax (computed in log space, no overflow). */
export function poissonPmf(lambda: number, nMax: number): Float64Array {
	const out = new Float64Array(nMax + 1);
	if (!(lambda > 0)) {
		out[0] = 1;
		return out;
	}
	const logL = Math.log(lambda);
	let logFact = 0;
	for (let k = 0; k <= nMax; k++) {
		if (k > 0) logFact += Math.log(k);
		out[k] = Math.exp(k * logL - lambda - logFact);
	}
	return out;
}

/** Largest count worth tabulating for a mean: the tail beyond it is far below 1e-9. */
function countLimit(lambda: number): number {
	return Math.ceil(lambda + 12 * Math.sqrt(lambda) + 12);
}

/** Mutual information (bits) between a count with distribution p0 or p1 and a binary stimulus, equal priors. */
function informationFromPmfs(p0: ArrayLike<number>, p1: ArrayLike<number>): number {
	let info = 0;
	for (let k = 0; k < p0.length; k++) {
		const m = (p0[k] + p1[k]) / 2;
		if (p0[k] > 0) info += 0.5 * p0[k] * Math.log2(p0[k] / m);
		if (p1[k] > 0) info += 0.5 * p1[k] * Math.log2(p1[k] / m);
	}
	return Math.max(0, Math.min(1, finiteOr(info, 0)));
}

/** Mutual information (bits) between a Poisson count and a binary stimulus, equal priors. */
export function mutualInformation(lambda0: number, lambda1: number): number {
	if (!(lambda0 > 0) || !(lambda1 > 0) || lambda0 === lambda1) return 0;
	const nMax = countLimit(Math.max(lambda0, lambda1));
	return informationFromPmfs(poissonPmf(lambda0, nMax), poissonPmf(lambda1, nMax));
}

export function meanInformation(cells: readonly Neuron[], window: number): number {
	if (!cells.length) return 0;
	let sum = 0;
	for (const c of cells) sum += mutualInformation(c.f0 * window, c.f1 * window);
	return sum / cells.length;
}

/** Cumulative sums of a pmf, for drawing counts with one uniform number each. */
function cumulative(p: Float64Array): Float64Array {
	const c = new Float64Array(p.length);
	let s = 0;
	for (let k = 0; k < p.length; k++) c[k] = s += p[k];
	return c;
}

/** Inverse-CDF draw: the smallest k with cdf[k] >= u (binary search). */
function draw(cdf: Float64Array, u: number): number {
	let lo = 0;
	let hi = cdf.length - 1;
	if (u >= cdf[hi]) return hi;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (cdf[mid] >= u) hi = mid;
		else lo = mid + 1;
	}
	return lo;
}

interface Tables {
	/** Poisson probabilities of each count without (p0) and with (p1) the tone. */
	p0: Float64Array;
	p1: Float64Array;
}

function tablesFor(cells: readonly Neuron[], window: number): Tables[] {
	return cells.map(({ f0, f1 }) => {
		const nMax = countLimit(Math.max(f0, f1) * window);
		return { p0: poissonPmf(f0 * window, nMax), p1: poissonPmf(f1 * window, nMax) };
	});
}

function simulateTables(cells: readonly Neuron[], tables: readonly Tables[], window: number, trials: number, rng: Rng): number[] {
	const tone = new Float64Array(trials);
	const none = new Float64Array(trials);
	const correct: number[] = [];
	for (let i = 0; i < cells.length; i++) {
		const { f0, f1 } = cells[i];
		const w = f1 > f0 && f0 > 0 ? Math.log(f1 / f0) : 0;
		const bias = window * (f1 - f0);
		const cdf1 = cumulative(tables[i].p1);
		const cdf0 = cumulative(tables[i].p0);
		let right = 0;
		for (let t = 0; t < trials; t++) {
			tone[t] += draw(cdf1, rng()) * w - bias;
			none[t] += draw(cdf0, rng()) * w - bias;
			// Ties (no information) are split evenly, as a coin flip would on average.
			right += (tone[t] > 0 ? 1 : tone[t] === 0 ? 0.5 : 0) + (none[t] < 0 ? 1 : none[t] === 0 ? 0.5 : 0);
		}
		correct.push(right / (2 * trials));
	}
	return correct;
}

/**
 * Simulated ideal-observer accuracy for ensembles of the first k neurons, k = 1..N.
 * Counts are exact Poisson draws (inverse CDF over a tabulated distribution), neuron by neuron,
 * so the cumulative decision variable gives every ensemble size at once.
 */
export function simulateCurve(cells: readonly Neuron[], window: number, trials: number, rng: Rng): number[] {
	return simulateTables(cells, tablesFor(cells, window), window, trials, rng);
}

/** The control curve and its information depend only on baseline and window: keep the last one. */
let controlCache: { key: string; curve: number[]; info: number } | undefined;
function controlPart(baseline: number, window: number, n: number) {
	const key = `${baseline}|${window}|${n}`;
	if (controlCache?.key !== key) {
		const cells = neurons(CONTROL_GAIN, baseline, n);
		controlCache = { key, curve: closedFormCurve(cells, window), info: meanInformation(cells, window) };
	}
	return controlCache;
}

export function run(params: Partial<Params> = {}, options: { seed?: number; trials?: number; n?: number } = {}): DecodingResult {
	const gain = param(spec, params, 'gain');
	const baseline = param(spec, params, 'baseline');
	const window = param(spec, params, 'window');
	const trials = Math.max(10, Math.floor(options.trials ?? 300));
	const n = Math.max(1, Math.min(N_NEURONS, Math.floor(options.n ?? N_NEURONS)));
	const cells = neurons(gain, baseline, n);
	const control = controlPart(baseline, window, n);
	const tables = tablesFor(cells, window);
	const rng = mulberry32(options.seed ?? 7);
	return {
		sizes: cells.map((_, i) => i + 1),
		simulated: simulateTables(cells, tables, window, trials, rng),
		closedForm: closedFormCurve(cells, window),
		control: [...control.curve],
		infoPerNeuron: tables.reduce((sum, t) => sum + informationFromPmfs(t.p0, t.p1), 0) / tables.length,
		infoPerNeuronControl: control.info,
		trials,
		chance: 0.5
	};
}

/** Documented output ranges for the property tests. */
export const bounds = {
	simulated: [0, 1],
	closedForm: [0.5, 1],
	control: [0.5, 1],
	infoPerNeuron: [0, 1],
	infoPerNeuronControl: [0, 1],
	chance: [0.5, 0.5]
} as const;
