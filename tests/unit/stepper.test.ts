import { describe, expect, it } from 'vitest';
import { stepIndex, stepper } from '../../src/lib/figure-kit/stepper';

function record(presets: readonly string[]) {
	const applied: string[] = [];
	const next = stepper((p: string) => applied.push(p), presets);
	return { applied, next };
}

describe('stepper', () => {
	it('never applies a preset for the first value (a shared link keeps its settings)', () => {
		for (const first of [0, 2, undefined]) {
			const { applied, next } = record(['a', 'b', 'c']);
			next(first);
			expect(applied).toEqual([]);
		}
	});
	it('applies the preset of each new step, once', () => {
		const { applied, next } = record(['a', 'b', 'c']);
		next(0);
		next(1);
		next(1);
		next(0);
		expect(applied).toEqual(['b', 'a']);
	});
	it('applies a step that arrives after mount (an embed\u2019s step=N)', () => {
		const { applied, next } = record(['a', 'b', 'c']);
		next(0);
		next(2);
		expect(applied).toEqual(['c']);
	});
	it('clamps steps past either end and ignores non-numbers', () => {
		const { applied, next } = record(['a', 'b']);
		next(0);
		next(9);
		next(-3);
		next(undefined);
		next(NaN);
		expect(applied).toEqual(['b', 'a']);
	});
	it('hands the first value to `first` when given, later changes to `apply`', () => {
		const applied: string[] = [];
		const firsts: string[] = [];
		const next = stepper(
			(p: string) => applied.push(p),
			['a', 'b', 'c'],
			(p: string) => firsts.push(p)
		);
		next(1);
		next(1);
		next(2);
		expect(firsts).toEqual(['b']);
		expect(applied).toEqual(['c']);
	});
	it('gives `first` nothing for a missing first step', () => {
		const firsts: string[] = [];
		const next = stepper(
			() => {},
			['a'],
			(p: string) => firsts.push(p)
		);
		next(undefined);
		expect(firsts).toEqual([]);
	});
	it('passes the clamped index with the preset', () => {
		const seen: number[] = [];
		const next = stepper((_p: string, i: number) => seen.push(i), ['a', 'b']);
		next(0);
		next(5);
		expect(seen).toEqual([1]);
	});
});

describe('stepIndex', () => {
	it('clamps and rounds to a valid index', () => {
		expect(stepIndex(2.6, 7)).toBe(3);
		expect(stepIndex(-1, 7)).toBe(0);
		expect(stepIndex(99, 4)).toBe(3);
	});
	it('falls back to the last step (the full view) for a missing or bad step', () => {
		expect(stepIndex(undefined, 7)).toBe(6);
		expect(stepIndex(NaN, 4)).toBe(3);
		expect(stepIndex(undefined, 4, 0)).toBe(0);
	});
});
