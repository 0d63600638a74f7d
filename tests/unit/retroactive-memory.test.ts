/**
 * The reactivation + emotional-gain model, tested against closed forms and against the directions of
 * effect Zhu et al. (eLife 2022) report: an aversive outcome helps earlier neutral pairs, the help
 * depends on reactivation, and weakly encoded (low-vividness) pairs do not benefit.
 */
import { describe, expect, it } from 'vitest';
import { LEARNING_RATE, THRESHOLD, expectedAdvantage, probit, run, spec } from '../../src/lib/models/retroactive-memory';
import { defaults } from '../../src/lib/models/types';
import { mean, normalCdf } from '../../src/lib/models/stats';
import { mulberry32 } from '../../src/lib/models/random';

const base = defaults(spec);
const seeds = Array.from({ length: 60 }, (_, i) => i + 1);

/**
 * The standard normal CDF computed here, independently of the model's own normalCdf: 1/2 plus the
 * integral of the density from 0 to z (Simpson's rule, 2000 intervals; error far below 1e-9).
 * The model's own approximation is good to about 1e-7, hence comparisons to 6 decimals.
 */
function phi(z: number): number {
	const n = 2000;
	const h = z / n;
	const f = (t: number) => Math.exp((-t * t) / 2) / Math.sqrt(2 * Math.PI);
	let sum = f(0) + f(z);
	for (let i = 1; i < n; i++) sum += (i % 2 ? 4 : 2) * f(i * h);
	return 0.5 + (sum * h) / 3;
}

describe('retroactive-memory model', () => {
	it('its independent normal CDF agrees with published values (the oracle used below)', () => {
		expect(phi(0)).toBe(0.5);
		expect(phi(1)).toBeCloseTo(0.8413447460685429, 9);
		expect(phi(-1)).toBeCloseTo(0.15865525393145707, 9);
		expect(phi(1.959964)).toBeCloseTo(0.975, 6);
	});

	it('every pair encoded alike (no spread) and never reactivated: recall is the normal CDF at the threshold distance', () => {
		// strength 0.6 = threshold -> 1/2; 0.75 and 0.45 are one noise SD (0.15) above and below it; 0.9 is two.
		for (const [enc, want] of [
			[0.6, 0.5],
			[0.75, 0.8413447460685429],
			[0.45, 0.15865525393145707],
			[0.9, 0.9772498680518208]
		]) {
			const r = run({ ...base, spread: 0, react: 0, noise: 0.15, enc }, { seed: 2 });
			for (const t of r.trials) {
				expect(t.initial).toBeCloseTo(enc, 12);
				expect(t.final).toBeCloseTo(enc, 12);
				expect(t.recall, `enc ${enc}`).toBeCloseTo(want, 6);
				expect(t.benefit).toBe(0);
			}
			expect(r.aversive).toBeCloseTo(want, 6);
			expect(r.neutral).toBeCloseTo(want, 6);
		}
	});

	it('has an inverse normal CDF that undoes normalCdf', () => {
		for (const p of [0.001, 0.02, 0.1, 0.3, 0.5, 0.77, 0.975, 0.999]) {
			expect(normalCdf(probit(p))).toBeCloseTo(p, 6);
		}
		expect(probit(0.5)).toBeCloseTo(0, 9);
		expect(probit(0.975)).toBeCloseTo(1.959964, 5);
	});

	it('gain 1 (no emotional modulation): aversive and neutral memory are equal within sampling error', () => {
		const diffs: number[] = [];
		for (const seed of seeds) {
			const r = run({ ...base, gain: 1 }, { seed });
			diffs.push(r.advantage);
			// Each single run: the difference is within 4 standard errors of zero.
			expect(Math.abs(r.advantage)).toBeLessThan(4 * r.advantageSE + 1e-9);
			// And no pair gets anything from an emotional boost that is not there.
			for (const t of r.trials) expect(t.benefit).toBe(0);
		}
		// Across runs the average difference is centred on zero (SE of the mean of 60 runs).
		const m = mean(diffs);
		const sd = Math.sqrt(mean(diffs.map((d) => (d - m) ** 2)));
		expect(Math.abs(m)).toBeLessThan(3 * (sd / Math.sqrt(diffs.length)));
	});

	it('gain above 1: aversive > neutral on average, and the advantage grows with the gain', () => {
		const gains = [1.2, 1.6, 2, 2.5, 3];
		const many = Array.from({ length: 400 }, (_, i) => i + 1);
		// Groups of pairs differ by chance, so average over many simulated participants.
		const avg = gains.map((gain) => mean(many.map((seed) => run({ ...base, gain }, { seed }).advantage)));
		for (const a of avg) expect(a).toBeGreaterThan(0);
		for (let i = 1; i < avg.length; i++) expect(avg[i]).toBeGreaterThan(avg[i - 1]);
		// Paired: the same participant (seed) gains more with every step up in gain.
		for (const seed of seeds) {
			let previous = run({ ...base, gain: 1 }, { seed }).advantage;
			for (const gain of gains) {
				const a = run({ ...base, gain }, { seed }).advantage;
				expect(a).toBeGreaterThan(previous);
				previous = a;
			}
		}
		// Within one run (same pairs, same noise) the aversive sweep rises and the neutral one stays flat.
		const r = run(base, { seed: 7 });
		for (let i = 1; i < r.sweep.length; i++) {
			expect(r.sweep[i].aversive).toBeGreaterThan(r.sweep[i - 1].aversive);
			expect(r.sweep[i].neutral).toBe(r.sweep[0].neutral);
		}
	});

	it('no reactivation: no retroactive benefit at any gain', () => {
		for (const gain of [1, 1.5, 2, 3]) {
			const r = run({ ...base, react: 0, gain }, { seed: 3 });
			for (const t of r.trials) {
				expect(t.reactivation).toBe(0);
				expect(t.benefit).toBe(0);
				// Closed form: recall is just the initial trace against the threshold (0.6).
				expect(t.recall).toBeCloseTo(phi((t.initial - 0.6) / base.noise), 6);
			}
			for (const point of r.byStrength) expect(point.advantage).toBe(0);
			// The aversive pairs are exactly as good as they would have been with gain 1.
			expect(r.aversive).toBe(run({ ...base, react: 0, gain: 1 }, { seed: 3 }).aversive);
		}
	});

	it('learning per unit of reactivation is 0.2 for a neutral voice and 0.2 × gain for a scream', () => {
		// The published form of the rule with its documented rate (0.2): at gain 2.5 a scream adds
		// half the reactivation to the pair, a neutral voice a fifth; the same pairs at gain 1 learn alike.
		expect(LEARNING_RATE).toBe(0.2);
		expect(THRESHOLD).toBe(0.6);
		const r = run({ ...base, gain: 2.5 }, { seed: 11 });
		const one = run({ ...base, gain: 1 }, { seed: 11 });
		let reactivated = 0;
		for (const [i, t] of r.trials.entries()) {
			expect(t.initial).toBe(one.trials[i].initial);
			expect(t.reactivation).toBe(one.trials[i].reactivation);
			if (t.reactivation === 0) continue;
			reactivated++;
			const perUnit = (t.final - t.initial) / t.reactivation;
			expect(perUnit, `${t.condition} pair ${i}`).toBeCloseTo(t.condition === 'aversive' ? 0.5 : 0.2, 9);
			expect((one.trials[i].final - one.trials[i].initial) / t.reactivation).toBeCloseTo(0.2, 9);
		}
		expect(reactivated).toBeGreaterThan(r.trials.length / 2);
	});

	it('an aversive pair’s benefit is its recall against what the same pair would have had with a neutral voice', () => {
		const r = run({ ...base, gain: 3 }, { seed: 5 });
		for (const t of r.trials.filter((x) => x.condition === 'aversive')) {
			const withScream = phi((t.initial + 0.2 * 3 * t.reactivation - 0.6) / base.noise);
			const withVoice = phi((t.initial + 0.2 * t.reactivation - 0.6) / base.noise);
			expect(t.recall).toBeCloseTo(withScream, 6);
			expect(t.benefit).toBeCloseTo(withScream - withVoice, 6);
			expect(t.benefit).toBeGreaterThanOrEqual(0);
		}
	});

	it('trial level: pairs that were reactivated more are remembered better, and gain the most', () => {
		for (const seed of [1, 2, 3, 4, 5]) {
			const r = run({ ...base, pairs: 144 }, { seed });
			expect(r.correlation.aversive).toBeGreaterThan(0.2);
			const av = r.trials.filter((t) => t.condition === 'aversive');
			const rs = av.map((t) => t.reactivation);
			const bs = av.map((t) => t.benefit);
			// Reactivation against the memory benefit itself.
			const mr = mean(rs);
			const mb = mean(bs);
			let cov = 0;
			for (let i = 0; i < rs.length; i++) cov += (rs[i] - mr) * (bs[i] - mb);
			expect(cov).toBeGreaterThan(0);
		}
	});

	it('weakly encoded pairs gain less than strongly encoded ones (the vividness split)', () => {
		expect(expectedAdvantage(0.2, base)).toBeLessThan(expectedAdvantage(0.55, base));
		expect(expectedAdvantage(0.1, base)).toBeLessThan(0.01);
		const weak = mean(seeds.map((seed) => run(base, { seed }).weakHalfBenefit));
		const strong = mean(seeds.map((seed) => run(base, { seed }).strongHalfBenefit));
		expect(strong).toBeGreaterThan(weak);
		expect(weak).toBeGreaterThanOrEqual(0);
	});

	it('same seed, same result; another seed, other pairs', () => {
		expect(run(base, { seed: 42 })).toEqual(run(base, { seed: 42 }));
		expect(run(base, { seed: 42 }).trials[0].initial).not.toBe(run(base, { seed: 43 }).trials[0].initial);
	});

	it('never emits NaN or Infinity anywhere in the spec (corners and random points)', () => {
		const rng = mulberry32(99);
		const points = [
			Object.fromEntries(spec.map((s) => [s.key, s.min])),
			Object.fromEntries(spec.map((s) => [s.key, s.max])),
			...Array.from({ length: 40 }, () => Object.fromEntries(spec.map((s) => [s.key, s.min + rng() * (s.max - s.min)])))
		];
		for (const p of points) {
			const r = run(p, { seed: 5 });
			const numbers = [
				r.aversive,
				r.neutral,
				r.advantage,
				r.advantageSE,
				r.weakHalfBenefit,
				r.strongHalfBenefit,
				r.correlation.aversive,
				r.correlation.neutral,
				...r.trials.flatMap((t) => [t.initial, t.reactivation, t.final, t.recall, t.benefit]),
				...r.sweep.flatMap((s) => [s.aversive, s.neutral]),
				...r.byStrength.map((b) => b.advantage)
			];
			for (const x of numbers) expect(Number.isFinite(x)).toBe(true);
			for (const t of r.trials) {
				expect(t.recall).toBeGreaterThanOrEqual(0);
				expect(t.recall).toBeLessThanOrEqual(1);
			}
		}
		// Garbage in: defaults out, still finite.
		const g = run({ gain: NaN, react: Infinity, pairs: -3 }, { seed: 1 });
		expect(Number.isFinite(g.advantage)).toBe(true);
		expect(g.trials.length).toBeGreaterThan(0);
	});
});
