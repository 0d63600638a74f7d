/**
 * Claims about the model on the emotional-memory-integration page, held to the model.
 *
 * Every sentence in the prose (content/emotional-memory-integration.svx), the model figure's caption
 * and panel note, the quiz and the teachers' lesson that says what the model does is quoted here,
 * and the test under it runs the model (src/lib/models/retroactive-memory.ts) at the page's settings
 * (the slider defaults, seed 1, as RetroactiveModel.svelte runs it) or at the preset the sentence
 * names. If a sentence changes, change its test; if the model changes so that a test fails, the
 * sentence is wrong and must be rewritten. Each quoted sentence is held in both languages: its
 * Spanish counterpart (content/es/…, quiz.es.ts, lessons.es.ts, messages/es.json) must still say it,
 * with the same numbers (`says` in ./texts).
 */
import { describe, expect, it } from 'vitest';
import { GAIN_SWEEP, LEARNING_RATE, THRESHOLD, run, spec, type Result } from '../../../src/lib/models/retroactive-memory';
import { normalCdf } from '../../../src/lib/models/stats';
import { questions } from '../../../src/lib/figures/emotional-memory-integration/quiz';
import { questions as questionsEs } from '../../../src/lib/figures/emotional-memory-integration/quiz.es';
import { LESSONS } from '../../../src/lib/lessons/lessons';
import { LESSONS as LESSONS_ES } from '../../../src/lib/lessons/lessons.es';
import { says, texts } from './texts';

const DEFAULTS = Object.fromEntries(spec.map((s) => [s.key, s.default]));
const at = (changes: Record<string, number> = {}): Result => run({ ...DEFAULTS, ...changes }, { seed: 1 });
const slug = 'emotional-memory-integration';
const EN = texts(slug, 'en', questions, LESSONS[slug]);
const ES = texts(slug, 'es', questionsEs, LESSONS_ES[slug]);

const aversive = (r: Result) => r.trials.filter((t) => t.condition === 'aversive');
const neutral = (r: Result) => r.trials.filter((t) => t.condition === 'neutral');

describe('the model as the page describes it', () => {
	it('"During emotional learning the face brings its partner back in proportion to that strength, plus noise."', () => {
		says(
			EN.page,
			'During emotional learning the face brings its partner back in proportion to that strength, plus noise.',
			ES.page,
			'Durante el aprendizaje emocional, la cara trae de vuelta a su compañero en proporción a esa fuerza, más ruido.'
		);
		// With the least noise the sliders allow, reactivation is reactivation strength x initial strength.
		const r = at({ noise: 0.05 });
		for (const t of r.trials) expect(Math.abs(t.reactivation - DEFAULTS.react * t.initial)).toBeLessThan(DEFAULTS.react * 0.05 * 4.5);
	});

	it('"The strengthening is multiplied by an emotional gain for pairs whose face met a scream."', () => {
		says(
			EN.page,
			'The strengthening is multiplied by an emotional gain for pairs whose face met a scream.',
			ES.page,
			'El refuerzo se multiplica por una ganancia emocional en los pares cuya cara se encontró con un grito.'
		);
		const r = at();
		for (const t of aversive(r)) expect(t.final - t.initial).toBeCloseTo(LEARNING_RATE * DEFAULTS.gain * t.reactivation, 12);
		for (const t of neutral(r)) expect(t.final - t.initial).toBeCloseTo(LEARNING_RATE * t.reactivation, 12);
	});

	it('"At the test, a pair is recalled if its strength, plus noise, clears a threshold."', () => {
		says(
			EN.page,
			'At the test, a pair is recalled if its strength, plus noise, clears a threshold.',
			ES.page,
			'En la prueba, un par se recuerda si su fuerza, más ruido, supera un umbral.'
		);
		for (const t of at().trials) expect(t.recall).toBeCloseTo(normalCdf((t.final - THRESHOLD) / DEFAULTS.noise), 12);
	});
});

describe('"Three things to try"', () => {
	it('"Set the gain to 1: the two groups come out about the same, apart from the luck of which pairs landed in which group."', () => {
		says(
			EN.page,
			'Set the gain to 1: the two groups come out about the same, apart from the luck of which',
			ES.page,
			'Pon la ganancia en 1: los dos grupos salen más o menos igual, salvo por el azar de qué pares cayeron en cada grupo.'
		);
		const r = at({ gain: 1 });
		// No pair gains anything from the voice being a scream ...
		for (const t of r.trials) expect(t.benefit).toBe(0);
		// ... and what difference remains is within sampling error of zero.
		expect(Math.abs(r.advantage)).toBeLessThan(2 * r.advantageSE);
	});

	it('"Then set reactivation to zero and push the gain as high as it goes: nothing changes"', () => {
		says(
			EN.page,
			'Then set reactivation to zero and push the gain as high as it goes:',
			ES.page,
			'Después pon la reactivación a cero y sube la ganancia al máximo:'
		);
		says(
			EN.page,
			'nothing changes, because emotion has nothing to act on unless the old pair is active again.',
			ES.page,
			'no cambia nada, porque la emoción no tiene sobre qué actuar si el par antiguo no vuelve a activarse.'
		);
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
		says(
			EN.page,
			'Pairs that start weak are barely reactivated and gain almost nothing; pairs well above',
			ES.page,
			'Los pares que empiezan débiles apenas se reactivan y casi no ganan nada; los que están muy por encima del umbral se habrían recordado de todos modos.'
		);
		says(EN.page, 'The benefit peaks in between', ES.page, 'El beneficio alcanza su máximo entre unos y otros');
		says(
			EN.figures,
			"Panel 3 is the model's prediction that only traces strong enough to be reactivated benefit, with a ceiling for pairs that would be recalled anyway.",
			ES.figures,
			'El panel 3 es la predicción del modelo de que solo se benefician las huellas lo bastante fuertes para reactivarse, con un techo para los pares que se recordarían de todos modos.'
		);
		const curve = at().byStrength;
		const peak = curve.reduce((a, b) => (b.advantage > a.advantage ? b : a));
		expect(peak.strength).toBeGreaterThan(0.2);
		expect(peak.strength).toBeLessThan(0.8);
		expect(curve[0].advantage).toBeLessThan(0.01); // strength 0
		expect(curve[curve.length - 1].advantage).toBeLessThan(0.25 * peak.advantage); // strength 1
	});

	it('"One reading is that a memory needs a certain strength before a later scare can do anything for it. ... the model below behaves that way"', () => {
		says(
			EN.page,
			'the model below behaves that way, for a simple reason.',
			ES.page,
			'el modelo de abajo se comporta así, por una razón sencilla.'
		);
		const r = at();
		expect(r.weakHalfBenefit).toBeLessThan(r.strongHalfBenefit / 2);
	});
});

describe('what the model does not reproduce (issue 12, item 8)', () => {
	it('"pair by pair, the more a pair was reactivated the better it was recalled, and this holds just as strongly for neutral pairs as for scream pairs"', () => {
		says(
			EN.page,
			'pair by pair, the more a pair was reactivated the',
			ES.page,
			'par a par, cuanto más se reactivaba un par, mejor se recordaba'
		);
		says(
			EN.page,
			'this holds just as strongly for neutral pairs as for scream pairs',
			ES.page,
			'esto se cumple con la misma fuerza para los pares neutros que para los pares con grito'
		);
		says(EN.page, 'The model does not produce that contrast.', ES.page, 'El modelo no produce ese contraste.');
		says(
			EN.figures,
			'here reactivation goes with recall for neutral pairs as much as for',
			ES.figures,
			'aquí la reactivación va unida al recuerdo tanto en los pares neutros como en los aversivos'
		);
		const r = at();
		expect(r.correlation.aversive).toBeGreaterThan(0.5);
		expect(r.correlation.neutral).toBeGreaterThan(0.5);
		expect(Math.abs(r.correlation.aversive - r.correlation.neutral)).toBeLessThan(0.1);
	});

	it('"because in the model a neutral voice still strengthens a reactivated pair, only less"', () => {
		says(
			EN.page,
			'because in the model a neutral voice still strengthens a reactivated pair, only less.',
			ES.page,
			'porque en el modelo una voz neutra también refuerza un par reactivado, solo que menos.'
		);
		const r = at();
		const gained = neutral(r).filter((t) => t.reactivation > 0);
		expect(gained.length).toBeGreaterThan(0);
		for (const t of gained) expect(t.final).toBeGreaterThan(t.initial);
	});
});

describe('the figure caption', () => {
	it('"the same simulated pairs (seed 1) are reused as you move the sliders"', () => {
		says(
			EN.figures,
			'same simulated pairs (seed 1) are reused as you move the sliders',
			ES.figures,
			'los mismos pares simulados (semilla 1) se reutilizan al mover los controles'
		);
		const a = at();
		const b = at({ gain: 3, react: 0.2 });
		expect(b.trials.map((t) => t.initial)).toEqual(a.trials.map((t) => t.initial));
	});

	it('"aversive pairs recalled better, by assumption (the emotional gain is set above 1)"', () => {
		says(
			EN.figures,
			'aversive pairs recalled better, <em>by assumption</em> (the emotional',
			ES.figures,
			'los pares aversivos se recuerdan mejor, <em>por un supuesto</em> (la ganancia emocional'
		);
		expect(at().advantage).toBeGreaterThan(0);
		for (const t of at({ gain: 1 }).trials) expect(t.benefit).toBe(0);
	});

	it('"weakly encoded pairs gain least, from the dynamics"', () => {
		says(EN.figures, 'weakly encoded pairs', ES.figures, 'los pares codificados débilmente son los que menos ganan');
		const r = at();
		expect(r.weakHalfBenefit).toBeLessThan(r.strongHalfBenefit);
	});
});

describe('the quiz', () => {
	it('"Nothing: aversive and neutral pairs stay the same, because the earlier pair is never brought back to be strengthened."', () => {
		says(
			EN.quiz,
			'Nothing: aversive and neutral pairs stay the same, because the earlier pair is never brought back to be strengthened.',
			ES.quiz,
			'Nada: los pares aversivos y los neutros se quedan igual, porque el par anterior nunca vuelve a activarse para reforzarse.'
		);
		const r = at({ react: 0, gain: 3 });
		for (const t of r.trials) {
			expect(t.reactivation).toBe(0);
			expect(t.final).toBe(t.initial);
		}
	});

	it('"Neutral pairs do not depend on the gain in the model; without reactivation they simply keep their initial strength."', () => {
		says(
			EN.quiz,
			'Neutral pairs do not depend on the gain in the model; without reactivation they simply keep their initial strength.',
			ES.quiz,
			'En el modelo los pares neutros no dependen de la ganancia; sin reactivación, simplemente conservan su fuerza inicial.'
		);
		expect(at({ gain: 3 }).neutral).toBe(at({ gain: 1 }).neutral);
		for (const t of neutral(at({ react: 0 }))) expect(t.final).toBe(t.initial);
	});

	it('"in the model reactivation goes with recall just as much for neutral pairs, while in the study it did not"', () => {
		says(
			EN.quiz,
			'in the model reactivation goes with recall just as much for neutral pairs',
			ES.quiz,
			'en el modelo la reactivación va unida al recuerdo igual de fuerte en los pares neutros'
		);
		const r = at();
		expect(Math.abs(r.correlation.aversive - r.correlation.neutral)).toBeLessThan(0.1);
	});
});

describe('the teachers’ lesson', () => {
	it('"Raise the emotional gain and watch the aversive pairs pull ahead of the neutral ones"', () => {
		says(
			EN.lesson,
			'Raise the emotional gain and watch the aversive pairs pull ahead of the neutral ones',
			ES.lesson,
			'Sube la ganancia emocional y observa cómo las parejas aversivas se adelantan a las neutras'
		);
		const sweep = at().sweep;
		expect(sweep.map((s) => s.gain)).toEqual([...GAIN_SWEEP]);
		for (let i = 1; i < sweep.length; i++) expect(sweep[i].aversive).toBeGreaterThan(sweep[i - 1].aversive);
		for (const s of sweep) expect(s.neutral).toBe(sweep[0].neutral);
		// At the page's defaults the advantage is about 11.6 points.
		expect(at().advantage * 100).toBeCloseTo(11.6, 1);
	});

	it('"then set reactivation to zero and watch that advantage all but vanish (what is left is the luck of which pairs fell in which group), whatever the gain"', () => {
		says(
			EN.lesson,
			'then set reactivation to zero and watch that advantage all but vanish',
			ES.lesson,
			'luego pon la reactivación a cero y observa cómo esa ventaja casi desaparece'
		);
		for (const gain of [1, 2, 3]) {
			const r = at({ react: 0, gain });
			expect(r.advantage * 100).toBeCloseTo(1.0, 1);
			expect(Math.abs(r.advantage)).toBeLessThan(2 * r.advantageSE);
		}
	});
});
