/** Median, 95th percentile and max of a list of durations (ms), rounded for printing. */
export function quantile(sorted, q) {
	if (!sorted.length) return NaN;
	const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
	return sorted[i];
}

export function summarize(times) {
	const s = [...times].sort((a, b) => a - b);
	const r = (x) => Math.round(x * 100) / 100;
	return { median: r(quantile(s, 0.5)), p95: r(quantile(s, 0.95)), max: r(s.at(-1) ?? NaN), n: s.length };
}
