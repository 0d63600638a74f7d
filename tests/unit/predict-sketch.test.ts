import { describe, expect, it } from 'vitest';
import { compareSketch, decodeSketch, encodeSketch, snapValue, startSketch, type SketchSpec } from '$lib/figure-kit/predict/sketch';
import { nearestColumn, sketchKey, strokePoints } from '$lib/charts/predict/sketch-input';
import { mulberry32 } from '$lib/models/random';
import { FEAR_SKETCH } from '$lib/figures/astrocytes-fear-extinction/predict';
import { LINKING_SKETCH } from '$lib/figures/intrinsic-excitability/predict';
import { RETRO_SKETCH } from '$lib/figures/emotional-memory-integration/predict';
import { NETWORK_SKETCH } from '$lib/figures/inhibitory-plasticity/predict';

const SPECS: [string, SketchSpec][] = [
	['fear', FEAR_SKETCH],
	['linking', LINKING_SKETCH],
	['retro', RETRO_SKETCH],
	['network', NETWORK_SKETCH],
	// More than 36 levels: two characters a point.
	['fine', { xs: [0, 1, 2], min: -1, max: 1, step: 0.01, bigStep: 0.1, start: 0 }]
];

describe('sketch values', () => {
	it('snaps to the grid and clamps; non-finite gives the start', () => {
		expect(snapValue(FEAR_SKETCH, 42)).toBe(40);
		expect(snapValue(FEAR_SKETCH, 43)).toBe(45);
		expect(snapValue(FEAR_SKETCH, -7)).toBe(0);
		expect(snapValue(FEAR_SKETCH, 1e9)).toBe(100);
		expect(snapValue(FEAR_SKETCH, NaN)).toBe(50);
		expect(snapValue(LINKING_SKETCH, 0.1 + 0.2)).toBe(0.3);
	});
});

describe('sketch in a link', () => {
	it.each(SPECS)('%s: every grid sketch survives encode → decode', (_, spec) => {
		const rand = mulberry32(7);
		const levels = Math.round((spec.max - spec.min) / spec.step);
		for (let n = 0; n < 200; n++) {
			const values = spec.xs.map(() => snapValue(spec, spec.min + Math.floor(rand() * (levels + 1)) * spec.step));
			const token = encodeSketch(spec, values);
			expect(token).toMatch(/^[0-9a-z]+$/);
			expect(decodeSketch(spec, token)).toEqual(values);
		}
	});

	it('is compact: one character a point up to 36 levels', () => {
		expect(encodeSketch(FEAR_SKETCH, startSketch(FEAR_SKETCH))).toHaveLength(FEAR_SKETCH.xs.length);
		expect(
			encodeSketch(
				FEAR_SKETCH,
				FEAR_SKETCH.xs.map((_, i) => (i % 2 ? 100 : 0))
			)
		).toBe('0k0k0k0k0k0k0k0');
	});

	it.each(SPECS)('%s: garbage gives undefined (the caller keeps the start), never NaN or a throw', (_, spec) => {
		const rand = mulberry32(11);
		const alphabet = '0123456789abcdefghijklmnopqrstuvwxyzZ-_.%!é 😀\u0000';
		const bad = [null, undefined, '', ' ', 'NaN', 'Infinity', '-1', '1e9', '%%', 'x'.repeat(5000), '😀'.repeat(spec.xs.length)];
		for (let n = 0; n < 500; n++) {
			const len = Math.floor(rand() * 40);
			bad.push(Array.from({ length: len }, () => alphabet[Math.floor(rand() * alphabet.length)]).join(''));
		}
		for (const token of bad) {
			const out = decodeSketch(spec, token);
			if (out === undefined) continue;
			// A token of the right shape is read, clamped to the grid.
			expect(out).toHaveLength(spec.xs.length);
			for (const v of out) {
				expect(Number.isFinite(v)).toBe(true);
				expect(v).toBeGreaterThanOrEqual(spec.min);
				expect(v).toBeLessThanOrEqual(spec.max);
			}
		}
	});

	it('a count past the top level is clamped to the maximum', () => {
		expect(decodeSketch(RETRO_SKETCH, 'zzzzz')).toEqual([100, 100, 100, 100, 100]);
		expect(decodeSketch(RETRO_SKETCH, 'ZZZZZ')).toEqual([100, 100, 100, 100, 100]);
		expect(decodeSketch(RETRO_SKETCH, 'zzzz')).toBeUndefined();
	});
});

describe('compareSketch', () => {
	it('finds the furthest point, its direction and the overall bias', () => {
		const c = compareSketch([10, 50, 30], [10, 20, 35], 10);
		expect(c).toMatchObject({ close: false, worst: 1, diff: 30 });
		expect(c.bias).toBeCloseTo(25 / 3);
		expect(compareSketch([12, 18], [10, 20], 5).close).toBe(true);
	});
});

describe('keys and pointer for a sketch', () => {
	const steps = { step: 5, bigStep: 20 };
	it('arrows move between points and change values; Page keys take bigger steps; Home/End jump', () => {
		expect(sketchKey({ key: 'ArrowRight' }, 2, 5, steps)).toEqual({ kind: 'point', index: 3 });
		expect(sketchKey({ key: 'ArrowRight' }, 4, 5, steps)).toEqual({ kind: 'point', index: 4 });
		expect(sketchKey({ key: 'ArrowLeft' }, 0, 5, steps)).toEqual({ kind: 'point', index: 0 });
		expect(sketchKey({ key: 'ArrowUp' }, 0, 5, steps)).toEqual({ kind: 'value', delta: 5 });
		expect(sketchKey({ key: 'PageDown' }, 0, 5, steps)).toEqual({ kind: 'value', delta: -20 });
		expect(sketchKey({ key: 'End' }, 0, 5, steps)).toEqual({ kind: 'point', index: 4 });
		expect(sketchKey({ key: 'ArrowUp', ctrlKey: true }, 0, 5, steps)).toBeUndefined();
		expect(sketchKey({ key: 's' }, 0, 5, steps)).toBeUndefined();
	});
	it('a stroke sets every point it crosses, on the line between its ends', () => {
		expect(nearestColumn([10, 50, 90], 62)).toBe(1);
		expect(nearestColumn([], 62)).toBe(-1);
		expect(strokePoints({ index: 0, value: 0 }, { index: 3, value: 30 })).toEqual([
			{ index: 1, value: 10 },
			{ index: 2, value: 20 },
			{ index: 3, value: 30 }
		]);
		expect(strokePoints({ index: 3, value: 30 }, { index: 1, value: 10 })).toEqual([
			{ index: 2, value: 20 },
			{ index: 1, value: 10 }
		]);
	});
});
