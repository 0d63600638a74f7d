/**
 * How figures write numbers, in one place. Every function takes a finite number and returns text;
 * a non-finite input gives "–" rather than "NaN" or "Infinity" on the page.
 *   fixed(0.1234, 2)   "0.12"      (never "-0.00")
 *   grouped(1234.5)    "1,234.5"   (English thousands separators)
 *   percent(0.425)     "43%"       a FRACTION (0..1) written as a percentage
 *   signed(0.012, 1)   "+0.0"      with a true minus sign "−" for negatives
 */
const NOT_A_NUMBER = '–';

/** Round half away from zero at `digits` decimals (Math.round rounds -2.5 to -2). */
function round(x: number, digits: number): number {
	const f = 10 ** digits;
	return (Math.sign(x) * Math.round(Math.abs(x) * f)) / f;
}

/** Exactly `digits` decimals, no grouping; "-0.0" is written "0.0". */
export function fixed(x: number, digits = 1): string {
	if (!Number.isFinite(x)) return NOT_A_NUMBER;
	const r = round(x, digits);
	return (Object.is(r, -0) ? 0 : r).toFixed(digits).replace(/^-(0\.?0*)$/, '$1');
}

/** Exactly `digits` decimals with English thousands separators ("1,234.5"). */
export function grouped(x: number, digits = 1): string {
	if (!Number.isFinite(x)) return NOT_A_NUMBER;
	const r = round(x, digits);
	return (Object.is(r, -0) ? 0 : r).toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A fraction (0.425) as a percentage ("43%", or "42.5%" with digits = 1). */
export function percent(fraction: number, digits = 0): string {
	if (!Number.isFinite(fraction)) return NOT_A_NUMBER;
	return `${fixed(fraction * 100, digits)}%`;
}

/** A signed difference: "+1.2", "−1.2" (U+2212 minus), "+0.0" for zero. */
export function signed(x: number, digits = 1): string {
	if (!Number.isFinite(x)) return NOT_A_NUMBER;
	const text = fixed(Math.abs(x), digits);
	return `${x < 0 && Number(text) !== 0 ? '−' : '+'}${text}`;
}
