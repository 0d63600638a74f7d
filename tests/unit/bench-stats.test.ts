// The bench's median Lighthouse run (bench/lib/stats.mjs): the figure README and the issues quote.
import { describe, expect, it } from 'vitest';
import { medianRun } from '../../bench/lib/stats.mjs';

const run = (performance: number, tbtMs: number) => ({ url: 'u', performance, tbtMs });

describe('medianRun', () => {
	it('keeps a single run as it is', () => {
		expect(medianRun([run(98, 140)])).toEqual(run(98, 140));
	});

	it('keeps the middle run by score, then by blocking time, and lists every run', () => {
		const m = medianRun([run(100, 28), run(99, 101), run(100, 88), run(100, 29), run(99, 101)]);
		expect(m).toMatchObject({ performance: 100, tbtMs: 88, runs: 5 });
		expect(m.tbtRuns).toEqual([28, 101, 88, 29, 101]);
		expect(m.performanceRuns).toEqual([100, 99, 100, 100, 99]);
	});

	it('of an even number, keeps the worse of the two middle runs', () => {
		expect(medianRun([run(100, 50), run(100, 120), run(98, 160), run(100, 30)])).toMatchObject({ tbtMs: 120 });
	});

	it('counts a failed run as the worst, and leaves it out of the lists', () => {
		const m = medianRun([{ url: 'u', error: 'timed out' }, run(100, 40), run(97, 170)]);
		expect(m).toMatchObject({ performance: 97, tbtMs: 170 });
		expect(m.tbtRuns).toEqual([40, 170]);
	});
});
