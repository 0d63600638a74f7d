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

	it('keeps a max that is off the step grid reachable but never exceeded', () => {
		const odd: ParamSpec = { ...p, min: 0, max: 1, step: 0.3 };
		expect(sanitize(odd, 1)).toBeLessThanOrEqual(1);
	});

	it('formats with unit', () => {
		expect(formatValue(p, 0.3)).toBe('0.3 ms');
		expect(formatValue({ ...p, unit: '' }, 0.3)).toBe('0.3');
	});

	it('builds defaults', () => {
		expect(defaults([p])).toEqual({ x: 0.5 });
	});
});
