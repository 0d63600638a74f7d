import { describe, expect, it } from 'vitest';
import { decimalsOf, defaults, formatValue, sanitize, type ParamSpec } from '../../src/lib/models/types';

const p: ParamSpec = { key: 'x', label: 'X', unit: 'ms', min: 0, max: 1, step: 0.1, default: 0.5, meaning: '' };

describe('ParamSpec helpers', () => {
	it('counts decimals from the step', () => {
		expect(decimalsOf(1)).toBe(0);
		expect(decimalsOf(0.05)).toBe(2);
		expect(decimalsOf(1e-7)).toBe(7);
	});

	it('sanitizes: clamp, snap, no float noise, default for non-finite', () => {
		expect(sanitize(p, 0.30000000000000004)).toBe(0.3);
		expect(sanitize(p, 7)).toBe(1);
		expect(sanitize(p, -7)).toBe(0);
		expect(sanitize(p, NaN)).toBe(0.5);
		expect(sanitize(p, Infinity)).toBe(0.5);
	});

	it('snaps to the nearest grid point when max is off the grid, and never past max', () => {
		// Grid 0, 0.3, 0.6, 0.9 under max 1: the max itself snaps down to 0.9.
		const odd: ParamSpec = { ...p, min: 0, max: 1, step: 0.3 };
		expect(sanitize(odd, 1)).toBe(0.9);
		expect(sanitize(odd, 0.74)).toBe(0.6);
		expect(sanitize(odd, 0.76)).toBe(0.9);
		// Grid 0, 0.4, 0.8 (1.2) under max 1: 1 rounds to 1.2, which is clamped back to max.
		const half: ParamSpec = { ...p, min: 0, max: 1, step: 0.4 };
		expect(sanitize(half, 1)).toBe(1);
		expect(sanitize(half, 0.9)).toBe(0.8);
		// Every value in range lands inside it.
		for (let v = -0.5; v <= 1.5; v += 0.01) {
			for (const spec of [odd, half]) {
				const out = sanitize(spec, v);
				expect(out).toBeGreaterThanOrEqual(0);
				expect(out).toBeLessThanOrEqual(1);
			}
		}
	});

	it('formats with unit', () => {
		expect(formatValue(p, 0.3)).toBe('0.3 ms');
		expect(formatValue({ ...p, unit: '' }, 0.3)).toBe('0.3');
	});

	it('builds defaults', () => {
		expect(defaults([p])).toEqual({ x: 0.5 });
	});
});
