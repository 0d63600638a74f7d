/**
 * The fear-extinction teaching model, tested against closed forms and against the directions of
 * effect Bukalo et al. (2026) report, never against its own earlier output.
 */
import { describe, expect, it } from 'vitest';
import {
	FIXED,
	PRESETS,
	acquisitionClosedForm,
	checklist,
	expressionGain,
	learningEfficacy,
	run,
	spec
} from '../../src/lib/models/fear-extinction';
import { defaults } from '../../src/lib/models/types';

const control = run({ astro: 1 });
const hm3dq = run({ astro: PRESETS.find((p) => p.key === 'hm3dq')!.astro });
const hm4di = run({ astro: PRESETS.find((p) => p.key === 'hm4di')!.astro });

describe('Rescorla-Wagner parts match their closed forms', () => {
	it('acquisition: V_n = L(1 - (1 - ab)^n) after n tone-shock pairings', () => {
		// Hand-computed for ab = 0.6, L = 1: 1 - 0.4^3 = 0.936.
		expect(acquisitionClosedForm(3, 0.6)).toBeCloseTo(0.936, 12);
		expect(acquisitionClosedForm(0, 0.6)).toBe(0);
		expect(acquisitionClosedForm(50, 0.3, 2)).toBeCloseTo(2, 6);
		const expected = FIXED.L * (1 - (1 - FIXED.aAcq) ** FIXED.pairings);
		expect(control.fearAfterConditioning).toBeCloseTo(expected, 12);
	});

	it('conditioning: freezing to the tone before each shock follows V_(n-1)', () => {
		const cond = control.blocks.filter((b) => b.phase === 'conditioning').map((b) => b.freezing);
		expect(cond).toHaveLength(FIXED.pairings);
		for (let n = 0; n < FIXED.pairings; n++) {
			expect(cond[n]).toBeCloseTo(100 * FIXED.L * (1 - (1 - FIXED.aAcq) ** n), 9);
		}
	});

	it('extinction under control settings: expressed fear on trial n is V_a (1 - rate)^(n-1)', () => {
		// With g = h = c = 1 and V_a fixed, the safety association is V_a (1 - (1 - rate)^n),
		// so the net fear before trial n+1 is V_a (1 - rate)^n.
		const rate = 0.05;
		const r = run({ astro: 1, rate });
		const va = r.fearAfterConditioning;
		const ext = r.trials.slice(FIXED.pairings, FIXED.pairings + 2 * FIXED.trialsPerDay);
		ext.forEach((f, n) => expect(f).toBeCloseTo(100 * va * (1 - rate) ** n, 9));
		expect(r.safetyLearned).toBeCloseTo(va * (1 - (1 - rate) ** (2 * FIXED.trialsPerDay)), 9);
		// Control signalling leaves the fear memory itself untouched: extinction adds, it does not erase.
		expect(r.fearAfterExtinction).toBeCloseTo(va, 12);
	});

	it('the astrocyte setting is neutral at control', () => {
		expect(expressionGain(1)).toBe(1);
		expect(learningEfficacy(1)).toBe(1);
		expect(learningEfficacy(0.5)).toBeLessThan(1);
		expect(learningEfficacy(1.5)).toBeLessThan(1);
	});
});

describe('control mice: extinction and renewal', () => {
	it('freezing falls across extinction training', () => {
		const ext = control.blocks.filter((b) => b.phase.startsWith('extinction')).map((b) => b.freezing);
		for (let i = 1; i < ext.length; i++) expect(ext[i]).toBeLessThan(ext[i - 1]);
		expect(control.lateExtinction).toBeLessThan(control.block1 / 2);
	});

	it('fear comes back at renewal: renewal > late extinction, and > extinction retrieval', () => {
		expect(control.renewal).toBeGreaterThan(control.lateExtinction);
		expect(control.renewal).toBeGreaterThan(control.retrieval);
	});

	it('renewal shrinks as the renewal context resembles the extinction context more', () => {
		const far = run({ context: 0 }).renewal;
		const near = run({ context: 0.9 }).renewal;
		expect(far).toBeGreaterThan(near);
	});
});

describe('astrocyte manipulations: the reported directions', () => {
	it('hM3Dq-like (suppressed) freezes less than control at block 1, block 2 and retrieval', () => {
		expect(hm3dq.block1).toBeLessThan(control.block1);
		expect(hm3dq.block2).toBeLessThan(control.block2);
		expect(hm3dq.retrieval).toBeLessThan(control.retrieval);
	});

	it('hM4Di-like (elevated) freezes more than control at block 1, block 2 and retrieval', () => {
		expect(hm4di.block1).toBeGreaterThan(control.block1);
		expect(hm4di.block2).toBeGreaterThan(control.block2);
		expect(hm4di.retrieval).toBeGreaterThan(control.retrieval);
	});

	it('both disrupt extinction learning: the safety association built by the end of training is weaker than control', () => {
		expect(hm3dq.safetyLearned).toBeLessThan(control.safetyLearned);
		expect(hm4di.safetyLearned).toBeLessThan(control.safetyLearned);
	});

	it('the checklist reproduces every reported contrast at the presets and default settings', () => {
		for (const p of PRESETS) {
			const checks = checklist({ ...defaults(spec), astro: p.astro });
			expect(checks.length).toBe(p.key === 'control' ? 2 : 6);
			for (const c of checks) expect(c.ok, `${p.key}: ${c.group}-${c.id}`).toBe(true);
		}
	});
});

describe('numerical hygiene', () => {
	it('never emits NaN or values outside 0-100 % across the spec grid', () => {
		const [a, r, c] = spec;
		for (let astro = a.min; astro <= a.max + 1e-9; astro += a.step * 4)
			for (let rate = r.min; rate <= r.max + 1e-9; rate += r.step * 3)
				for (let context = c.min; context <= c.max + 1e-9; context += c.step * 5) {
					const out = run({ astro, rate, context });
					// one expect per run, not per trial: thousands of expect calls time out on a busy machine
					const bad = out.trials.filter((f) => !(Number.isFinite(f) && f >= 0 && f <= 100));
					expect(bad, `astro ${astro}, rate ${rate}, context ${context}`).toEqual([]);
					expect(Number.isFinite(out.safetyLearned)).toBe(true);
				}
	});

	it('is deterministic: the same settings give the same result', () => {
		expect(run({ astro: 0.7, rate: 0.08 })).toEqual(run({ astro: 0.7, rate: 0.08 }));
	});
});
