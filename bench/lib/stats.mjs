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

/**
 * The median of a page's runs: ordered by performance score, then blocking time (the worse first), the
 * middle one (of an even number, the worse of the two middle ones). It keeps every run's score and
 * blocking time beside it. A failed run counts as the worst.
 */
export function medianRun(each) {
	if (each.length === 1) return each[0];
	const rank = (r) => (r.error ? [-1, Infinity] : [r.performance ?? -1, r.tbtMs]);
	const sorted = [...each].sort((a, b) => rank(a)[0] - rank(b)[0] || rank(b)[1] - rank(a)[1]);
	const median = sorted[Math.floor((sorted.length - 1) / 2)];
	const ok = each.filter((r) => !r.error);
	return { ...median, runs: each.length, performanceRuns: ok.map((r) => r.performance), tbtRuns: ok.map((r) => r.tbtMs) };
}
