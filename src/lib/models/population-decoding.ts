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
import { mulberry32, poisson, type Rng } from './random';
import { finiteOr, normalCdf } from './stats';
import { sanitize, type ParamSpec, type Params } from './types';

export const N_NEURONS = 40;
/** Tuning gain of the reference "control" curve. */
export const CONTROL_GAIN = 1;
/** Mean tone-evoked rate increase at gain 1, Hz (neuron tuning is exponentially distributed around it). */
export const TUNING_HZ = 1.5;
const TUNING_SEED = 20260;

export const spec: ParamSpec[] = [
	{
		key: 'gain',
		label: 'Tone-tuning gain',
		unit: '× control',
		min: 0,
		max: 1.5,
		step: 0.05,
		default: 0.65,
		meaning: 'How strongly each neuron raises its firing for the tone, relative to the control curve (1).'
	},
	{
		key: 'baseline',
		label: 'Baseline firing rate',
		unit: 'Hz',
		min: 1,
		max: 20,
		step: 0.5,
		default: 4,
		meaning: 'Average firing without the tone: the background noise the tone response must stand out from.'
	},
	{
		key: 'window',
		label: 'Trial window',
		unit: 's',
		min: 0.25,
		max: 3,
		step: 0.25,
		default: 1,
		meaning: 'How long the decoder counts spikes on each trial.'
	}
];

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

function param(params: Partial<Params>, key: string): number {
	return sanitize(spec.find((p) => p.key === key)!, params[key] ?? NaN);
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

function logPoissonPmf(k: number, lambda: number, logFact: number): number {
	return k * Math.log(lambda) - lambda - logFact;
}

/** Mutual information (bits) between a Poisson count and a binary stimulus, equal priors. */
export function mutualInformation(lambda0: number, lambda1: number): number {
	if (!(lambda0 > 0) || !(lambda1 > 0) || lambda0 === lambda1) return 0;
	const hi = Math.max(lambda0, lambda1);
	const nMax = Math.ceil(hi + 12 * Math.sqrt(hi) + 12);
	let info = 0;
	let logFact = 0;
	for (let k = 0; k <= nMax; k++) {
		if (k > 0) logFact += Math.log(k);
		const p0 = Math.exp(logPoissonPmf(k, lambda0, logFact));
		const p1 = Math.exp(logPoissonPmf(k, lambda1, logFact));
		const m = (p0 + p1) / 2;
		if (p0 > 0) info += 0.5 * p0 * Math.log2(p0 / m);
		if (p1 > 0) info += 0.5 * p1 * Math.log2(p1 / m);
	}
	return Math.max(0, Math.min(1, finiteOr(info, 0)));
}

export function meanInformation(cells: readonly Neuron[], window: number): number {
	if (!cells.length) return 0;
	let sum = 0;
	for (const c of cells) sum += mutualInformation(c.f0 * window, c.f1 * window);
	return sum / cells.length;
}

/**
 * Simulated ideal-observer accuracy for ensembles of the first k neurons, k = 1..N.
 * Counts are drawn neuron by neuron, so the cumulative decision variable gives every k at once.
 */
export function simulateCurve(cells: readonly Neuron[], window: number, trials: number, rng: Rng): number[] {
	const n = cells.length;
	const tone = new Float64Array(trials);
	const none = new Float64Array(trials);
	const correct: number[] = [];
	for (let i = 0; i < n; i++) {
		const { f0, f1 } = cells[i];
		const w = f1 > f0 && f0 > 0 ? Math.log(f1 / f0) : 0;
		const bias = window * (f1 - f0);
		let right = 0;
		for (let t = 0; t < trials; t++) {
			tone[t] += poisson(rng, f1 * window) * w - bias;
			none[t] += poisson(rng, f0 * window) * w - bias;
			// Ties (no information) are split evenly, as a coin flip would on average.
			right += (tone[t] > 0 ? 1 : tone[t] === 0 ? 0.5 : 0) + (none[t] < 0 ? 1 : none[t] === 0 ? 0.5 : 0);
		}
		correct.push(right / (2 * trials));
	}
	return correct;
}

export function run(params: Partial<Params> = {}, options: { seed?: number; trials?: number; n?: number } = {}): DecodingResult {
	const gain = param(params, 'gain');
	const baseline = param(params, 'baseline');
	const window = param(params, 'window');
	const trials = Math.max(10, Math.floor(options.trials ?? 300));
	const n = Math.max(1, Math.min(N_NEURONS, Math.floor(options.n ?? N_NEURONS)));
	const cells = neurons(gain, baseline, n);
	const controlCells = neurons(CONTROL_GAIN, baseline, n);
	const rng = mulberry32(options.seed ?? 7);
	return {
		sizes: cells.map((_, i) => i + 1),
		simulated: simulateCurve(cells, window, trials, rng),
		closedForm: closedFormCurve(cells, window),
		control: closedFormCurve(controlCells, window),
		infoPerNeuron: meanInformation(cells, window),
		infoPerNeuronControl: meanInformation(controlCells, window),
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
