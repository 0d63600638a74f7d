import { describe, expect, it } from 'vitest';
import { NARROW_CANVAS, rasterLayout } from '../../src/lib/figures/inhibitory-plasticity/assembly/raster-layout';

const rows = { cued: 20, assembly: 40, e: 120, i: 30 };

describe('rasterLayout', () => {
	it('keeps every row inside the plot, in order, with a gap after the assembly and after E', () => {
		for (const w of [280, 390, 800]) {
			const l = rasterLayout(w, 220, rows);
			const tops = Array.from({ length: rows.e + rows.i }, (_, r) => l.yOf(r));
			for (let r = 1; r < tops.length; r++) expect(tops[r]).toBeGreaterThan(tops[r - 1]);
			expect(tops[0]).toBeGreaterThanOrEqual(0);
			expect(tops[tops.length - 1] + l.rowH).toBeLessThanOrEqual(l.plotH + 2 + 1e-9);
			expect(l.yOf(rows.assembly) - l.yOf(rows.assembly - 1)).toBeCloseTo(l.rowH + l.gap);
			expect(l.yOf(rows.e) - l.yOf(rows.e - 1)).toBeCloseTo(l.rowH + l.gap);
			expect(l.left + l.plotW).toBeLessThanOrEqual(w);
		}
	});
	it('uses a slightly narrower label margin on narrow canvases', () => {
		expect(rasterLayout(NARROW_CANVAS - 1, 220, rows).left).toBeLessThan(rasterLayout(NARROW_CANVAS, 220, rows).left);
	});
	it('survives an empty network (no division by zero)', () => {
		const l = rasterLayout(390, 220, { cued: 0, assembly: 0, e: 0, i: 0 });
		expect(Number.isFinite(l.rowH)).toBe(true);
	});
});
