/**
 * The inhibitory-plasticity rate model against what the rule and the science say it must do:
 * the rule's fixed point, co-tuning (detailed balance), selective strengthening only with a
 * disinhibition window plus relevance, and a frozen rule that changes nothing.
 */
import { describe, expect, it } from 'vitest';
import {
	COMPETITOR,
	M,
	RELEVANT,
	R_MAX,
	TASK_AT,
	W_MAX,
	WE_MAX,
	inhibitoryChange,
	initialWeights,
	run,
	spec
} from '../../src/lib/models/inhibitory-network';
import { defaults } from '../../src/lib/models/types';

const NO_WINDOW = { winLength: 0 };

describe('the Vogels-Sprekeler rule in rate form', () => {
	it('is zero at the target rate, depresses below it and potentiates above it', () => {
		expect(inhibitoryChange(1e-4, 10, 3, 3)).toBe(0);
		expect(inhibitoryChange(1e-4, 10, 1, 3)).toBeLessThan(0);
		expect(inhibitoryChange(1e-4, 10, 8, 3)).toBeGreaterThan(0);
		// Linear in the presynaptic rate and in the distance from the target (closed form).
		expect(inhibitoryChange(2e-4, 10, 8, 3)).toBeCloseTo(2e-4 * 10 * 5, 12);
		expect(inhibitoryChange(1e-4, 0, 50, 3)).toBe(0);
	});
});

describe('fixed point: the output settles at the target rate rho0', () => {
	it.each([0.5, 1, 1.5, 2])('for input strength %s the late output rate is within 10% of rho0', (strength) => {
		for (const rho0 of [2, 3, 6]) {
			const r = run({ ...NO_WINDOW, rho0 }, { inputStrength: strength, seed: 7 });
			expect(Math.abs(r.rateEnd - rho0), `strength ${strength}, rho0 ${rho0}: ${r.rateEnd}`).toBeLessThan(0.1 * rho0);
		}
	});

	it('comes back to rho0 after the input is scaled up (the rule compensates)', () => {
		const rho0 = 3;
		for (const factor of [1.5, 2]) {
			const r = run({ ...NO_WINDOW, rho0 }, { stepFactor: factor, seed: 3 });
			expect(Math.abs(r.rateBeforeStep - rho0)).toBeLessThan(0.15 * rho0);
			expect(Math.abs(r.rateBeforeTask - rho0)).toBeLessThan(0.1 * rho0);
			// Right after the step the output jumps (E and I both scale, so E - I grows by the factor):
			// the inhibitory rule, not luck, brings it back.
			const i = r.t.findIndex((t) => t > 80);
			const jump = r.rate.slice(i, i + 5).reduce((a, b) => a + b, 0) / 5;
			expect(jump).toBeGreaterThan(rho0 * (1 + 0.5 * (factor - 1)));
		}
	});

	it('does not settle when inhibition cannot learn (eta = 0): the rate stays far above rho0', () => {
		const r = run({ ...NO_WINDOW, eta: 0, rho0: 3 });
		expect(r.rateBeforeTask).toBeGreaterThan(2 * 3);
	});
});

describe('co-tuning: inhibition comes to mirror excitation pathway by pathway', () => {
	// With one pathway presented at a time, the rule's fixed point for each pathway is
	// wI_i * x_on = wE_i * x_on - (constant), so wI is an affine copy of wE and their correlation
	// tends to 1. 0.9 leaves room for finite learning time and the random order of presentation,
	// while flat inhibition (where it starts) has correlation 0.
	const THRESHOLD = 0.9;

	it(`correlates wI with wE above ${THRESHOLD} after learning, from an untuned start`, () => {
		const start = initialWeights();
		expect(new Set(start.wI).size).toBe(1); // flat: no tuning to begin with
		for (const seed of [1, 2, 3]) {
			const r = run(defaults(spec), { seed });
			expect(r.coTuningTask, `seed ${seed}`).toBeGreaterThan(THRESHOLD);
		}
	});

	it('needs pathways that are active at different times: with no contrast there is no co-tuning', () => {
		// Every pathway then sees the same history, so the rule changes all inhibitory weights alike
		// and they stay as flat as they started, although the output still settles at rho0.
		const none = run({ contrast: 0, winLength: 0 }, { seed: 5 });
		expect(Math.abs(none.coTuningTask)).toBeLessThan(0.5);
		const wI = none.wI[none.tSnap.indexOf(TASK_AT)];
		expect(Math.max(...wI) - Math.min(...wI)).toBeLessThan(1e-9);
		expect(Math.abs(none.rateBeforeTask - none.rho0)).toBeLessThan(0.1 * none.rho0);
	});
});

describe('selective strengthening needs the disinhibition window and the relevance signal', () => {
	it('starts with the competitor stronger than the relevant pathway', () => {
		const { wE } = initialWeights();
		expect(wE[COMPETITOR]).toBeGreaterThan(wE[RELEVANT]);
	});

	it('with the window and relevance, the relevant pathway grows more than every rival', () => {
		for (const seed of [1, 2, 3, 4]) {
			const r = run({ relevance: 4, winLength: 20 }, { seed });
			expect(r.relevantChange, `seed ${seed}`).toBeGreaterThan(0.1);
			expect(r.relevantChange).toBeGreaterThan(r.maxRivalChange + 0.05);
			// ...and overtakes the initially stronger competitor.
			const last = r.wE[r.wE.length - 1];
			expect(last[RELEVANT]).toBeGreaterThan(last[COMPETITOR]);
			expect(r.relevantE[r.relevantE.length - 1]).toBeCloseTo(last[RELEVANT], 12);
		}
	});

	it('without the window, nothing is strengthened: the relevant pathway does not outgrow its rivals', () => {
		for (const seed of [1, 2]) {
			const r = run({ relevance: 8, winLength: 0 }, { seed });
			expect(r.relevantChange).toBeLessThanOrEqual(r.maxRivalChange + 1e-9);
			expect(Math.abs(r.relevantChange)).toBeLessThan(1e-6);
		}
	});

	it('without relevance, the window does not favour the relevant pathway', () => {
		for (const seed of [1, 2]) {
			const r = run({ relevance: 0, winLength: 40 }, { seed });
			expect(r.relevantChange).toBeLessThanOrEqual(r.maxRivalChange + 1e-9);
		}
	});

	it('after the window, inhibition re-balances the strengthened pathway (co-tuning returns)', () => {
		const r = run({ relevance: 4, winLength: 20 }, { seed: 1 });
		expect(r.coTuningEnd).toBeGreaterThan(0.9);
		expect(Math.abs(r.rateEnd - r.rho0)).toBeLessThan(0.2 * r.rho0);
	});

	it('leaves excitatory weights untouched before the task starts (no outcome, no neuromodulator)', () => {
		const r = run(defaults(spec), { seed: 1 });
		const atTask = r.tSnap.indexOf(TASK_AT);
		expect(atTask).toBeGreaterThan(0);
		expect(r.wE[atTask]).toEqual(r.wE[0]);
	});
});

describe('a frozen rule and the limits of the state', () => {
	it('eta = 0 leaves every inhibitory weight unchanged', () => {
		const r = run({ eta: 0 }, { seed: 9 });
		for (const w of r.wI) expect(w).toEqual(r.wI[0]);
	});

	it('gives finite, non-negative rates and weights inside their bounds at every corner of the spec', () => {
		const corners: Record<string, number>[] = [];
		for (let mask = 0; mask < 1 << spec.length; mask++) {
			const p: Record<string, number> = {};
			spec.forEach((s, i) => (p[s.key] = mask & (1 << i) ? s.max : s.min));
			corners.push(p);
		}
		corners.push(defaults(spec));
		for (const p of corners) {
			for (const strength of [2]) {
				const r = run(p, { inputStrength: strength, stepFactor: 2, seed: 11 });
				const check = (xs: number[], hi: number, what: string) => {
					const bad = xs.filter((v) => !Number.isFinite(v) || v < 0 || v > hi);
					expect(bad, `${what} out of [0, ${hi}] for ${JSON.stringify(p)}`).toEqual([]);
				};
				check(r.rate, R_MAX, 'rate');
				check(r.relevantE, WE_MAX, 'relevantE');
				check(r.competitorE, WE_MAX, 'competitorE');
				for (const w of r.wE) check(w, WE_MAX, 'wE');
				for (const w of r.wI) check(w, W_MAX, 'wI');
				expect(r.wE[0].length).toBe(M);
				for (const v of [r.coTuningTask, r.coTuningEnd, r.relevantChange, r.competitorChange]) {
					expect(Number.isFinite(v)).toBe(true);
				}
			}
		}
	}, 20_000);

	it('gives the same result for the same seed, and a different presentation order for another seed', () => {
		const a = run(defaults(spec), { seed: 42 });
		const b = run(defaults(spec), { seed: 42 });
		const c = run(defaults(spec), { seed: 43 });
		expect(b).toEqual(a);
		expect(c.rate).not.toEqual(a.rate);
	});
});
