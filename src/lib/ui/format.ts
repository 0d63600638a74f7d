/**
 * How figures write numbers, in one place, in the reader's language. Every function takes a finite
 * number and returns text; a non-finite input gives "–" rather than "NaN" or "Infinity" on the page.
 * The last argument is the locale, by default the page's (getLocale()).
 *
 * The site's two languages are written from their conventions below (WRITTEN), the same text Intl
 * writes (tests/unit/format.test.ts compares the two over thousands of numbers and dates); any
 * other locale goes to Intl. Why not Intl for all: a page's first Intl number or date format loads
 * the browser's locale data, 20–30 ms measured in Chromium (four times that on Lighthouse's
 * throttled phone), paid inside the task that formats: on the teachers' page that was its hydration
 * (the figure cards' blurbs quote reported numbers), elsewhere a figure's first draw.
 *                      English       Spanish
 *   fixed(0.1234, 2)   "0.12"        "0,12"       (never "-0.00"; no grouping)
 *   grouped(12345.5)   "12,345.5"    "12.345,5"   (thousands separators as the language writes them)
 *   percent(0.425)     "43%"         "43 %"       a FRACTION (0..1) written as a percentage
 *                                                 (Spanish: a non-breaking space before %)
 *   signed(0.012, 1)   "+0.0"        "+0,0"       with a true minus sign "−" for negatives
 *   date(new Date())   "3 December 2026"  "3 de diciembre de 2026"
 */
import { ENGLISH_MONTHS } from '$seeds/types';
import { getLocale } from '../paraglide/runtime.js';

const NOT_A_NUMBER = '–';

/** Round half away from zero at `digits` decimals (Math.round rounds -2.5 to -2). */
function round(x: number, digits: number): number {
	const f = 10 ** digits;
	return (Math.sign(x) * Math.round(Math.abs(x) * f)) / f;
}

/** How a language writes numbers and dates: what Intl writes for it, so the two cannot be told apart. */
interface Written {
	decimal: string;
	group: string;
	/** Integer digits from which thousands are grouped ('auto': Spanish writes 1234,5 but 12.345,5). */
	groupFrom: number;
	/** Between a number and its percent sign. */
	percentGap: string;
	/** A calendar date from its day, month name and year. */
	date: (day: number, month: string, year: number) => string;
	months: readonly string[];
}

const WRITTEN: Record<string, Written> = {
	// The site's English is British: day before month.
	en: {
		decimal: '.',
		group: ',',
		groupFrom: 4,
		percentGap: '',
		date: (d, m, y) => `${d} ${m} ${y}`,
		months: ENGLISH_MONTHS
	},
	es: {
		decimal: ',',
		group: '.',
		groupFrom: 5,
		percentGap: '\u00a0',
		date: (d, m, y) => `${d} de ${m} de ${y}`,
		months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre']
	}
};

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

/** `r` (already rounded to `digits`) with exactly `digits` decimals, grouped or not. */
function write(r: number, digits: number, grouping: boolean, locale: string): string {
	const w = WRITTEN[locale];
	// The shortest digits that give back r (as Intl reads a number), padded to `digits` decimals; an
	// exponent (below 1e-7, from 1e21) or more decimals than asked for (r too large to hold them) go to Intl.
	const [whole, decimals = ''] = String(Math.abs(r)).split('.');
	if (!w || whole.includes('e') || decimals.includes('e') || decimals.length > digits) {
		// 'auto': the language's own rule for when to group.
		const options = { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: grouping ? ('auto' as const) : false };
		return cached(locale, `${digits}|${grouping}`, options).format(r);
	}
	const int = grouping && whole.length >= w.groupFrom ? whole.replace(/\B(?=(\d{3})+$)/g, w.group) : whole;
	return `${r < 0 ? '-' : ''}${int}${digits ? `${w.decimal}${decimals.padEnd(digits, '0')}` : ''}`;
}

/**
 * As many decimals as `x` has, never grouped ("0,31", "1234,5" in Spanish): a data table's cell, a
 * chart's read-out. The same as `x.toLocaleString(locale, { maximumFractionDigits: 20 })`.
 */
export function plain(x: number, locale: string = getLocale()): string {
	if (!Number.isFinite(x)) return NOT_A_NUMBER;
	const w = WRITTEN[locale];
	// JavaScript's shortest round-trip digits, as Intl writes them, unless they come as an exponent
	// (below 1e-7, from 1e21) or with more than the 20 decimals Intl keeps.
	if (Object.is(x, -0)) return '-0';
	const text = String(x);
	if (w && !text.includes('e') && (text.split('.')[1]?.length ?? 0) <= 20) return text.replace('.', w.decimal);
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
	return write(rounded(x, digits), digits, false, locale);
}

/** Exactly `digits` decimals with the language's thousands separators ("1,234.5"). */
export function grouped(x: number, digits = 1, locale: string = getLocale()): string {
	if (!Number.isFinite(x)) return NOT_A_NUMBER;
	return write(rounded(x, digits), digits, true, locale);
}

/** What a language puts between a number and its percent sign ("" in English, a no-break space in Spanish). */
function percentSpacing(locale: string): { before: string; after: string } {
	const w = WRITTEN[locale];
	if (w) return { before: '', after: w.percentGap };
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

/** A calendar date in words ("3 December 2026", "3 de diciembre de 2026"), in the date's own time zone. */
export function date(d: Date, locale: string = getLocale()): string {
	if (Number.isNaN(d.getTime())) return NOT_A_NUMBER;
	const w = WRITTEN[locale];
	if (w) return w.date(d.getDate(), w.months[d.getMonth()], d.getFullYear());
	return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(d);
}

/** An ISO date as the seeds give it ("2025-07-18") in words, as that calendar day (no time zone involved). */
export function isoDate(iso: string, locale: string = getLocale()): string {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!m) return iso;
	return date(new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])), locale);
}
