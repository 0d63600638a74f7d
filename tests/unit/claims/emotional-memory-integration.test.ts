/**
 * Claims about the model on the emotional-memory-integration page, held to the model.
 *
 * Every sentence in the prose (content/emotional-memory-integration.svx), the model figure's caption
 * and panel note, the quiz and the teachers' lesson that says what the model does is quoted here,
 * and the test under it runs the model (src/lib/models/retroactive-memory.ts) at the page's settings
 * (the slider defaults, seed 1, as RetroactiveModel.svelte runs it) or at the preset the sentence
 * names. If a sentence changes, change its test; if the model changes so that a test fails, the
 * sentence is wrong and must be rewritten.
 */
import { readFileSync } from 'node:fs';
import { rendered } from './english';
import { describe, expect, it } from 'vitest';
import { GAIN_SWEEP, LEARNING_RATE, THRESHOLD, run, spec, type Result } from '../../../src/lib/models/retroactive-memory';
import { normalCdf } from '../../../src/lib/models/stats';
import { questions } from '../../../src/lib/figures/emotional-memory-integration/quiz';
import { LESSONS } from '../../../src/lib/lessons/lessons';

const DEFAULTS = Object.fromEntries(spec.map((s) => [s.key, s.default]));
const at = (changes: Record<string, number> = {}): Result => run({ ...DEFAULTS, ...changes }, { seed: 1 });
const page = readFileSync(new URL('../../../content/emotional-memory-integration.svx', import.meta.url), 'utf8');
const figure = rendered(
	readFileSync(new URL('../../../src/lib/figures/emotional-memory-integration/RetroactiveModel.svelte', import.meta.url), 'utf8')
);
const quizText = JSON.stringify(questions);
const lessonText = JSON.stringify(LESSONS['emotional-memory-integration']);

/** The sentence must still be on the page (whitespace-insensitive), so the test guards real text. */
function quoted(text: string, sentence: string) {
	const squash = (s: string) => s.replace(/\s+/g, ' ');
	expect(squash(text), `no longer on the page: "${sentence}"`).toContain(squash(sentence));
}

const aversive = (r: Result) => r.trials.filter((t) => t.condition === 'aversive');
const neutral = (r: Result) => r.trials.filter((t) => t.condition === 'neutral');

describe('the model as the page describes it', () => {
	it('"During emotional learning the face brings its partner back in proportion to that strength, plus noise."', () => {
		quoted(page, 'During emotional learning the face brings its partner back in proportion to that strength, plus noise.');
		// With the least noise the sliders allow, reactivation is reactivation strength x initial strength.
		const r = at({ noise: 0.05 });
		for (const t of r.trials) expect(Math.abs(t.reactivation - DEFAULTS.react * t.initial)).toBeLessThan(DEFAULTS.react * 0.05 * 4.5);
	});

	it('"The strengthening is multiplied by an emotional gain for pairs whose face met a scream."', () => {
		quoted(page, 'The strengthening is multiplied by an emotional gain for pairs whose face met a scream.');
		const r = at();
		for (const t of aversive(r)) expect(t.final - t.initial).toBeCloseTo(LEARNING_RATE * DEFAULTS.gain * t.reactivation, 12);
		for (const t of neutral(r)) expect(t.final - t.initial).toBeCloseTo(LEARNING_RATE * t.reactivation, 12);
	});

	it('"At the test, a pair is recalled if its strength, plus noise, clears a threshold."', () => {
		quoted(page, 'At the test, a pair is recalled if its strength, plus noise, clears a threshold.');
		for (const t of at().trials) expect(t.recall).toBeCloseTo(normalCdf((t.final - THRESHOLD) / DEFAULTS.noise), 12);
	});
});

describe('"Three things to try"', () => {
	it('"Set the gain to 1: the two groups come out about the same, apart from the luck of which pairs landed in which group."', () => {
		quoted(page, 'Set the gain to 1: the two groups come out about the same, apart from the luck of which');
		const r = at({ gain: 1 });
		// No pair gains anything from the voice being a scream ...
		for (const t of r.trials) expect(t.benefit).toBe(0);
		// ... and what difference remains is within sampling error of zero.
		expect(Math.abs(r.advantage)).toBeLessThan(2 * r.advantageSE);
	});

	it('"Then set reactivation to zero and push the gain as high as it goes: nothing changes"', () => {
		quoted(page, 'Then set reactivation to zero and push the gain as high as it goes:');
		quoted(page, 'nothing changes, because emotion has nothing to act on unless the old pair is active again.');
		const low = at({ react: 0, gain: 1 });
		const high = at({ react: 0, gain: 3 });
		expect(high.aversive).toBe(low.aversive);
		expect(high.neutral).toBe(low.neutral);
		for (const t of high.trials) {
			expect(t.final).toBe(t.initial);
			expect(t.benefit).toBe(0);
		}
	});

	it('"Pairs that start weak are barely reactivated and gain almost nothing; pairs well above the threshold would have been recalled anyway. The benefit peaks in between"', () => {
		quoted(page, 'Pairs that start weak are barely reactivated and gain almost nothing; pairs well above');
		quoted(page, 'The benefit peaks in between');
		const curve = at().byStrength;
		const peak = curve.reduce((a, b) => (b.advantage > a.advantage ? b : a));
		expect(peak.strength).toBeGreaterThan(0.2);
		expect(peak.strength).toBeLessThan(0.8);
		expect(curve[0].advantage).toBeLessThan(0.01); // strength 0
		expect(curve[curve.length - 1].advantage).toBeLessThan(0.25 * peak.advantage); // strength 1
	});

	it('"One reading is that a memory needs a certain strength before a later scare can do anything for it. ... the model below behaves that way"', () => {
		quoted(page, 'the model below behaves that way, for a simple reason.');
		const r = at();
		expect(r.weakHalfBenefit).toBeLessThan(r.strongHalfBenefit / 2);
	});
});

describe('what the model does not reproduce (issue 12, item 8)', () => {
	it('"pair by pair, the more a pair was reactivated the better it was recalled, and this holds just as strongly for neutral pairs as for scream pairs"', () => {
		quoted(page, 'pair by pair, the more a pair was reactivated the');
		quoted(page, 'this holds just as strongly for neutral pairs as for scream pairs');
		quoted(page, 'The model does not produce that contrast.');
		quoted(figure, 'here reactivation goes with recall for neutral pairs as much as for');
		const r = at();
		expect(r.correlation.aversive).toBeGreaterThan(0.5);
		expect(r.correlation.neutral).toBeGreaterThan(0.5);
		expect(Math.abs(r.correlation.aversive - r.correlation.neutral)).toBeLessThan(0.1);
	});

	it('"because in the model a neutral voice still strengthens a reactivated pair, only less"', () => {
		quoted(page, 'because in the model a neutral voice still strengthens a reactivated pair, only less.');
		const r = at();
		const gained = neutral(r).filter((t) => t.reactivation > 0);
		expect(gained.length).toBeGreaterThan(0);
		for (const t of gained) expect(t.final).toBeGreaterThan(t.initial);
	});
});

describe('the figure caption', () => {
	it('"the same simulated pairs (seed 1) are reused as you move the sliders"', () => {
		quoted(figure, 'same simulated pairs (seed 1) are reused as you move the sliders');
		const a = at();
		const b = at({ gain: 3, react: 0.2 });
		expect(b.trials.map((t) => t.initial)).toEqual(a.trials.map((t) => t.initial));
	});

	it('"aversive pairs recalled better, by assumption (the emotional gain is set above 1)"', () => {
		quoted(figure, 'aversive pairs recalled better, <em>by assumption</em> (the emotional');
		expect(at().advantage).toBeGreaterThan(0);
		for (const t of at({ gain: 1 }).trials) expect(t.benefit).toBe(0);
	});

	it('"weakly encoded pairs gain least, from the dynamics"', () => {
		quoted(figure, 'weakly encoded pairs');
		const r = at();
		expect(r.weakHalfBenefit).toBeLessThan(r.strongHalfBenefit);
	});
});

describe('the quiz', () => {
	it('"Nothing: aversive and neutral pairs stay the same, because the earlier pair is never brought back to be strengthened."', () => {
		quoted(
			quizText,
			'Nothing: aversive and neutral pairs stay the same, because the earlier pair is never brought back to be strengthened.'
		);
		const r = at({ react: 0, gain: 3 });
		for (const t of r.trials) {
			expect(t.reactivation).toBe(0);
			expect(t.final).toBe(t.initial);
		}
	});

	it('"Neutral pairs do not depend on the gain in the model; without reactivation they simply keep their initial strength."', () => {
		quoted(quizText, 'Neutral pairs do not depend on the gain in the model; without reactivation they simply keep their initial strength.');
		expect(at({ gain: 3 }).neutral).toBe(at({ gain: 1 }).neutral);
		for (const t of neutral(at({ react: 0 }))) expect(t.final).toBe(t.initial);
	});

	it('"in the model reactivation goes with recall just as much for neutral pairs, while in the study it did not"', () => {
		quoted(quizText, 'in the model reactivation goes with recall just as much for neutral pairs');
		const r = at();
		expect(Math.abs(r.correlation.aversive - r.correlation.neutral)).toBeLessThan(0.1);
	});
});

describe('the teachers’ lesson', () => {
	it('"Raise the emotional gain and watch the aversive pairs pull ahead of the neutral ones"', () => {
		quoted(lessonText, 'Raise the emotional gain and watch the aversive pairs pull ahead of the neutral ones');
		const sweep = at().sweep;
		expect(sweep.map((s) => s.gain)).toEqual([...GAIN_SWEEP]);
		for (let i = 1; i < sweep.length; i++) expect(sweep[i].aversive).toBeGreaterThan(sweep[i - 1].aversive);
		for (const s of sweep) expect(s.neutral).toBe(sweep[0].neutral);
		// At the page's defaults the advantage is about 11.6 points.
		expect(at().advantage * 100).toBeCloseTo(11.6, 1);
	});

	it('"then set reactivation to zero and watch that advantage all but vanish (what is left is the luck of which pairs fell in which group), whatever the gain"', () => {
		quoted(lessonText, 'then set reactivation to zero and watch that advantage all but vanish');
		for (const gain of [1, 2, 3]) {
			const r = at({ react: 0, gain });
			expect(r.advantage * 100).toBeCloseTo(1.0, 1);
			expect(Math.abs(r.advantage)).toBeLessThan(2 * r.advantageSE);
		}
	});
});
