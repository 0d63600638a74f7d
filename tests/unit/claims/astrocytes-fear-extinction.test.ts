/**
 * Claims the astrocytes page makes about its two models, each checked by running the model at the
 * setting the page talks about. Every test quotes the sentence it guards (prose in
 * content/astrocytes-fear-extinction.svx, figure captions, the quiz, the teachers' guide), so a
 * change to the model that makes a sentence false fails here, and a reworded sentence is easy to find.
 * Each quoted sentence is held in both languages (`says` in ./texts): it and its Spanish counterpart
 * (content/es/…, quiz.es.ts, lessons.es.ts, messages/es.json) must each still be in their file, with
 * the same numbers.
 *
 * Fear model: src/lib/models/fear-extinction.ts (presets: suppressed 0.4, control 1, elevated 1.6).
 * Decoding demo: src/lib/models/population-decoding.ts (defaults: gain 0.65, baseline 4 Hz, window 1 s).
 */
import { describe, expect, it } from 'vitest';
import {
	FIXED,
	PRESETS,
	checklist,
	expressionGain,
	learningEfficacy,
	run as fear,
	spec as fearSpec
} from '../../../src/lib/models/fear-extinction';
import { N_NEURONS, dPrimeSquaredTerms, neurons, run as decode, spec as decodingSpec } from '../../../src/lib/models/population-decoding';
import { defaults } from '../../../src/lib/models/types';
import { quiz } from '../../../src/lib/figures/astrocytes-fear-extinction/quiz';
import { quiz as quizEs } from '../../../src/lib/figures/astrocytes-fear-extinction/quiz.es';
import { LESSONS } from '../../../src/lib/lessons/lessons';
import { LESSONS as LESSONS_ES } from '../../../src/lib/lessons/lessons.es';
import { says, texts } from './texts';

const slug = 'astrocytes-fear-extinction';
const EN = texts(slug, 'en', quiz, LESSONS[slug]);
const ES = texts(slug, 'es', quizEs, LESSONS_ES[slug]);

const preset = (key: string) => PRESETS.find((p) => p.key === key)!.astro;
const control = fear({ astro: preset('control') });
const suppressed = fear({ astro: preset('hm3dq') });
const elevated = fear({ astro: preset('hm4di') });
const extinction = (r: ReturnType<typeof fear>) =>
	r.blocks.filter((b) => b.phase === 'extinction-1' || b.phase === 'extinction-2').map((b) => b.freezing);
const conditioning = (r: ReturnType<typeof fear>) => r.blocks.filter((b) => b.phase === 'conditioning').map((b) => b.freezing);

/** The fear model's slider settings on a coarse grid: every other astrocyte step, the ends and default of the rest. */
function* fearGrid() {
	const [a, r, c] = fearSpec;
	for (let astro = a.min; astro <= a.max + 1e-9; astro += a.step * 2)
		for (const rate of [r.min, r.default, r.max]) for (const context of [c.min, c.default, c.max]) yield { astro, rate, context };
}

describe('fear model: how it is built (prose and caption)', () => {
	it('"A fear association grows with each tone-shock pairing by the classic Rescorla-Wagner rule, closing a fixed share of the gap to its maximum each time."', () => {
		says(
			EN.page,
			'A fear association grows with each tone-shock pairing by the classic Rescorla-Wagner rule',
			ES.page,
			'Una asociación de miedo crece con cada emparejamiento tono-descarga según la clásica regla de Rescorla-Wagner'
		);
		says(
			EN.page,
			'closing a fixed share of the gap to its maximum each time.',
			ES.page,
			'que cierra cada vez una fracción fija de la distancia que la separa de su máximo.'
		);
		let v = 0;
		const seen = conditioning(control).map((f) => f / 100);
		for (let n = 0; n < FIXED.pairings; n++) {
			expect(seen[n]).toBeCloseTo(v, 12);
			v += FIXED.aAcq * (FIXED.L - v);
		}
		expect(control.fearAfterConditioning).toBeCloseTo(v, 12);
	});

	it('"A safety association grows with each safe tone, by a rule of the same gap-closing kind, and it counts only in the place where it was learned, which is why fear can return elsewhere."', () => {
		says(
			EN.page,
			'A safety association grows with each safe tone, by a rule of the same gap-closing kind, and it counts only in the place where it was learned, which is why fear can return elsewhere.',
			ES.page,
			'Una asociación de seguridad crece con cada tono seguro, según una regla del mismo tipo, que también va cerrando esa distancia, y solo cuenta en el lugar donde se aprendió; por eso el miedo puede volver en otro sitio.'
		);
		// Control, default settings: the safety association closes a fixed share of its gap per safe tone.
		const n = FIXED.extinctionDays * FIXED.trialsPerDay;
		const rate = defaults(fearSpec).rate;
		expect(control.safetyLearned).toBeCloseTo(control.fearAfterConditioning * (1 - (1 - rate) ** n), 12);
		// In a different box fear returns; in the extinction box itself (similarity 1) it does not.
		expect(control.renewal).toBeGreaterThan(control.retrieval);
		const sameBox = fear({ astro: 1, context: 1 });
		expect(sameBox.renewal).toBeLessThanOrEqual(sameBox.retrieval);
	});

	it('"The astrocyte slider acts only during the two extinction days." (caption: "The drug setting acts only on the two extinction days.")', () => {
		says(
			EN.page,
			'The astrocyte slider acts only during the two extinction days.',
			ES.page,
			'El control deslizante de los astrocitos actúa solo durante los dos días de extinción.'
		);
		says(
			EN.figures,
			'The drug setting acts only on the two extinction days.',
			ES.figures,
			'El ajuste del fármaco solo actúa en los dos días de extinción.'
		);
		for (const r of [suppressed, elevated]) expect(conditioning(r)).toEqual(conditioning(control));
		// At retrieval and renewal the read-out is back to control: an elevated setting that learned
		// as much safety as control would freeze exactly as control does. Its later tests differ only
		// through what it learned (see assumption 3 below), not through the drug itself.
		expect(elevated.fearAfterExtinction).toBeCloseTo(control.fearAfterExtinction, 12);
	});

	it('caption: "A fully learned fear read out at control strength gives 70% freezing (our choice), so no setting on the slider reaches the 100% ceiling; freezing cannot fall below 0%."', () => {
		says(
			EN.figures,
			'A fully learned fear read out at control strength gives {full} freezing (our choice), so no setting on the slider reaches the {ceiling} ceiling; freezing cannot fall below {floor}.',
			ES.figures,
			'Un miedo aprendido por completo y expresado con la fuerza control da un {full} de congelamiento (elección nuestra), así que ningún ajuste del control deslizante alcanza el techo del {ceiling}; el congelamiento no puede bajar de {floor}.'
		);
		expect(100 * FIXED.L).toBeCloseTo(70, 12);
		let max = 0;
		let min = Infinity;
		for (const p of fearGrid()) {
			for (const f of fear(p).trials) {
				max = Math.max(max, f);
				min = Math.min(min, f);
			}
		}
		expect(min).toBeGreaterThanOrEqual(0);
		expect(max).toBeLessThan(100);
		// in particular the elevated preset is never pinned: its first four blocks all differ
		const e = extinction(elevated);
		for (let i = 1; i < 4; i++) expect(e[i]).toBeLessThan(e[i - 1]);
	}, 30_000);
});

describe('fear model: the three assumptions and what each does to the chart', () => {
	it('1. Read-out: "On the chart, the suppressed setting starts extinction below control and the elevated one above it."', () => {
		says(
			EN.page,
			'**Read-out.** Astrocyte signalling sets how strongly the stored fear is turned into freezing. On the chart, the suppressed setting starts extinction below control and the elevated one above it.',
			ES.page,
			'**Lectura.** La señalización astrocitaria determina con qué intensidad el miedo almacenado se traduce en congelamiento. En el gráfico, el ajuste suprimido empieza la extinción por debajo del control y el elevado, por encima.'
		);
		expect(expressionGain(preset('hm3dq'))).toBeLessThan(1);
		expect(expressionGain(preset('hm4di'))).toBeGreaterThan(1);
		expect(suppressed.block1).toBeLessThan(control.block1);
		expect(elevated.block1).toBeGreaterThan(control.block1);
	});

	it('2. Re-storage: "On the chart, the suppressed curve stays below control at retrieval and renewal, after the drug has gone."', () => {
		says(
			EN.page,
			'**Re-storage.** A fear memory that is read out weakly is stored back a little weaker each time. On the chart, the suppressed curve stays below control at retrieval and renewal, after the drug has gone.',
			ES.page,
			'**Nuevo almacenamiento.** Una memoria de miedo que se lee débilmente vuelve a almacenarse un poco más débil cada vez. En el gráfico, la curva suprimida se mantiene por debajo del control en la evocación y en la renovación, cuando el fármaco ya ha desaparecido.'
		);
		expect(suppressed.retrieval).toBeLessThan(control.retrieval);
		expect(suppressed.renewal).toBeLessThan(control.renewal);
		// the fear memory itself was stored back weaker; control and elevated keep what conditioning built
		expect(suppressed.fearAfterExtinction).toBeLessThan(suppressed.fearAfterConditioning);
		expect(control.fearAfterExtinction).toBeCloseTo(control.fearAfterConditioning, 12);
		expect(elevated.fearAfterExtinction).toBeCloseTo(elevated.fearAfterConditioning, 12);
	});

	it('3. Safety learning: "On the chart, the elevated curve falls more slowly than control and stays above it at retrieval."', () => {
		says(
			EN.page,
			'Safety is learned fastest at the control setting and more slowly the further the slider moves either way. On the chart, the elevated curve falls more slowly than control and stays above it at retrieval.',
			ES.page,
			'La seguridad se aprende más deprisa en el ajuste control y más despacio cuanto más se aleja el control deslizante en cualquiera de los dos sentidos. En el gráfico, la curva elevada desciende más despacio que el control y se mantiene por encima de él en la evocación.'
		);
		expect(learningEfficacy(preset('hm4di'))).toBeLessThan(1);
		const fall = (r: ReturnType<typeof fear>) => (r.block1 - r.lateExtinction) / r.block1;
		expect(fall(elevated)).toBeLessThan(fall(control));
		expect(elevated.block1 - elevated.lateExtinction).toBeLessThan(control.block1 - control.lateExtinction);
		expect(elevated.retrieval).toBeGreaterThan(control.retrieval);
	});
});

describe('fear model: what the reader sees with the presets', () => {
	it('"With control signalling, freezing falls across the ten extinction blocks, stays low at retrieval and climbs back at renewal"', () => {
		says(
			EN.page,
			'With control signalling, freezing falls across the ten extinction blocks, stays low at retrieval and climbs back at renewal',
			ES.page,
			'Con la señalización control, el congelamiento cae a lo largo de los diez bloques de extinción, se mantiene bajo en la evocación y vuelve a subir en la renovación'
		);
		const e = extinction(control);
		expect(e).toHaveLength(10);
		for (let i = 1; i < e.length; i++) expect(e[i]).toBeLessThan(e[i - 1]);
		expect(control.retrieval).toBeLessThan(control.block1 / 2);
		expect(control.renewal).toBeGreaterThan(control.retrieval);
		expect(control.renewal).toBeGreaterThan(control.lateExtinction);
	});

	it('"slide the context similarity up and renewal shrinks, because the renewal box now looks like the place where safety was learned"', () => {
		says(
			EN.page,
			'slide the context similarity up and renewal shrinks, because the renewal box now looks like the place where safety was learned',
			ES.page,
			'sube la similitud del contexto y la renovación se reduce, porque la caja de la renovación se parece ahora al lugar donde se aprendió la seguridad'
		);
		const c = fearSpec.find((p) => p.key === 'context')!;
		let before = Infinity;
		for (let x = c.min; x <= c.max + 1e-9; x += c.step) {
			const renewal = fear({ astro: 1, context: x }).renewal;
			expect(renewal).toBeLessThan(before);
			before = renewal;
		}
	});

	it('"The suppressed setting lowers freezing at blocks 1 and 2 and at retrieval, the elevated one raises it"', () => {
		says(
			EN.page,
			'The suppressed setting lowers freezing at blocks 1 and 2 and at retrieval, the elevated one raises it',
			ES.page,
			'El ajuste suprimido reduce el congelamiento en los bloques 1 y 2 y en la evocación, el elevado lo aumenta'
		);
		for (const key of ['block1', 'block2', 'retrieval'] as const) {
			expect(suppressed[key], key).toBeLessThan(control[key]);
			expect(elevated[key], key).toBeGreaterThan(control[key]);
		}
	});

	it('"Only one row, the fall across extinction, comes out of the learning itself; every other row holds because of the context rule or one of the three assumptions"', () => {
		says(
			EN.page,
			'Only one row, the fall across extinction, comes out of the learning itself; every other row holds because of the context rule or one of the three assumptions',
			ES.page,
			'Solo una fila, el descenso a lo largo de la extinción, surge del propio aprendizaje; todas las demás se cumplen por la regla del contexto o por uno de los tres supuestos'
		);
		says(EN.figures, 'Reproduced by the learning dynamics: {because}.', ES.figures, 'Lo reproduce la dinámica del aprendizaje: {because}.');
		says(EN.figures, 'Holds by {because}.', ES.figures, 'Se cumple por {because}.');
		says(EN.figures, 'Reported contrasts the model matches:', ES.figures, 'Contrastes publicados con los que coincide el modelo:');
		for (const p of PRESETS) {
			const rows = checklist({ ...defaults(fearSpec), astro: p.astro });
			for (const row of rows) expect(row.ok, `${p.key}: ${row.group}-${row.id}`).toBe(true);
			expect(rows.filter((row) => row.basis === 'dynamics').map((row) => row.id)).toEqual(['falls']);
			// the learning rule for the dynamics row; the context rule or a numbered assumption for every other
			for (const row of rows) expect(row.because === 'safety-grows', row.id).toBe(row.basis === 'dynamics');
		}
	});

	it('"Both disturbed settings leave it weaker than control, the shared cost the study reports, but only because the assumptions say they should: assumption 3, and for the suppressed setting assumption 2 as well."', () => {
		says(
			EN.page,
			'Both disturbed settings leave it weaker than control, the shared cost the study reports, but only because the assumptions say they should: assumption 3, and for the suppressed setting assumption 2 as well.',
			ES.page,
			'Los dos ajustes alterados la dejan más débil que el control, el coste compartido que publica el estudio, pero solo porque los supuestos dicen que así debe ser: el supuesto 3 y, en el ajuste suprimido, también el 2.'
		);
		expect(suppressed.safetyLearned).toBeLessThan(control.safetyLearned);
		expect(elevated.safetyLearned).toBeLessThan(control.safetyLearned);
		// For the elevated setting the fear memory is untouched, so the safety association follows the
		// control closed form with the learning rate scaled by h (assumption 3) and by nothing else:
		// with h = 1 it would equal control exactly.
		const n = FIXED.extinctionDays * FIXED.trialsPerDay;
		const rate = defaults(fearSpec).rate;
		const h = learningEfficacy(preset('hm4di'));
		expect(elevated.safetyLearned).toBeCloseTo(elevated.fearAfterConditioning * (1 - (1 - rate * h) ** n), 12);
		expect(control.fearAfterConditioning * (1 - (1 - rate) ** n)).toBeCloseTo(control.safetyLearned, 12);
		// the suppressed setting has the same h as the elevated one (the tuning is symmetric about
		// control) and learns less safety still: the rest comes from its weaker fear memory (assumption 2)
		expect(learningEfficacy(preset('hm3dq'))).toBeCloseTo(h, 12);
		expect(suppressed.safetyLearned).toBeLessThan(elevated.safetyLearned);
		expect(suppressed.fearAfterExtinction).toBeLessThan(elevated.fearAfterExtinction);
	});

	it('checklist rows hold across the whole slider, not only at the presets', () => {
		says(
			EN.page,
			'the checklist beside the chart marks each reported contrast the model matches, and why',
			ES.page,
			'la lista de comprobación junto al gráfico marca cada contraste publicado con el que coincide el modelo, y por qué'
		);
		const a = fearSpec[0];
		for (let astro = a.min; astro <= a.max + 1e-9; astro += a.step) {
			for (const row of checklist({ astro: Number(astro.toFixed(2)) })) expect(row.ok, `${astro}: ${row.group}-${row.id}`).toBe(true);
		}
	}, 30_000);

	it('quiz: extinction "adds learning rather than deleting it" — in the model, control extinction leaves the fear association as conditioning built it', () => {
		says(EN.quiz, 'Extinction adds learning rather than deleting it.', ES.quiz, 'La extinción añade aprendizaje en lugar de borrarlo.');
		expect(control.fearAfterExtinction).toBe(control.fearAfterConditioning);
		expect(control.safetyLearned).toBeGreaterThan(0);
	});
});

describe('decoding demo (prose, caption and quiz)', () => {
	const d = defaults(decodingSpec);
	const at = (params: Record<string, number>, options = {}) => decode({ ...d, ...params }, options);

	it('"Each fires randomly at its own background rate and a little faster while the tone plays."', () => {
		says(
			EN.page,
			'The demo below simulates 40 amygdala-like neurons. Each fires randomly at its own background rate and a little faster while the tone plays.',
			ES.page,
			'La demostración de abajo simula 40 neuronas parecidas a las de la amígdala. Cada una dispara al azar a su propia frecuencia basal y un poco más deprisa mientras suena el tono.'
		);
		const cells = neurons(d.gain, d.baseline);
		expect(N_NEURONS).toBe(40);
		expect(cells).toHaveLength(N_NEURONS);
		expect(new Set(cells.map((c) => c.f0.toFixed(6))).size).toBeGreaterThan(N_NEURONS / 2);
		for (const c of cells) expect(c.f1).toBeGreaterThan(c.f0);
	});

	it('"The gain slider scales how much faster every neuron fires for the tone" (quiz: "Baseline firing is untouched; only the extra firing during the tone shrinks.")', () => {
		says(
			EN.page,
			'The gain slider scales how much faster every neuron fires for the tone',
			ES.page,
			'El control deslizante de ganancia escala cuánto más deprisa dispara cada neurona con el tono'
		);
		says(
			EN.quiz,
			'Baseline firing is untouched; only the extra firing during the tone shrinks.',
			ES.quiz,
			'La actividad basal no cambia; solo se reduce la actividad adicional durante el tono.'
		);
		const full = neurons(1, d.baseline);
		const half = neurons(0.5, d.baseline);
		full.forEach((c, i) => {
			expect(half[i].f0).toBe(c.f0);
			expect(half[i].f1 - half[i].f0).toBeCloseTo(0.5 * (c.f1 - c.f0), 12);
		});
	});

	it('caption: "Φ(d′/2) with d′² = T Σ (Δfᵢ)² / f̄ᵢ, where f̄ᵢ is the mean of neuron i\'s rates with and without the tone"', () => {
		says(
			EN.figures,
			"Φ(d′/2) with d′² = T Σ (Δfᵢ)² / f̄ᵢ, where f̄ᵢ is the mean of neuron i's rates with and without the tone",
			ES.figures,
			'Φ(d′/2) con d′² = T Σ (Δfᵢ)² / f̄ᵢ, donde f̄ᵢ es la media de las frecuencias de la neurona i con y sin el tono'
		);
		const cells = neurons(d.gain, d.baseline);
		const terms = dPrimeSquaredTerms(cells, d.window);
		cells.forEach((c, i) => expect(terms[i]).toBeCloseTo((d.window * (c.f1 - c.f0) ** 2) / ((c.f0 + c.f1) / 2), 12));
	});

	it('1. "The accuracy curve sinks. At every ensemble size the decoder is right less often, so it needs more neurons to be as sure." (quiz: "the decoder needs more neurons to reach the same accuracy")', () => {
		says(
			EN.page,
			'**The accuracy curve sinks.** At every ensemble size the decoder is right less often, so it needs more neurons to be as sure.',
			ES.page,
			'**La curva de precisión se hunde.** Con cualquier tamaño de conjunto, el decodificador acierta menos a menudo, así que necesita más neuronas para tener la misma seguridad.'
		);
		says(
			EN.quiz,
			'the decoder needs more neurons to reach the same accuracy',
			ES.quiz,
			'el decodificador necesita más neuronas para alcanzar la misma precisión'
		);
		const r = at({});
		r.closedForm.forEach((p, i) => expect(p, `${i + 1} neurons`).toBeLessThan(r.control[i]));
		const need = (curve: number[]) => curve.findIndex((p) => p >= 0.9) + 1;
		expect(need(r.closedForm)).toBeGreaterThan(need(r.control));
		const half = at({ gain: 0.5 });
		expect(need(half.closedForm)).toBeGreaterThan(need(half.control));
	});

	it('quiz: "accuracy at every ensemble size falls, although adding neurons still helps" (lessons: "show how accuracy grows with ensemble size")', () => {
		says(
			EN.quiz,
			'accuracy at every ensemble size falls, although adding neurons still helps',
			ES.quiz,
			'la precisión baja con todos los tamaños de conjunto, aunque añadir neuronas sigue ayudando'
		);
		says(EN.lesson, 'show how accuracy grows with ensemble size', ES.lesson, 'mostrar cómo crece la precisión con el tamaño del conjunto');
		for (const gain of [0.5, 1]) {
			const r = at({ gain });
			for (let i = 1; i < r.closedForm.length; i++) expect(r.closedForm[i]).toBeGreaterThanOrEqual(r.closedForm[i - 1]);
			expect(r.closedForm[N_NEURONS - 1]).toBeGreaterThan(r.closedForm[0] + 0.2);
		}
	});

	it('2. "The bits per neuron fall faster than the gain. Halve the tuning and each neuron carries only about a third of its information" (quiz: "halving the tuning leaves about a third of it")', () => {
		says(
			EN.page,
			'**The bits per neuron fall faster than the gain.** Halve the tuning and each neuron carries only about a third of its information',
			ES.page,
			'**Los bits por neurona caen más deprisa que la ganancia.** Reduce la sintonía a la mitad y cada neurona transmite solo alrededor de un tercio de su información'
		);
		says(EN.quiz, 'halving the tuning leaves about a third of it', ES.quiz, 'reducirla a la mitad deja alrededor de un tercio');
		const ratio = (gain: number) => {
			const r = at({ gain });
			return r.infoPerNeuron / r.infoPerNeuronControl;
		};
		expect(ratio(0.5)).toBeGreaterThan(0.25);
		expect(ratio(0.5)).toBeLessThan(0.4);
		for (const gain of [0.25, 0.5, 0.65, 0.9]) expect(ratio(gain), `gain ${gain}`).toBeLessThan(gain);
	});

	it('3. "The dots scatter around the smooth curve. The curve is a formula; the dots come from a limited number of simulated trials, so they wander a little. Press \\"New sample of trials\\" to draw a fresh set."', () => {
		says(
			EN.page,
			'**The dots scatter around the smooth curve.** The curve is a formula; the dots come from a limited number of simulated trials, so they wander a little.',
			ES.page,
			'**Los puntos se dispersan alrededor de la curva suave.** La curva es una fórmula; los puntos proceden de un número limitado de ensayos simulados, así que oscilan un poco.'
		);
		const a = at({}, { seed: 1 });
		const b = at({}, { seed: 2 });
		expect(a.simulated).not.toEqual(b.simulated);
		const gap = a.simulated.reduce((s, p, i) => s + Math.abs(p - a.closedForm[i]), 0) / N_NEURONS;
		expect(gap).toBeGreaterThan(0.001);
		expect(gap).toBeLessThan(0.03);
	});

	it('"A higher baseline rate buries the tone\'s extra spikes in more background firing, and accuracy falls. A longer trial window gives each neuron more spikes to count, and accuracy rises."', () => {
		says(
			EN.page,
			"A higher baseline rate buries the tone's extra spikes in more background firing, and accuracy falls. A longer trial window gives each neuron more spikes to count, and accuracy rises.",
			ES.page,
			'Una frecuencia basal más alta entierra los potenciales de acción adicionales del tono en más actividad de fondo, y la precisión baja. Una ventana de ensayo más larga da a cada neurona más potenciales que contar, y la precisión sube.'
		);
		const last = N_NEURONS - 1;
		expect(at({ baseline: 12 }).closedForm[last]).toBeLessThan(at({ baseline: 4 }).closedForm[last]);
		expect(at({ baseline: 4 }).closedForm[last]).toBeLessThan(at({ baseline: 1 }).closedForm[last]);
		expect(at({ window: 2.5 }).closedForm[last]).toBeGreaterThan(at({ window: 1 }).closedForm[last]);
		expect(at({ window: 1 }).closedForm[last]).toBeGreaterThan(at({ window: 0.25 }).closedForm[last]);
	});

	it('"with very few spikes per trial (a baseline of one spike a second, counted over a quarter of a second) the dots sit a point or so above the curve on average" (caption: "the simulated decoder, which uses the exact Poisson odds, does about a point better")', () => {
		says(
			EN.page,
			'with very few spikes per trial (a baseline of one spike a second, counted over a quarter of a second) the dots sit a point or so above the curve on average',
			ES.page,
			'con muy pocos potenciales por ensayo (una frecuencia basal de un potencial por segundo, contados durante un cuarto de segundo), los puntos quedan, de media, más o menos un punto por encima de la curva'
		);
		says(
			EN.figures,
			'the simulated decoder, which uses the exact Poisson odds, does about a point better',
			ES.figures,
			'el decodificador simulado, que usa las probabilidades exactas de Poisson, acierta alrededor de un punto más'
		);
		// Enough trials that sampling noise (about 0.2 points) cannot explain the gap.
		const trials = 40000;
		const mean = (r: ReturnType<typeof decode>) => r.simulated.reduce((s, p, i) => s + (p - r.closedForm[i]), 0) / N_NEURONS;
		const low = at({ baseline: 1, window: 0.25 }, { trials, seed: 3 });
		const lowMax = Math.max(...low.simulated.map((p, i) => p - low.closedForm[i]));
		expect(mean(low)).toBeGreaterThan(0.002);
		expect(lowMax).toBeGreaterThan(0.006);
		expect(lowMax).toBeLessThan(0.025);
		// at the default counts (4 Hz, 1 s) the formula and the simulation agree
		expect(Math.abs(mean(at({}, { trials, seed: 3 })))).toBeLessThan(0.002);
	}, 60_000);
});
