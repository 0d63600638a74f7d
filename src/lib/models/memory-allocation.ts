/**
 * Memory allocation by excitability: which cells of a small population join an engram.
 *
 * A population of N cells meets an event. Each cell's drive is the event's input to it (a fresh
 * standard normal number per cell and per event) plus a boost if the cell is one of the more
 * excitable ones (the CREB-style manipulation of Yiu et al. 2014). Lateral inhibition lets only
 * the k most driven cells fire (k-winners-take-all): they are the engram, the cells whose
 * synapses are strengthened by the event.
 *
 * Mean field (N large): the winning threshold theta solves
 *     f Q(theta - boost) + (1 - f) Q(theta) = k / N,      Q = 1 - Phi (normal tail)
 * and a boosted cell is allocated with probability Q(theta - boost), any other with Q(theta).
 * With no boost both equal k / N: every cell is equally likely.
 */
import { gaussian, mulberry32 } from './random';
import { finiteOr, normalCdf } from './stats';
import { param, type Params } from './types';
// The parameter ranges sit in their own module, so that a page listing a figure's parameters (an embed,
// /teach/) does not load the model with them.
import { N_CELLS, spec } from './ranges/memory-allocation';

export { N_CELLS, spec };

export const GRID_COLUMNS = 20;

/** Normal upper tail. */
export function tail(x: number): number {
	return 1 - normalCdf(x);
}

/**
 * Mean-field allocation probabilities for a fraction `f` of cells boosted by `boost` and a
 * fraction `sparsity` allocated. Returns the probability for a boosted and for another cell.
 */
export function allocationProbability(f: number, boost: number, sparsity: number): { boosted: number; other: number; theta: number } {
	let lo = -10;
	let hi = 10 + boost;
	for (let i = 0; i < 44; i++) {
		const mid = (lo + hi) / 2;
		const share = f * tail(mid - boost) + (1 - f) * tail(mid);
		if (share > sparsity) lo = mid;
		else hi = mid;
	}
	const theta = (lo + hi) / 2;
	return { boosted: finiteOr(tail(theta - boost), sparsity), other: finiteOr(tail(theta), sparsity), theta };
}

/** Value of the k-th largest entry (1-based) of `values` (quickselect on a copy). */
export function kthLargest(values: ArrayLike<number>, k: number): number {
	const a = Float64Array.from(values as ArrayLike<number>);
	let lo = 0;
	let hi = a.length - 1;
	const target = Math.min(a.length - 1, Math.max(0, k - 1));
	while (lo < hi) {
		const pivot = a[(lo + hi) >> 1];
		let i = lo;
		let j = hi;
		while (i <= j) {
			while (a[i] > pivot) i++;
			while (a[j] < pivot) j--;
			if (i <= j) {
				const t = a[i];
				a[i] = a[j];
				a[j] = t;
				i++;
				j--;
			}
		}
		if (target <= j) hi = j;
		else if (target >= i) lo = i;
		else break;
	}
	return a[target];
}

/**
 * One event: cells whose drive is among the k largest win. `bias` adds extra drive per cell
 * (the boost, or leftover excitability from an earlier engram). Returns a 0/1 membership array.
 */
export function allocate(bias: ArrayLike<number>, k: number, seed: number): Uint8Array {
	return winners(eventInput(bias.length, seed), bias, k);
}

/** The event's input to each of n cells: one standard normal number per cell (cached by seed). */
const inputCache = new Map<string, Float64Array>();
export function eventInput(n: number, seed: number): Float64Array {
	const key = `${n}:${seed}`;
	let x = inputCache.get(key);
	if (!x) {
		const rng = mulberry32(seed);
		x = new Float64Array(n);
		for (let i = 0; i < n; i++) x[i] = gaussian(rng);
		if (inputCache.size > 4000) inputCache.clear();
		inputCache.set(key, x);
	}
	return x;
}

/** The k cells with the largest input + bias win (k-winners-take-all). Returns 0/1 membership. */
export function winners(input: ArrayLike<number>, bias: ArrayLike<number>, k: number): Uint8Array {
	const n = input.length;
	const drive = new Float64Array(n);
	for (let i = 0; i < n; i++) drive[i] = input[i] + bias[i];
	const threshold = kthLargest(drive, k);
	const out = new Uint8Array(n);
	let count = 0;
	for (let i = 0; i < n && count < k; i++) {
		if (drive[i] > threshold) {
			out[i] = 1;
			count++;
		}
	}
	// Fill up to exactly k with cells sitting at the threshold value (ties are practically never seen).
	for (let i = 0; i < n && count < k; i++) {
		if (!out[i] && drive[i] === threshold) {
			out[i] = 1;
			count++;
		}
	}
	return out;
}

/** Which cells are boosted: the first round(f N) of a fixed random order, so raising f only adds cells. */
const orderCache = new Map<string, number[]>();
export function boostedCells(n: number, fraction: number, seed = 7): Uint8Array {
	const key = `${n}:${seed}`;
	let order = orderCache.get(key);
	if (!order) {
		const rng = mulberry32(seed);
		order = Array.from({ length: n }, (_, i) => i);
		for (let i = n - 1; i > 0; i--) {
			const j = Math.floor(rng() * (i + 1));
			[order[i], order[j]] = [order[j], order[i]];
		}
		orderCache.set(key, order);
	}
	const out = new Uint8Array(n);
	const m = Math.round(fraction * n);
	for (let i = 0; i < m; i++) out[order[i]] = 1;
	return out;
}

export interface AllocationResult {
	n: number;
	k: number;
	boosted: Uint8Array;
	/** Membership for the current event: 1 = in the engram. */
	engram: Uint8Array;
	/** This event: how many boosted / other cells won, out of how many. */
	counts: { boostedWon: number; boostedTotal: number; otherWon: number; otherTotal: number };
	/** Probability of allocation over many events at the current boost (simulated). */
	simulated: { boosted: number; other: number; events: number };
	/** Mean-field curve of P(allocation) against the boost. */
	curve: { boost: number[]; boosted: number[]; other: number[] };
	chance: number;
}

export const BOOST_AXIS = Array.from({ length: 31 }, (_, i) => Math.round(i * 10) / 100);

/**
 * One event's input split into boosted and other cells, each sorted from largest to smallest.
 * The k winners for any boost are then the top k of the two lists merged (boosted ones shifted
 * up by the boost), found in k steps; the sorting is done once per event and boosted set.
 */
const splitCache = new Map<string, { boosted: Float64Array; other: Float64Array }>();
function splitEvent(boosted: Uint8Array, setKey: string, seed: number) {
	const key = `${setKey}|${seed}`;
	let split = splitCache.get(key);
	if (!split) {
		const x = eventInput(boosted.length, seed);
		const b: number[] = [];
		const o: number[] = [];
		for (let i = 0; i < x.length; i++) (boosted[i] ? b : o).push(x[i]);
		split = { boosted: Float64Array.from(b).sort().reverse(), other: Float64Array.from(o).sort().reverse() };
		if (splitCache.size > 2000) splitCache.clear();
		splitCache.set(key, split);
	}
	return split;
}

/** A key naming a boosted set (FNV-1a over the boosted cells' indices). */
function setKeyOf(boosted: Uint8Array): string {
	let h = 0x811c9dc5;
	let m = 0;
	for (let i = 0; i < boosted.length; i++) {
		if (!boosted[i]) continue;
		m++;
		h = Math.imul(h ^ i, 0x01000193) >>> 0;
	}
	return `${boosted.length}:${m}:${h}`;
}

/**
 * Monte Carlo probabilities of allocation for boosted and other cells over `events` events.
 * Same result as calling allocate() for each event (tested), but cheap when only the boost changes.
 */
export function simulateAllocation(
	boosted: Uint8Array,
	boost: number,
	k: number,
	events: number,
	seed: number
): { boosted: number; other: number } {
	const n = boosted.length;
	const setKey = setKeyOf(boosted);
	let nb = 0;
	for (let i = 0; i < n; i++) nb += boosted[i];
	let wonB = 0;
	let wonO = 0;
	for (let e = 0; e < events; e++) {
		const split = splitEvent(boosted, setKey, seed * 7919 + e);
		let i = 0;
		let j = 0;
		for (let c = 0; c < k; c++) {
			if (i < split.boosted.length && (j >= split.other.length || split.boosted[i] + boost > split.other[j])) i++;
			else j++;
		}
		wonB += i;
		wonO += j;
	}
	return {
		boosted: nb ? wonB / (nb * events) : 0,
		other: n - nb ? wonO / ((n - nb) * events) : 0
	};
}

export function run(params: Partial<Params>, options: { events?: number } = {}): AllocationResult {
	const boost = param(spec, params, 'boost');
	const f = param(spec, params, 'boosted') / 100;
	const sparsity = param(spec, params, 'size') / 100;
	const event = param(spec, params, 'event');
	const n = N_CELLS;
	const k = Math.max(1, Math.round(sparsity * n));
	const boosted = boostedCells(n, f);
	const bias = new Float64Array(n);
	for (let i = 0; i < n; i++) bias[i] = boosted[i] ? boost : 0;
	const engram = allocate(bias, k, event);
	const counts = { boostedWon: 0, boostedTotal: 0, otherWon: 0, otherTotal: 0 };
	for (let i = 0; i < n; i++) {
		if (boosted[i]) {
			counts.boostedTotal++;
			counts.boostedWon += engram[i];
		} else {
			counts.otherTotal++;
			counts.otherWon += engram[i];
		}
	}
	const events = options.events ?? 60;
	const sim = simulateAllocation(boosted, boost, k, events, 1000 + event);
	const fk = k / n;
	const curve = { boost: BOOST_AXIS, boosted: [] as number[], other: [] as number[] };
	for (const b of BOOST_AXIS) {
		const p = allocationProbability(counts.boostedTotal / n, b, fk);
		curve.boosted.push(p.boosted);
		curve.other.push(p.other);
	}
	return { n, k, boosted, engram, counts, simulated: { ...sim, events }, curve, chance: fk };
}
