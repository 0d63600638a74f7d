/**
 * How figures write numbers, in one place, in the reader's language (Intl, never string
 * replacement). Every function takes a finite number and returns text; a non-finite input gives
 * "–" rather than "NaN" or "Infinity" on the page. The last argument is the locale, by default the
 * page's (getLocale()).
 *                      English       Spanish
 *   fixed(0.1234, 2)   "0.12"        "0,12"       (never "-0.00"; no grouping)
 *   grouped(12345.5)   "12,345.5"    "12.345,5"   (thousands separators as the language writes them)
 *   percent(0.425)     "43%"         "43 %"       a FRACTION (0..1) written as a percentage
 *                                                 (Spanish: a non-breaking space before %)
 *   signed(0.012, 1)   "+0.0"        "+0,0"       with a true minus sign "−" for negatives
 *   date(new Date())   "3 December 2026"  "3 de diciembre de 2026"
 */
import { getLocale } from '../paraglide/runtime.js';

const NOT_A_NUMBER = '–';

/** Round half away from zero at `digits` decimals (Math.round rounds -2.5 to -2). */
function round(x: number, digits: number): number {
	const f = 10 ** digits;
	return (Math.sign(x) * Math.round(Math.abs(x) * f)) / f;
}

const formatters = new Map<string, Intl.NumberFormat>();
/** One Intl.NumberFormat per language and options, made on first use (making one is the costly part). */
function cached(locale: string, name: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = `${locale}|${name}`;
	let f = formatters.get(key);
	if (!f) {
		f = new Intl.NumberFormat(locale, options);
		formatters.set(key, f);
	}
	return f;
}

function numberFormat(locale: string, digits: number, grouping: boolean): Intl.NumberFormat {
	// 'auto': the language's own rule (Spanish groups only from five digits: 1234,5 but 12.345,5).
	return cached(locale, `${digits}|${grouping}`, {
		minimumFractionDigits: digits,
		maximumFractionDigits: digits,
		useGrouping: grouping ? 'auto' : false
	});
}

/**
 * As many decimals as `x` has, never grouped ("0,31", "1234,5" in Spanish): a data table's cell, a
 * chart's read-out. The same as `x.toLocaleString(locale, …)`, with the formatter made once per
 * language (toLocaleString makes one on every call, and a live figure writes hundreds of numbers).
 */
export function plain(x: number, locale: string = getLocale()): string {
	if (!Number.isFinite(x)) return NOT_A_NUMBER;
	return cached(locale, 'plain', { maximumFractionDigits: 20, useGrouping: false }).format(x);
}

/** `x` rounded, without a negative zero. */
function rounded(x: number, digits: number): number {
	const r = round(x, digits);
	return Object.is(r, -0) || r === 0 ? 0 : r;
}

/** Exactly `digits` decimals, no grouping; "-0.0" is written "0.0". */
export function fixed(x: number, digits = 1, locale: string = getLocale()): string {
	if (!Number.isFinite(x)) return NOT_A_NUMBER;
	return numberFormat(locale, digits, false).format(rounded(x, digits));
}

/** Exactly `digits` decimals with the language's thousands separators ("1,234.5"). */
export function grouped(x: number, digits = 1, locale: string = getLocale()): string {
	if (!Number.isFinite(x)) return NOT_A_NUMBER;
	return numberFormat(locale, digits, true).format(rounded(x, digits));
}

/** What a language puts between a number and its percent sign ("" in English, a no-break space in Spanish). */
function percentSpacing(locale: string): { before: string; after: string } {
	const parts = cached(locale, 'percent', { style: 'percent' }).formatToParts(0.5);
	const sign = parts.findIndex((p) => p.type === 'percentSign');
	const number = parts.findIndex((p) => p.type === 'integer');
	const between = parts
		.slice(Math.min(sign, number) + 1, Math.max(sign, number))
		.map((p) => p.value)
		.join('');
	return sign > number ? { before: '', after: between } : { before: between, after: '' };
}

/** A fraction (0.425) as a percentage ("43%", or "42.5%" with digits = 1; "43 %" in Spanish). */
export function percent(fraction: number, digits = 0, locale: string = getLocale()): string {
	if (!Number.isFinite(fraction)) return NOT_A_NUMBER;
	const { before, after } = percentSpacing(locale);
	const text = fixed(fraction * 100, digits, locale);
	return before ? `%${before}${text}` : `${text}${after}%`;
}

/** A signed difference: "+1.2", "−1.2" (U+2212 minus), "+0.0" for zero. */
export function signed(x: number, digits = 1, locale: string = getLocale()): string {
	if (!Number.isFinite(x)) return NOT_A_NUMBER;
	const r = rounded(Math.abs(x), digits);
	return `${x < 0 && r !== 0 ? '−' : '+'}${fixed(r, digits, locale)}`;
}

/** A calendar date in words ("3 December 2026", "3 de diciembre de 2026"). */
export function date(d: Date, locale: string = getLocale()): string {
	if (Number.isNaN(d.getTime())) return NOT_A_NUMBER;
	// The site's English is British: day before month, as seeds' longDate writes it.
	return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(d);
}
