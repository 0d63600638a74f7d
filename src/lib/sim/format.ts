/** A number with exactly `d` decimals and English thousands separators ("1,234.5"). */
export const fmt = (x: number, d = 1): string =>
	x.toLocaleString('en', { minimumFractionDigits: d, maximumFractionDigits: d });
