/**
 * The population-decoding demo, tested against the closed form Phi(d'/2), d'^2 = T sum (df_i)^2 / f_i,
 * and against the direction Bukalo et al. (2026) report (weaker tuning, less information per neuron).
 */
import { describe, expect, it } from 'vitest';
import {
	N_NEURONS,
	closedFormCurve,
	meanInformation,
	mutualInformation,
	neurons,
	run,
	simulateCurve,
	spec
} from '../../src/lib/models/population-decoding';
import { mulberry32 } from '../../src/lib/models/random';

describe('closed form', () => {
	it('matches Phi(d/2) computed by hand for two neurons', () => {
		const cells = [
			{ f0: 4, f1: 6 },
			{ f0: 2, f1: 3 }
		];
		const T = 2;
		// d'^2 = T * (2^2 / 5 + 1^2 / 2.5) = 2 * (0.8 + 0.4) = 2.4
		// Phi(sqrt(1.6) / 2) and Phi(sqrt(2.4) / 2), from the error function (Python's math.erf).
		const curve = closedFormCurve(cells, T);
		expect(curve[0]).toBeCloseTo(0.736455371567231, 6);
		expect(curve[1]).toBeCloseTo(0.7807109869595, 6);
	});

	it('no tuning means chance', () => {
		const curve = closedFormCurve(neurons(0, 5), 1);
		for (const p of curve) expect(p).toBeCloseTo(0.5, 6); // normalCdf is accurate to ~1e-7
		expect(meanInformation(neurons(0, 5), 1)).toBe(0);
	});
});

describe('simulated ideal observer', () => {
	it("agrees with Phi(d'/2) within sampling error", () => {
		const trials = 4000;
		for (const [gain, baseline, window] of [
			[1, 4, 1],
			[0.65, 4, 1],
			[0.4, 8, 2]
		]) {
			const cells = neurons(gain, baseline);
			const sim = simulateCurve(cells, window, trials, mulberry32(11));
			const closed = closedFormCurve(cells, window);
			for (const k of [0, 4, 9, 19, N_NEURONS - 1]) {
				const p = closed[k];
				const se = Math.sqrt((p * (1 - p)) / (2 * trials));
				// 4 standard errors of sampling, plus 0.01 for the Gaussian approximation itself.
				expect(Math.abs(sim[k] - p), `gain ${gain}, k ${k + 1}`).toBeLessThan(4 * se + 0.01);
			}
		}
	});

	it('accuracy rises with ensemble size', () => {
		const r = run({ gain: 1 }, { trials: 2000 });
		for (let k = 1; k < r.closedForm.length; k++) expect(r.closedForm[k]).toBeGreaterThan(r.closedForm[k - 1]);
		expect(r.simulated[9]).toBeGreaterThan(r.simulated[0] + 0.1);
		expect(r.simulated[N_NEURONS - 1]).toBeGreaterThan(r.simulated[9]);
	});

	it('lower tuning gain gives lower accuracy and less information per neuron', () => {
		const strong = run({ gain: 1 });
		const weak = run({ gain: 0.6 });
		expect(weak.infoPerNeuron).toBeLessThan(strong.infoPerNeuron);
		expect(weak.closedForm[N_NEURONS - 1]).toBeLessThan(strong.closedForm[N_NEURONS - 1]);
		expect(weak.infoPerNeuronControl).toBeCloseTo(strong.infoPerNeuron, 12);
	});
});

describe('mutual information', () => {
	it('is 0 for identical rates, grows with the rate difference and stays within 1 bit', () => {
		expect(mutualInformation(5, 5)).toBe(0);
		const small = mutualInformation(5, 6);
		const large = mutualInformation(5, 10);
		expect(small).toBeGreaterThan(0);
		expect(large).toBeGreaterThan(small);
		expect(mutualInformation(0.5, 80)).toBeLessThanOrEqual(1);
		expect(mutualInformation(0.5, 80)).toBeGreaterThan(0.95);
	});
});

describe('numerical hygiene', () => {
	it('same seed, same result; another seed, another sample', () => {
		expect(run({ gain: 0.8 }, { seed: 3 })).toEqual(run({ gain: 0.8 }, { seed: 3 }));
		expect(run({ gain: 0.8 }, { seed: 3 }).simulated).not.toEqual(run({ gain: 0.8 }, { seed: 4 }).simulated);
	});

	it('never emits NaN across the spec', () => {
		const [g, b, w] = spec;
		for (const gain of [g.min, g.default, g.max])
			for (const baseline of [b.min, b.default, b.max])
				for (const window of [w.min, w.default, w.max]) {
					const r = run({ gain, baseline, window }, { trials: 50 });
					for (const v of [...r.simulated, ...r.closedForm, ...r.control, r.infoPerNeuron, r.infoPerNeuronControl]) {
						expect(Number.isFinite(v)).toBe(true);
						expect(v).toBeGreaterThanOrEqual(0);
					}
				}
	});
});
