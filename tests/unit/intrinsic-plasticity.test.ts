/** Intrinsic plasticity (Triesch's rule) as homeostatic gain control, and BCM metaplasticity. */
import { describe, expect, it } from 'vitest';
import { bcm, converge, run, slidingThreshold, spec } from '../../src/lib/models/intrinsic-plasticity';

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

describe('Triesch intrinsic plasticity', () => {
	for (const mu of [0.05, 0.1, 0.2]) {
		it(`drives the mean output to the target ${mu} from above`, () => {
			const ys = converge({ a: 1, b: 2 }, mu, 0.005, 20000);
			expect(mean(ys.slice(0, 200))).toBeGreaterThan(2 * mu);
			expect(Math.abs(mean(ys.slice(15000)) - mu) / mu).toBeLessThan(0.1);
		});

		it(`drives the mean output to the target ${mu} from below`, () => {
			const ys = converge({ a: 1, b: -8 }, mu, 0.005, 20000);
			expect(mean(ys.slice(0, 200))).toBeLessThan(mu / 2);
			expect(Math.abs(mean(ys.slice(15000)) - mu) / mu).toBeLessThan(0.1);
		});
	}

	it('after synapses strengthen, the adaptive cell returns near target while a frozen cell stays too active', () => {
		const r = run({ target: 0.1, rate: 0.005, gain: 2 });
		expect(r.phaseMeans.frozen[1]).toBeGreaterThan(2 * 0.1);
		expect(Math.abs(r.phaseMeans.adaptive[1] - 0.1)).toBeLessThan(0.02);
		// It did so by raising its threshold (lowering excitability).
		const i1 = r.t.findIndex((t) => t >= 2000);
		const i2 = r.t.findIndex((t) => t >= 4000);
		expect(r.threshold[i2 - 1]).toBeGreaterThan(r.threshold[i1 - 1]);
		// When the input falls back, the adapted cell undershoots, then recovers (converges from below).
		expect(r.dip).toBeLessThan(0.1 * 0.9);
		expect(Math.abs(r.phaseMeans.adaptive[2] - 0.1)).toBeLessThan(0.02);
	});

	it('nothing is NaN across the spec; same seed, same result', () => {
		const corners = spec.reduce<Record<string, number>[]>(
			(acc, p) =>
				acc.flatMap((o) => [
					{ ...o, [p.key]: p.min },
					{ ...o, [p.key]: p.max }
				]),
			[{}]
		);
		for (const params of corners) {
			const r = run(params);
			for (const v of [...r.adaptive, ...r.frozen, ...r.threshold, ...r.phaseMeans.adaptive, ...r.phaseMeans.frozen])
				expect(Number.isFinite(v), JSON.stringify(params)).toBe(true);
		}
		expect(run({ target: 0.15 })).toEqual(run({ target: 0.15 }));
	});
});

describe('BCM sliding threshold', () => {
	it('activity above the threshold potentiates, below it depresses', () => {
		expect(bcm(0.8, 0.5)).toBeGreaterThan(0);
		expect(bcm(0.3, 0.5)).toBeLessThan(0);
		expect(bcm(0.5, 0.5)).toBe(0);
	});

	it('a busier history raises the threshold, so the same input now depresses (metaplasticity)', () => {
		const quiet = slidingThreshold(0.4);
		const busy = slidingThreshold(0.9);
		expect(busy).toBeGreaterThan(quiet);
		const y = (quiet + busy) / 2;
		expect(bcm(y, quiet)).toBeGreaterThan(0);
		expect(bcm(y, busy)).toBeLessThan(0);
	});
});
