/**
 * Retroactive memory: reactivation plus an emotional gain.
 *
 * A teaching model of the idea in Zhu et al. (eLife 2022), not a fit to their data.
 *
 *  1. Initial learning. Pair i (a face and an object) is stored with strength
 *        s_i = clamp(encoding + spread · ξ_i, 0, 1)                       ξ_i ~ N(0, 1)
 *     (how vividly the pair was encoded varies from pair to pair).
 *  2. Emotional learning. The face comes back alone, and brings its partner back with it:
 *        r_i = reactivation · max(0, s_i + noise · η_i)                    η_i ~ N(0, 1)
 *     A weak trace is hard to bring back, a strong one comes back readily. The face is then paired
 *     with a scream (aversive, half the pairs) or a neutral voice (the other half). The co-activation
 *     strengthens the pair, scaled by the amygdala's emotional gain g (1 for a neutral voice):
 *        s'_i = s_i + LEARNING_RATE · c_i · r_i                            c_i = g (aversive) or 1 (neutral)
 *  3. Test. The pair is recalled when its strength plus test noise clears a threshold:
 *        P(recall_i) = Φ((s'_i − THRESHOLD) / noise)
 *     The model reports this probability (expected memory), so charts do not flicker with coin flips.
 *
 * What it is for: to show that a later emotional event can only reach back to a memory that gets
 * reactivated, that the benefit scales with the emotional gain, and that weakly encoded pairs gain
 * least. What it does not claim: the numbers are in arbitrary units, nothing here was fitted to the
 * study's data, and the brain does not literally add strengths.
 */
import type { Params } from './types';
import { mulberry32, gaussian } from './random';
import { clamp, finiteOr, mean, normalCdf, pearson } from './stats';
// The parameter ranges sit in their own module, so that a page listing a figure's parameters (an embed,
// /teach/) does not load the model with them.
import { spec } from './ranges/retroactive-memory';

export { spec };

/** How much one unit of (gain × reactivation) adds to a pair's strength. */
export const LEARNING_RATE = 0.2;
/** Strength a pair needs to be recalled at test (arbitrary units, strengths live in [0, 1] at encoding). */
export const THRESHOLD = 0.6;
/** Gains swept for the "memory against gain" chart. */
export const GAIN_SWEEP = [1, 1.25, 1.5, 1.75, 2, 2.25, 2.5, 2.75, 3] as const;
/** Initial strengths at which the "advantage against strength" curve is evaluated. */
export const STRENGTH_GRID = Array.from({ length: 21 }, (_, k) => k / 20);

/** Documented output ranges (checked by tests/unit/model-properties.test.ts). */
export const bounds: Record<string, readonly [number, number]> = {
	aversive: [0, 1],
	neutral: [0, 1],
	advantage: [-1, 1],
	advantageSE: [0, 1],
	'trials.*.initial': [0, 1],
	'trials.*.reactivation': [0, Infinity],
	'trials.*.recall': [0, 1],
	'trials.*.benefit': [0, 1],
	'sweep.*.aversive': [0, 1],
	'sweep.*.neutral': [0, 1],
	'byStrength.*.advantage': [0, 1],
	weakHalfBenefit: [0, 1],
	strongHalfBenefit: [0, 1],
	'correlation.aversive': [-1, 1],
	'correlation.neutral': [-1, 1]
};

export type Condition = 'aversive' | 'neutral';

export interface Trial {
	/** Pair index (0-based). */
	pair: number;
	condition: Condition;
	/** Strength after initial learning, in [0, 1]. */
	initial: number;
	/** Reactivation of the partner during emotional learning (>= 0). */
	reactivation: number;
	/** Strength at test. */
	final: number;
	/** Probability of recall at test. */
	recall: number;
	/** Recall probability minus what the same pair would have had with a neutral voice (0 for neutral pairs). */
	benefit: number;
}

export interface Result {
	trials: Trial[];
	/** Mean recall probability over aversive and over neutral pairs. */
	aversive: number;
	neutral: number;
	/** aversive − neutral. */
	advantage: number;
	/** Standard error of that difference (two independent groups of pairs). */
	advantageSE: number;
	/** Mean recall at each gain in GAIN_SWEEP, same pairs and noise (common random numbers). */
	sweep: { gain: number; aversive: number; neutral: number }[];
	/** Expected aversive-minus-neutral recall for a pair of each initial strength in STRENGTH_GRID. */
	byStrength: { strength: number; advantage: number }[];
	/** Median split on initial strength (the model's version of the paper's vividness split). */
	weakHalfBenefit: number;
	strongHalfBenefit: number;
	/** Trial-level correlation of reactivation with recall, per condition. */
	correlation: { aversive: number; neutral: number };
}

export interface Options {
	seed?: number;
}

function recallProbability(strength: number, noise: number): number {
	return normalCdf((strength - THRESHOLD) / noise);
}

/** Equal-probability standard-normal nodes (midpoints of 24 bins), for expectations over reactivation noise. */
const NODES = (() => {
	const k = 24;
	const out: number[] = [];
	for (let i = 0; i < k; i++) out.push(probit((i + 0.5) / k));
	return out;
})();

/** Inverse standard normal CDF (Acklam's rational approximation, |rel. error| < 1.2e-9). */
export function probit(p: number): number {
	const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
	const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
	const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
	const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
	const lo = 0.02425;
	if (p <= 0) return -Infinity;
	if (p >= 1) return Infinity;
	if (p < lo) {
		const q = Math.sqrt(-2 * Math.log(p));
		return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
	}
	if (p > 1 - lo) return -probit(1 - p);
	const q = p - 0.5;
	const r = q * q;
	return (
		((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) /
		(((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
	);
}

/**
 * Expected recall advantage (aversive minus neutral voice) for a pair of initial strength s,
 * averaged over the reactivation noise.
 */
export function expectedAdvantage(s: number, p: Params): number {
	let sum = 0;
	for (const z of NODES) {
		const r = p.react * Math.max(0, s + p.noise * z);
		sum += recallProbability(s + LEARNING_RATE * p.gain * r, p.noise) - recallProbability(s + LEARNING_RATE * r, p.noise);
	}
	return sum / NODES.length;
}

function read(params: Partial<Params>): Params {
	const out: Params = {};
	for (const s of spec) {
		const v = params[s.key];
		out[s.key] = typeof v === 'number' && Number.isFinite(v) ? clamp(v, s.min, s.max) : s.default;
	}
	out.pairs = Math.max(2, 2 * Math.round(out.pairs / 2));
	return out;
}

export function run(params: Partial<Params>, options: Options = {}): Result {
	const p = read(params);
	const rng = mulberry32(options.seed ?? 1);
	const trials: Trial[] = [];
	// Draw every random number first, so the sweep reuses the same pairs and noise.
	const draws: { initial: number; reactivation: number; condition: Condition }[] = [];
	for (let i = 0; i < p.pairs; i++) {
		const initial = clamp(p.enc + p.spread * gaussian(rng), 0, 1);
		const reactivation = p.react * Math.max(0, initial + p.noise * gaussian(rng));
		draws.push({ initial, reactivation, condition: i % 2 === 0 ? 'aversive' : 'neutral' });
	}

	for (let i = 0; i < draws.length; i++) {
		const { initial, reactivation, condition } = draws[i];
		const c = condition === 'aversive' ? p.gain : 1;
		const final = initial + LEARNING_RATE * c * reactivation;
		const recall = recallProbability(final, p.noise);
		const asNeutral = recallProbability(initial + LEARNING_RATE * reactivation, p.noise);
		trials.push({
			pair: i,
			condition,
			initial: finiteOr(initial, 0),
			reactivation: finiteOr(reactivation, 0),
			final: finiteOr(final, 0),
			recall: finiteOr(recall, 0),
			benefit: condition === 'aversive' ? finiteOr(recall - asNeutral, 0) : 0
		});
	}

	const av = trials.filter((t) => t.condition === 'aversive');
	const ne = trials.filter((t) => t.condition === 'neutral');
	const aversive = mean(av.map((t) => t.recall));
	const neutral = mean(ne.map((t) => t.recall));
	const se = Math.sqrt(variance(av.map((t) => t.recall)) / av.length + variance(ne.map((t) => t.recall)) / ne.length);

	const sweep = GAIN_SWEEP.map((gain) => ({
		gain,
		aversive: finiteOr(mean(av.map((t) => recallProbability(t.initial + LEARNING_RATE * gain * t.reactivation, p.noise))), 0),
		neutral: finiteOr(neutral, 0)
	}));

	const byStrength = STRENGTH_GRID.map((strength) => ({ strength, advantage: finiteOr(expectedAdvantage(strength, p), 0) }));

	// Median split of the aversive pairs on initial strength.
	const sorted = [...av].sort((a, b) => a.initial - b.initial);
	const half = Math.floor(sorted.length / 2);
	const weakHalfBenefit = mean(sorted.slice(0, half).map((t) => t.benefit));
	const strongHalfBenefit = mean(sorted.slice(sorted.length - half).map((t) => t.benefit));

	return {
		trials,
		aversive: finiteOr(aversive, 0),
		neutral: finiteOr(neutral, 0),
		advantage: finiteOr(aversive - neutral, 0),
		advantageSE: finiteOr(se, 0),
		sweep,
		byStrength,
		weakHalfBenefit: finiteOr(weakHalfBenefit, 0),
		strongHalfBenefit: finiteOr(strongHalfBenefit, 0),
		correlation: {
			aversive: clamp(
				finiteOr(
					pearson(
						av.map((t) => t.reactivation),
						av.map((t) => t.recall)
					),
					0
				),
				-1,
				1
			),
			neutral: clamp(
				finiteOr(
					pearson(
						ne.map((t) => t.reactivation),
						ne.map((t) => t.recall)
					),
					0
				),
				-1,
				1
			)
		}
	};
}

function variance(xs: readonly number[]): number {
	if (xs.length < 2) return 0;
	const m = mean(xs);
	let s = 0;
	for (const x of xs) s += (x - m) ** 2;
	return s / (xs.length - 1);
}
