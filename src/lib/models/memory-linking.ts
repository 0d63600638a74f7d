/**
 * Memory linking across time (the allocation hypothesis tested by Cai et al. 2016).
 *
 * Event A is stored by the k most driven of N cells (as in memory-allocation.ts). Afterwards the
 * engram cells stay more excitable, by `bump` at first and decaying as exp(-t / tau). Event B,
 * `interval` hours later, is allocated under that leftover bias, so engram A cells have a head
 * start and the two engrams share cells. Overlap = |A and B| / k; random allocation gives k / N.
 *
 * Mean field: overlap(interval) = Q(theta - b) with b = bump exp(-interval / tau) and theta
 * solving (k/N) Q(theta - b) + (1 - k/N) Q(theta) = k/N (see allocationProbability).
 */
import { allocationProbability, eventInput, N_CELLS, winners } from './memory-allocation';
import { finiteOr } from './stats';
import { param, type Params } from './types';
// The parameter ranges sit in their own module, so that a page listing a figure's parameters (an embed,
// /teach/) does not load the model with them.
import { spec } from './ranges/memory-linking';

export { spec };

/** Intervals (h) at which the overlap curve is drawn, and where it is simulated. */
export const INTERVALS = Array.from({ length: 37 }, (_, i) => i * 2);
export const SIM_INTERVALS = Array.from({ length: 13 }, (_, i) => i * 6);

export function expectedOverlap(bump: number, tau: number, interval: number, sparsity: number): number {
	const b = bump * Math.exp(-interval / Math.max(1e-9, tau));
	return finiteOr(allocationProbability(sparsity, b, sparsity).boosted, sparsity);
}

/** One pair of events: engram A, then engram B under A's leftover excitability. */
export function pair(
	n: number,
	k: number,
	bump: number,
	tau: number,
	interval: number,
	seed: number
): { a: Uint8Array; b: Uint8Array; shared: number } {
	const a = winners(eventInput(n, seed * 2 + 1), new Float64Array(n), k);
	const bias = new Float64Array(n);
	const left = bump * Math.exp(-interval / Math.max(1e-9, tau));
	for (let i = 0; i < n; i++) bias[i] = a[i] ? left : 0;
	const b = winners(eventInput(n, seed * 2 + 2), bias, k);
	let shared = 0;
	for (let i = 0; i < n; i++) shared += a[i] & b[i];
	return { a, b, shared };
}

/**
 * A pair of events prepared for fast overlap counts: event A's engram, and event B's input to
 * the cells of A and to all other cells, each sorted from largest to smallest. For any leftover
 * bias b, B's engram is the top k of (A-cells' input + b) merged with (other cells' input), so
 * the shared count is found by merging the two lists for k steps, without re-running allocation.
 * Gives exactly pair(...).shared (tested).
 */
export interface PreparedPair {
	a: Float64Array;
	other: Float64Array;
}

const preparedCache = new Map<string, PreparedPair>();
export function preparePair(n: number, k: number, seed: number): PreparedPair {
	const key = `${n}:${k}:${seed}`;
	let p = preparedCache.get(key);
	if (!p) {
		const a = winners(eventInput(n, seed * 2 + 1), new Float64Array(n), k);
		const xb = eventInput(n, seed * 2 + 2);
		const inA: number[] = [];
		const out: number[] = [];
		for (let i = 0; i < n; i++) (a[i] ? inA : out).push(xb[i]);
		p = {
			a: Float64Array.from(inA).sort().reverse(),
			other: Float64Array.from(out).sort().reverse()
		};
		if (preparedCache.size > 500) preparedCache.clear();
		preparedCache.set(key, p);
	}
	return p;
}

/** How many of B's k winners are A-cells when A-cells get `left` extra drive. */
export function sharedCount(p: PreparedPair, left: number, k: number): number {
	let i = 0;
	let j = 0;
	for (let c = 0; c < k; c++) {
		if (i < p.a.length && (j >= p.other.length || p.a[i] + left > p.other[j])) i++;
		else j++;
	}
	return i;
}

export interface LinkingResult {
	n: number;
	k: number;
	chance: number;
	curve: { interval: number[]; overlap: number[] };
	simulated: { interval: number[]; overlap: number[]; pairs: number };
	/** The pair at the chosen interval, for the grid. */
	example: { a: Uint8Array; b: Uint8Array; shared: number; interval: number; expected: number };
	/** Interval (h) at which the expected overlap has fallen halfway from its start to chance. */
	halfway: number;
}

export interface LinkingCurves {
	n: number;
	k: number;
	chance: number;
	curve: { interval: number[]; overlap: number[] };
	simulated: { interval: number[]; overlap: number[]; pairs: number };
	/** Interval (h) at which the expected overlap has fallen halfway from its start to chance. */
	halfway: number;
}

function settings(params: Partial<Params>) {
	const tau = param(spec, params, 'tau');
	const bump = param(spec, params, 'bump');
	const interval = param(spec, params, 'interval');
	const sparsity = param(spec, params, 'size') / 100;
	const n = N_CELLS;
	const k = Math.max(1, Math.round(sparsity * n));
	return { tau, bump, interval, n, k, fk: k / n };
}

/** The overlap-against-interval curves (they do not depend on the chosen interval). */
export function curves(params: Partial<Params>, options: { pairs?: number; seed?: number } = {}): LinkingCurves {
	const { tau, bump, n, k, fk } = settings(params);
	const seed = options.seed ?? 11;
	const pairs = options.pairs ?? 20;
	const overlap = INTERVALS.map((t) => expectedOverlap(bump, tau, t, fk));
	// The same simulated pairs at every interval (common random numbers): only the leftover
	// excitability differs. Inputs are drawn and sorted once per pair and cached.
	const prepared = Array.from({ length: pairs }, (_, r) => preparePair(n, k, seed * 1009 + r));
	const simulated = SIM_INTERVALS.map((t) => {
		const left = bump * Math.exp(-t / Math.max(1e-9, tau));
		let total = 0;
		for (const p of prepared) total += sharedCount(p, left, k);
		return total / (pairs * k);
	});
	const start = expectedOverlap(bump, tau, 0, fk);
	// overlap - chance decays monotonically; halfway point by bisection on the interval.
	let halfway = 0;
	if (start - fk > 1e-6) {
		let lo = 0;
		let hi = 50 * tau;
		for (let i = 0; i < 30; i++) {
			const mid = (lo + hi) / 2;
			if (expectedOverlap(bump, tau, mid, fk) - fk > (start - fk) / 2) lo = mid;
			else hi = mid;
		}
		halfway = (lo + hi) / 2;
	}
	return {
		n,
		k,
		chance: fk,
		curve: { interval: INTERVALS, overlap },
		simulated: { interval: SIM_INTERVALS, overlap: simulated, pairs },
		halfway: finiteOr(halfway, 0)
	};
}

/** One example pair of engrams at the chosen interval (for the grid). */
export function example(params: Partial<Params>, seed = 11): LinkingResult['example'] {
	const { tau, bump, interval, n, k, fk } = settings(params);
	const ex = pair(n, k, bump, tau, interval, seed);
	return { ...ex, interval, expected: expectedOverlap(bump, tau, interval, fk) };
}

export function run(params: Partial<Params>, options: { pairs?: number; seed?: number } = {}): LinkingResult {
	return { ...curves(params, options), example: example(params, options.seed ?? 11) };
}
