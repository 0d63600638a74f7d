import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { date, fixed, grouped, isoDate, percent, plain, signed } from '../../src/lib/ui/format';
import { longDate } from '../../seeds/types';

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

describe('the two languages are written as Intl writes them (format.ts writes them without it)', () => {
	const intl = (locale: string, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options);
	// Numbers of every size a figure shows, negative and tiny ones, halves (rounding) and near-integers.
	const numbers = fc.oneof(
		fc.double({ min: -1e7, max: 1e7, noNaN: true }),
		fc.double({ min: -1, max: 1, noNaN: true }),
		fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 8),
		fc.double({ min: -1e22, max: 1e22, noNaN: true }),
		fc.constantFrom(0, -0, 0.5, 1.005, 999.95, 9999.95, 99999.95, 1e21, 2 ** 53, 1e-7, 1.2345678901234568e-5)
	);
	const digits = fc.integer({ min: 0, max: 4 });
	const locales = fc.constantFrom('en', 'es');
	// format.ts rounds half away from zero first, then writes; Intl is given the same rounded number.
	const round = (x: number, d: number) => {
		const r = (Math.sign(x) * Math.round(Math.abs(x) * 10 ** d)) / 10 ** d;
		return r === 0 ? 0 : r;
	};

	it('fixed and grouped', () => {
		fc.assert(
			fc.property(numbers, digits, locales, (x, d, locale) => {
				const r = round(x, d);
				const options = { minimumFractionDigits: d, maximumFractionDigits: d };
				expect(fixed(x, d, locale)).toBe(intl(locale, { ...options, useGrouping: false }).format(r));
				expect(grouped(x, d, locale)).toBe(intl(locale, { ...options, useGrouping: 'auto' }).format(r));
			}),
			{ numRuns: 3000 }
		);
	});

	it('plain', () => {
		fc.assert(
			fc.property(numbers, locales, (x, locale) => {
				expect(plain(x, locale)).toBe(intl(locale, { maximumFractionDigits: 20, useGrouping: false }).format(x));
			}),
			{ numRuns: 3000 }
		);
	});

	it('percent', () => {
		fc.assert(
			fc.property(fc.double({ min: -2, max: 2, noNaN: true }), fc.constantFrom(0, 1), locales, (x, d, locale) => {
				const r = round(x * 100, d) / 100;
				const options = { style: 'percent' as const, minimumFractionDigits: d, maximumFractionDigits: d, useGrouping: false };
				expect(percent(x, d, locale)).toBe(intl(locale, options).format(r));
			}),
			{ numRuns: 2000 }
		);
	});

	it('dates, every day of a leap year and a plain one', () => {
		for (const locale of ['en', 'es']) {
			const words = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { day: 'numeric', month: 'long', year: 'numeric' });
			for (const year of [2024, 2026]) {
				for (let day = 0; day < 366; day++) {
					const d = new Date(year, 0, 1 + day);
					expect(date(d, locale)).toBe(words.format(d));
				}
			}
		}
	});

	it('another locale still goes to Intl', () => {
		expect(grouped(12345.5, 1, 'de')).toBe('12.345,5');
		expect(percent(0.5, 0, 'fr')).toBe(new Intl.NumberFormat('fr', { style: 'percent' }).format(0.5));
		expect(date(new Date(2026, 11, 3), 'de')).toBe('3. Dezember 2026');
	});
});

describe('isoDate', () => {
	it('writes a seed date in words, that calendar day in any time zone, in both languages', () => {
		expect(isoDate('2025-07-18', 'en')).toBe('18 July 2025');
		expect(isoDate('2025-07-18', 'es')).toBe('18 de julio de 2025');
		expect(isoDate('2025-01-01', 'en')).toBe('1 January 2025');
	});
	it('agrees with the seeds’ own English form', () => {
		for (const iso of ['2025-08-09', '2024-02-29', '2026-12-31']) expect(isoDate(iso, 'en')).toBe(longDate(iso));
	});
	it('gives back what is not an ISO date as it came', () => expect(isoDate('July 2025', 'en')).toBe('July 2025'));
});
