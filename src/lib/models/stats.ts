/** Small numeric helpers shared by the models. Pure, no DOM. */

/** Standard normal cumulative distribution (Abramowitz-Stegun 7.1.26 via erf; |error| < 1.5e-7). */
export function normalCdf(x: number): number {
	if (x === Infinity) return 1;
	if (x === -Infinity) return 0;
	const z = Math.abs(x) / Math.SQRT2;
	const t = 1 / (1 + 0.3275911 * z);
	const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
	const erf = 1 - poly * Math.exp(-z * z);
	return x >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

export function mean(xs: ArrayLike<number>): number {
	if (xs.length === 0) return 0;
	let s = 0;
	for (let i = 0; i < xs.length; i++) s += xs[i];
	return s / xs.length;
}

/** Pearson correlation; 0 when either side has no variance. */
export function pearson(xs: ArrayLike<number>, ys: ArrayLike<number>): number {
	const n = Math.min(xs.length, ys.length);
	if (n < 2) return 0;
	const mx = mean(xs);
	const my = mean(ys);
	let sxy = 0;
	let sxx = 0;
	let syy = 0;
	for (let i = 0; i < n; i++) {
		const dx = xs[i] - mx;
		const dy = ys[i] - my;
		sxy += dx * dy;
		sxx += dx * dx;
		syy += dy * dy;
	}
	if (sxx === 0 || syy === 0) return 0;
	return sxy / Math.sqrt(sxx * syy);
}

export function clamp(x: number, lo: number, hi: number): number {
	return Math.min(hi, Math.max(lo, x));
}

/** Replace a non-finite number by a fallback: models must never emit NaN or Infinity. */
export function finiteOr(x: number, fallback: number): number {
	return Number.isFinite(x) ? x : fallback;
}
