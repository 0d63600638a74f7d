import { describe, expect, it } from 'vitest';
import { date, fixed, grouped, percent, plain, signed } from '../../src/lib/ui/format';

describe('fixed', () => {
	it.each([
		[0.1234, 2, '0.12'],
		[2.5, 0, '3'],
		[-2.5, 0, '-3'],
		[1.25, 1, '1.3'],
		[-0.0001, 1, '0.0'],
		[-0, 0, '0'],
		[1234.5, 1, '1234.5']
	])('fixed(%d, %d) is %j', (x, d, text) => expect(fixed(x, d)).toBe(text));
	it.each([NaN, Infinity, -Infinity])('writes %d as a dash', (x) => expect(fixed(x)).toBe('–'));
});

describe('grouped', () => {
	it('groups thousands', () => expect(grouped(1234.5)).toBe('1,234.5'));
	it('never writes a negative zero', () => expect(grouped(-0.01, 1)).toBe('0.0'));
	it('defaults to one decimal', () => expect(grouped(3)).toBe('3.0'));
});

describe('percent', () => {
	it('reads its input as a fraction', () => {
		expect(percent(0.425)).toBe('43%');
		expect(percent(0.425, 1)).toBe('42.5%');
		expect(percent(1)).toBe('100%');
		expect(percent(0)).toBe('0%');
	});
	it('writes a non-number as a dash', () => expect(percent(NaN)).toBe('–'));
});

describe('signed', () => {
	it('writes plus and a true minus', () => {
		expect(signed(1.23)).toBe('+1.2');
		expect(signed(-1.23)).toBe('−1.2');
	});
	it('writes a rounded zero as +0', () => expect(signed(-0.01, 1)).toBe('+0.0'));
});

describe('in Spanish', () => {
	it('writes a decimal comma', () => {
		expect(fixed(0.3125, 2, 'es')).toBe('0,31');
		expect(fixed(-2.5, 0, 'es')).toBe('-3');
		expect(fixed(-0.0001, 1, 'es')).toBe('0,0');
	});
	it('groups thousands with a point from five digits, as Spanish does', () => {
		expect(grouped(12345.5, 1, 'es')).toBe('12.345,5');
		expect(grouped(1234.5, 1, 'es')).toBe('1234,5');
	});
	it('puts a non-breaking space before the percent sign', () => {
		expect(percent(0.83, 0, 'es')).toBe('83\u00a0%');
		expect(percent(0.425, 1, 'es')).toBe('42,5\u00a0%');
	});
	it('signs with a true minus', () => expect(signed(-1.23, 1, 'es')).toBe('−1,2'));
	it('writes dates in words', () => {
		expect(date(new Date(2026, 11, 3), 'es')).toBe('3 de diciembre de 2026');
		expect(date(new Date(2026, 11, 3), 'en')).toBe('3 December 2026');
	});
	it('writes a non-number as a dash', () => expect(percent(NaN, 0, 'es')).toBe('–'));
});

describe('plain', () => {
	it('writes every decimal the number has, never grouped, as toLocaleString would', () => {
		for (const locale of ['en', 'es']) {
			for (const x of [0, 0.31, -65.1, 1234.5, 12345.678, 1e-7, 2 ** 40]) {
				expect(plain(x, locale), `${locale} ${x}`).toBe(x.toLocaleString(locale, { maximumFractionDigits: 20, useGrouping: false }));
			}
		}
		expect(plain(12345.5, 'es')).toBe('12345,5');
		expect(plain(0.31, 'en')).toBe('0.31');
	});
	it('gives a dash for what is not a number', () => {
		expect(plain(NaN)).toBe('–');
		expect(plain(Infinity)).toBe('–');
	});
});
