/** Memory allocation and linking against the directions of effect the studies report (issue 6). */
import { describe, expect, it } from 'vitest';
import {
	allocate,
	allocationProbability,
	boostedCells,
	kthLargest,
	run,
	simulateAllocation,
	spec
} from '../../src/lib/models/memory-allocation';
import {
	expectedOverlap,
	pair,
	preparePair,
	run as runLinking,
	sharedCount,
	spec as linkingSpec
} from '../../src/lib/models/memory-linking';

function corners(s: { key: string; min: number; max: number }[]) {
	return s.reduce<Record<string, number>[]>(
		(acc, p) =>
			acc.flatMap((o) => [
				{ ...o, [p.key]: p.min },
				{ ...o, [p.key]: p.max }
			]),
		[{}]
	);
}

describe('k-winners-take-all', () => {
	it('finds the k-th largest value', () => {
		const xs = [5, 1, 9, 3, 7, 7, 2];
		expect(kthLargest(xs, 1)).toBe(9);
		expect(kthLargest(xs, 2)).toBe(7);
		expect(kthLargest(xs, 4)).toBe(5);
		expect(kthLargest(xs, 7)).toBe(1);
	});

	it('allocates exactly k cells', () => {
		for (const k of [1, 20, 40, 120]) {
			const e = allocate(new Float64Array(400), k, 3);
			expect(e.reduce((s, v) => s + v, 0)).toBe(k);
		}
	});
});

describe('allocation by excitability', () => {
	const boosted = boostedCells(400, 0.1);

	it('boosted cells are allocated more often than the rest, increasingly with the boost', () => {
		let previousGap = 0;
		for (const boost of [0.5, 1, 2, 3]) {
			const p = simulateAllocation(boosted, boost, 40, 300, 5);
			expect(p.boosted).toBeGreaterThan(p.other);
			expect(p.boosted - p.other).toBeGreaterThan(previousGap);
			previousGap = p.boosted - p.other;
		}
	});

	it('the fast Monte Carlo count equals running allocate() event by event', () => {
		for (const boost of [0, 0.7, 2.2]) {
			let won = 0;
			for (let e = 0; e < 30; e++) {
				const bias = Array.from(boosted, (b) => (b ? boost : 0));
				const engram = allocate(bias, 40, 3 * 7919 + e);
				engram.forEach((v, i) => (won += v && boosted[i] ? 1 : 0));
			}
			expect(simulateAllocation(boosted, boost, 40, 30, 3).boosted).toBeCloseTo(won / (40 * 30), 12);
		}
	});

	it('the simulation agrees with the mean-field probabilities', () => {
		const sim = simulateAllocation(boosted, 1.5, 40, 500, 9);
		const mf = allocationProbability(0.1, 1.5, 0.1);
		expect(Math.abs(sim.boosted - mf.boosted)).toBeLessThan(0.04);
		expect(Math.abs(sim.other - mf.other)).toBeLessThan(0.01);
	});

	it('mean field: with no boost both kinds of cell sit at chance k/N; the boosted rise, the rest fall', () => {
		const p0 = allocationProbability(0.1, 0, 0.1);
		expect(p0.boosted).toBeCloseTo(0.1, 6);
		expect(p0.other).toBeCloseTo(0.1, 6);
		const p2 = allocationProbability(0.1, 2, 0.1);
		expect(p2.boosted).toBeGreaterThan(0.1);
		expect(p2.other).toBeLessThan(0.1);
		// Conservation: the engram keeps its size.
		expect(0.1 * p2.boosted + 0.9 * p2.other).toBeCloseTo(0.1, 6);
	});

	it('with no boost every cell is equally likely: counts over events spread as chance predicts', () => {
		const n = 400;
		const k = 40;
		const events = 500;
		const counts = new Array(n).fill(0);
		for (let e = 0; e < events; e++) {
			const engram = allocate(new Float64Array(n), k, 100 + e);
			for (let i = 0; i < n; i++) counts[i] += engram[i];
		}
		const p = k / n;
		const expected = events * p;
		const variance = counts.reduce((s, c) => s + (c - expected) ** 2, 0) / n;
		// Each count is binomial(events, p) (slightly less spread because the total is fixed).
		const binomial = events * p * (1 - p);
		expect(variance / binomial).toBeGreaterThan(0.75);
		expect(variance / binomial).toBeLessThan(1.25);
		// Chi-square against uniform: 399 degrees of freedom, mean 399, sd about 28.
		const chi2 = counts.reduce((s, c) => s + (c - expected) ** 2 / expected, 0);
		expect(chi2).toBeLessThan(399 + 4 * 28.2);
		expect(Math.max(...counts)).toBeLessThan(expected + 6 * Math.sqrt(binomial));
	});

	it('run() reports finite numbers across the spec and is deterministic', () => {
		for (const params of corners(spec)) {
			const r = run(params, { events: 5 });
			const nums = [r.chance, r.simulated.boosted, r.simulated.other, ...r.curve.boosted, ...r.curve.other, ...Object.values(r.counts)];
			for (const v of nums) expect(Number.isFinite(v), JSON.stringify(params)).toBe(true);
			expect(r.engram.reduce((s, v) => s + v, 0)).toBe(r.k);
		}
		expect(run({ boost: 1.2, boosted: 20, size: 12, event: 4 })).toEqual(run({ boost: 1.2, boosted: 20, size: 12, event: 4 }));
	});
});

describe('memory linking across time', () => {
	it('overlap falls with the interval and tends to chance k/N', () => {
		const intervals = [0, 2, 5, 10, 24, 48, 96, 200];
		const o = intervals.map((t) => expectedOverlap(2, 8, t, 0.1));
		for (let i = 1; i < o.length; i++) expect(o[i]).toBeLessThan(o[i - 1]);
		expect(Math.abs(o[o.length - 1] - 0.1)).toBeLessThan(0.002);
	});

	it('at zero interval the overlap is well above chance (mean field and simulation)', () => {
		expect(expectedOverlap(2, 8, 0, 0.1)).toBeGreaterThan(3 * 0.1);
		let shared = 0;
		for (let s = 0; s < 50; s++) shared += pair(400, 40, 2, 8, 0, s).shared;
		expect(shared / (50 * 40)).toBeGreaterThan(3 * 0.1);
	});

	it('simulated pairs far apart in time share cells only at chance level', () => {
		let shared = 0;
		const pairs = 200;
		for (let s = 0; s < pairs; s++) shared += pair(400, 40, 2, 8, 500, s).shared;
		const mean = shared / pairs; // expected 40 * 40 / 400 = 4 shared cells
		expect(Math.abs(mean - 4)).toBeLessThan(0.6);
	});

	it('the fast shared-cell count equals a full re-allocation of event B', () => {
		for (const seed of [1, 2, 3, 4, 5]) {
			for (const interval of [0, 3, 10, 40]) {
				const left = 2 * Math.exp(-interval / 8);
				expect(sharedCount(preparePair(400, 40, seed), left, 40)).toBe(pair(400, 40, 2, 8, interval, seed).shared);
			}
		}
	});

	it('a slower decay keeps the engrams linked for longer', () => {
		expect(expectedOverlap(2, 24, 12, 0.1)).toBeGreaterThan(expectedOverlap(2, 4, 12, 0.1));
		expect(runLinking({ tau: 24 }).halfway).toBeGreaterThan(runLinking({ tau: 4 }).halfway);
	});

	it('with no rise in excitability there is no linking', () => {
		expect(expectedOverlap(0, 8, 0, 0.1)).toBeCloseTo(0.1, 6);
	});

	it('run() reports finite numbers across the spec and is deterministic', () => {
		for (const params of corners(linkingSpec)) {
			const r = runLinking(params, { pairs: 1 });
			const nums = [r.chance, r.halfway, r.example.shared, r.example.expected, ...r.curve.overlap, ...r.simulated.overlap];
			for (const v of nums) expect(Number.isFinite(v), JSON.stringify(params)).toBe(true);
		}
		expect(runLinking({ tau: 10, interval: 7 })).toEqual(runLinking({ tau: 10, interval: 7 }));
	});
});
