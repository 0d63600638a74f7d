/**
 * Each figure's Predict-first comment, held to its model's numbers: a sketch on the answer is told it
 * is right and why; a sketch off in a known place and direction is told where, which way, by how much
 * (the model's value quoted), and the reason that fits the model at that setting.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as fearRun } from '$lib/models/fear-extinction';
import { curves } from '$lib/models/memory-linking';
import { run as retroRun } from '$lib/models/retroactive-memory';
import { run as netRun } from '$lib/models/inhibitory-network';
import { FEAR_SKETCH, fearAnswer, fearComment } from '$lib/figures/astrocytes-fear-extinction/predict';
import { LINKING_SKETCH, linkingAnswer, linkingComment } from '$lib/figures/intrinsic-excitability/predict';
import { RETRO_SKETCH, retroAnswer, retroComment } from '$lib/figures/emotional-memory-integration/predict';
import { NETWORK_SKETCH, networkAnswer, networkComment } from '$lib/figures/inhibitory-plasticity/predict';
import { snapValue } from '$lib/figure-kit/predict/sketch';
import { percent } from '$lib/ui/format';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime.js';
import { predictPoint } from '$lib/charts/predict/strings';

const onGrid = (spec: typeof FEAR_SKETCH, xs: readonly number[]) => xs.map((v) => snapValue(spec, v));

describe('fear model', () => {
	const values = { astro: 1, rate: 0.03, context: 0.3 };
	const r = fearRun(values);
	const answer = fearAnswer(r);

	it('a sketch on the model is right, and says freezing falls as safety is learned', () => {
		const text = fearComment(onGrid(FEAR_SKETCH, answer), r, values);
		expect(text).toMatch(/^Close: every point is within 10 points/);
		expect(text).toMatch(/safety association/);
	});

	it('no return of fear at renewal: names renewal, too low, the model value and the context rule', () => {
		const sketch = onGrid(FEAR_SKETCH, answer);
		const renewal = r.blocks.findIndex((b) => b.phase === 'renewal');
		sketch[renewal] = snapValue(FEAR_SKETCH, r.blocks[renewal - 1].freezing);
		const text = fearComment(sketch, r, values);
		expect(text).toContain('Furthest off at renewal');
		expect(text).toContain('too low');
		expect(text).toContain(percent(r.renewal / 100));
		expect(text).toMatch(/only 30% like it/);
	});

	it('freezing that never falls in extinction: too high, safety learning; at a suppressed setting, the read-out', () => {
		const flat = answer.map((v, i) => (r.blocks[i].phase.startsWith('extinction') ? 60 : snapValue(FEAR_SKETCH, v)));
		expect(fearComment(flat, r, values)).toMatch(
			/Furthest off at extinction block 10: .* too high\)\. Each safe tone adds to a safety association/
		);
		const low = { ...values, astro: 0.4 };
		const rl = fearRun(low);
		const flatLow = fearAnswer(rl).map((v, i) => (rl.blocks[i].phase.startsWith('extinction') ? 60 : snapValue(FEAR_SKETCH, v)));
		expect(fearComment(flatLow, rl, low)).toMatch(/too high\)\. Suppressed astrocyte signalling reads the stored fear out weakly/);
	});

	it('fear drawn at once gone: too low, gradual at the learning rate', () => {
		const gone = answer.map((v, i) => (r.blocks[i].phase.startsWith('extinction') ? 0 : snapValue(FEAR_SKETCH, v)));
		const text = fearComment(gone, r, values);
		expect(text).toMatch(/extinction block 1: you drew 0%, the model gives 62% \(62 points too low\)/);
		expect(text).toContain('learning rate 0.03');
	});
});

describe('memory linking', () => {
	const values = { tau: 8, bump: 2, interval: 5, size: 10 };
	const c = curves(values, { pairs: 20 });
	const answer = linkingAnswer(c);

	it('a sketch on the curve is right, with the fading time constant and the half-time', () => {
		const text = linkingComment(onGrid(LINKING_SKETCH, answer), c, values);
		expect(text).toMatch(/^Close/);
		expect(text).toContain('8 h time constant');
		expect(text).toContain(`about ${Math.round(c.halfway)} h`);
	});

	it('a flat line at 50%: furthest off at 72 h, too high, back at chance', () => {
		const text = linkingComment([0.5, 0.5, 0.5, 0.5, 0.5, 0.5], c, values);
		expect(text).toContain('Furthest off at a gap of 72 h');
		expect(text).toContain('too high');
		expect(text).toContain('sits at chance (10%)');
	});

	it('no link at a short gap: too low, the head start', () => {
		const sketch = onGrid(LINKING_SKETCH, answer);
		sketch[0] = 0.1;
		const text = linkingComment(sketch, c, values);
		expect(text).toMatch(/Furthest off at a gap of 0 h: you drew 10%, the model gives 61% .* too low\)\. Soon after event A/);
	});

	it('below chance: the floor', () => {
		const sketch = onGrid(LINKING_SKETCH, answer);
		sketch[5] = 0;
		expect(linkingComment(sketch, c, values)).toContain('never drops below chance (10%)');
	});

	it('with no rise in excitability the reason is chance at every gap', () => {
		const flat = { ...values, bump: 0 };
		expect(linkingComment([0.6, 0.5, 0.4, 0.3, 0.2, 0.1], curves(flat), flat)).toContain('overlap sits at chance at every gap');
	});
});

describe('retroactive memory', () => {
	const values = { gain: 2, react: 0.6, enc: 0.4, spread: 0.2, noise: 0.15, pairs: 72 };
	const r = retroRun(values, { seed: 1 });
	const answer = retroAnswer(r);

	it('a sketch on the model is right and says why aversive recall climbs with the gain', () => {
		const text = retroComment(onGrid(RETRO_SKETCH, answer), r, values);
		expect(text).toMatch(/^Close: every point is within 5 points/);
		expect(text).toContain(`${percent(answer[4] / 100)} at 3×`);
	});

	it('a steep rise to 100%: too high at 3×, the gain only tips pairs near threshold', () => {
		const text = retroComment([40, 55, 70, 85, 100], r, values);
		expect(text).toMatch(/Furthest off at gain 3\.0×: you drew 100%, the model gives 56% .* too high/);
		expect(text).toContain('only pairs near the recall threshold');
	});

	it('aversive drawn far above neutral at gain 1: no boost at gain 1', () => {
		const sketch = onGrid(RETRO_SKETCH, answer);
		sketch[0] = 80;
		expect(retroComment(sketch, r, values)).toMatch(/gain 1\.0×.* too high\)\. At gain 1 there is no emotional boost/);
	});

	it('with no reactivation the gain has nothing to act on', () => {
		const none = { ...values, react: 0 };
		const rn = retroRun(none, { seed: 1 });
		expect(retroComment([40, 55, 70, 85, 100], rn, none)).toContain('nothing to act on');
	});
});

describe('inhibitory network', () => {
	const values = { eta: 1, rho0: 3, contrast: 4, relevance: 4, winStart: 220, winLength: 20 };
	const r = netRun(values);
	const answer = networkAnswer(r);

	it('a sketch on the model is right: the window lets the weight climb', () => {
		const text = networkComment(onGrid(NETWORK_SKETCH, answer), r, values);
		expect(text).toMatch(/^Close/);
		expect(text).toContain(`to ${r.relevantE[r.relevantE.length - 1].toFixed(2)} by the end`);
	});

	it('growth before the window: too high at 200 s, inhibition holds the output at its target', () => {
		const sketch = onGrid(NETWORK_SKETCH, answer);
		sketch[1] = 0.5;
		const text = networkComment(sketch, r, values);
		expect(text).toMatch(/Furthest off at 200 s: you drew 0\.50, the model gives 0\.16 \(0\.34 too high\)/);
		expect(text).toContain('target of 3 Hz');
	});

	it('no growth at all: too low after the window, the window lets it climb', () => {
		const flat = NETWORK_SKETCH.xs.map(() => 0.16);
		expect(networkComment(flat, r, values)).toMatch(/too low\)\. Halving inhibition lets the output surge/);
	});

	it('no window: the weight never moves', () => {
		const none = { ...values, winLength: 0 };
		expect(
			networkComment(
				NETWORK_SKETCH.xs.map(() => 0.6),
				netRun(none),
				none
			)
		).toContain('never moves');
	});
});

// The same comments in Spanish: the same model numbers, written with a decimal comma and "30 %".
describe('in Spanish', () => {
	const english = getLocale;
	beforeAll(() => overwriteGetLocale(() => 'es'));
	afterAll(() => overwriteGetLocale(english));

	it('fear model, no return of fear at renewal: where, which way, the model value and the context rule', () => {
		const values = { astro: 1, rate: 0.03, context: 0.3 };
		const r = fearRun(values);
		const sketch = onGrid(FEAR_SKETCH, fearAnswer(r));
		const renewal = r.blocks.findIndex((b) => b.phase === 'renewal');
		sketch[renewal] = snapValue(FEAR_SKETCH, r.blocks[renewal - 1].freezing);
		const text = fearComment(sketch, r, values);
		expect(text).toMatch(/^Donde más te alejaste fue en la renovación: dibujaste \d+\u00a0% y el modelo da /);
		expect(text).toContain(`el modelo da ${percent(r.renewal / 100, 0, 'es')}`);
		expect(text).toMatch(/ puntos por debajo\)\. La seguridad solo cuenta en la caja donde se aprendió/);
		expect(text).toContain('se le parece solo en un 30\u00a0%');
	});

	it('inhibitory network: decimal commas, "t = 200 s", and the target rate', () => {
		const values = { eta: 1, rho0: 3, contrast: 4, relevance: 4, winStart: 220, winLength: 20 };
		const r = netRun(values);
		const sketch = onGrid(NETWORK_SKETCH, networkAnswer(r));
		sketch[1] = 0.5;
		const text = networkComment(sketch, r, values);
		expect(text).toMatch(/^Donde más te alejaste fue en t = 200 s: dibujaste 0,50 y el modelo da 0,16 \(0,34 por encima\)\./);
		expect(text).toContain('su objetivo de 3 Hz');
	});

	it('memory linking on the curve: close, in points, with the half-time', () => {
		const values = { tau: 8, bump: 2, interval: 5, size: 10 };
		const c = curves(values, { pairs: 20 });
		const text = linkingComment(onGrid(LINKING_SKETCH, linkingAnswer(c)), c, values);
		expect(text).toMatch(/^Muy cerca: todos los puntos quedan a 5 puntos o menos de la respuesta\./);
		expect(text).toContain('una constante de tiempo de 8 h');
	});

	it('the chart’s read-out while sketching', () => {
		expect(predictPoint({ at: 'E4', what: 'Congelamiento', value: '30\u00a0%', index: 4, count: 15 })).toBe(
			'Tu predicción en E4: congelamiento 30\u00a0%. Punto 4 de 15.'
		);
	});
});

describe('in English, the read-out', () => {
	it('lowers a capitalised axis name, not an acronym', () => {
		expect(predictPoint({ at: 'E4', what: 'Freezing', value: '30%', index: 4, count: 15 })).toBe(
			'Your prediction at E4: freezing 30%. Point 4 of 15.'
		);
		expect(predictPoint({ at: '2', what: 'CS response', value: '1', index: 1, count: 2 })).toContain(': CS response 1.');
	});
});
