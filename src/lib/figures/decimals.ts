import { fixed } from '$lib/ui/format';

/**
 * `x.toFixed(digits)`, the rounding the figures have always shown (of the stored binary value, so
 * 0.1825 gives "0.182"), written the reader's way by ui/format ("0,182" in Spanish). ui/format's
 * `fixed` rounds halves away from zero instead; this keeps the English figures unchanged.
 */
export function decimals(x: number, digits: number): string {
	return fixed(Number.isFinite(x) ? Number(x.toFixed(digits)) : x, digits);
}
