/**
 * Claims about the models on the intrinsic-excitability page, held to the models.
 *
 * Every sentence in the prose (content/intrinsic-excitability.svx), the figures' captions, the quiz
 * and the teachers' lesson that says what a model does is quoted here, and the test under it runs
 * the model at the scroll step's preset that the sentence sits beside. The presets are read from
 * the figure components themselves, so a changed preset re-runs the claim at the new settings.
 * Each quoted sentence is held in both languages: its Spanish counterpart (content/es/…, quiz.es.ts,
 * lessons.es.ts, messages/es.json) must still say it, with the same numbers (`says` in ./texts).
 */
import { describe, expect, it } from 'vitest';
import { BASELINE, CURRENTS, closedFormRate, fiCurve, rheobase, simulate, type CellParams } from '../../../src/lib/models/lif-neuron';
import { allocationProbability, run as allocate } from '../../../src/lib/models/memory-allocation';
import { curves, expectedOverlap, run as link } from '../../../src/lib/models/memory-linking';
import {
	bcm,
	converge,
	run as gainControl,
	PHASES,
	QUIET_HISTORY,
	slidingThreshold,
	bcmSpec
} from '../../../src/lib/models/intrinsic-plasticity';
import { quiz } from '../../../src/lib/figures/intrinsic-excitability/quiz';
import { quiz as quizEs } from '../../../src/lib/figures/intrinsic-excitability/quiz.es';
import { LESSONS } from '../../../src/lib/lessons/lessons';
import { LESSONS as LESSONS_ES } from '../../../src/lib/lessons/lessons.es';
import { read, says, texts } from './texts';

const slug = 'intrinsic-excitability';
const EN = texts(slug, 'en', quiz, LESSONS[slug]);
const ES = texts(slug, 'es', quizEs, LESSONS_ES[slug]);
const dir = `src/lib/figures/${slug}`;

/** The scroll-step presets of a figure, parsed from its `const PRESETS = [ { a: 1, ... }, ... ];`. */
function presets(file: string): Record<string, number>[] {
	const src = read(`${dir}/${file}`);
	const m = /const PRESETS = (\[[\s\S]*?\n\t\]);/.exec(src);
	if (!m) throw new Error(`${file}: no PRESETS`);
	return JSON.parse(m[1].replace(/([a-z]+):/g, '"$1":')) as Record<string, number>[];
}

const lif = presets('Excitability.svelte');
const alloc = presets('Allocation.svelte');
const linking = presets('Linking.svelte');
const gain = presets('GainControl.svelte');
const cell = (p: Record<string, number>): CellParams => ({ vth: p.vth, rin: p.rin, ahp: p.ahp });
const baseFi = fiCurve(BASELINE);

describe('Three dials on one neuron (Excitability, steps 1-4)', () => {
	it('"the same cell with its threshold set a little lower. It starts firing sooner (its rheobase falls) and fires faster at every input."', () => {
		says(EN.page, 'It starts firing', ES.page, 'Empieza a disparar antes');
		says(
			EN.page,
			'sooner (its <Term t="rheobase">rheobase</Term> falls) and fires faster at every input.',
			ES.page,
			'(su <Term t="rheobase">reobase</Term> baja) y dispara más rápido con cualquier entrada.'
		);
		const c = cell(lif[0]);
		expect(c.vth).toBeLessThan(BASELINE.vth);
		expect(c.rin).toBe(BASELINE.rin);
		expect(rheobase(c)).toBeLessThan(rheobase(BASELINE));
		const fi = fiCurve(c);
		CURRENTS.forEach((i, j) => {
			if (fi[j] > 0 || baseFi[j] > 0) expect(fi[j], `${i} pA`).toBeGreaterThan(baseFi[j]);
		});
	});

	it('"the threshold is back at baseline, but the resistance is higher: the curve again slides to the left, most clearly near the point where firing begins."', () => {
		says(
			EN.page,
			'is back at baseline, but the resistance is higher: the curve again slides to the left, most clearly',
			ES.page,
			'el umbral ha vuelto a su valor de referencia, pero la resistencia es mayor: la curva vuelve a desplazarse hacia la izquierda, sobre todo cerca del punto en que empieza el disparo.'
		);
		const c = cell(lif[1]);
		expect(c.vth).toBe(BASELINE.vth);
		expect(c.rin).toBeGreaterThan(BASELINE.rin);
		expect(rheobase(c)).toBeLessThan(rheobase(BASELINE));
		const fi = fiCurve(c);
		const gap = CURRENTS.map((_, j) => fi[j] - baseFi[j]);
		CURRENTS.forEach((_, j) => expect(gap[j]).toBeGreaterThanOrEqual(0));
		// The largest gap sits at the baseline cell's firing onset, and it narrows towards high input.
		const widest = gap.indexOf(Math.max(...gap));
		expect(CURRENTS[widest]).toBeLessThanOrEqual(rheobase(BASELINE) + 40);
		expect(gap[gap.length - 1]).toBeLessThan(gap[widest] / 2);
	});

	it('"Switch on a strong AHP and watch the trace: the gaps between spikes stretch as the cell adapts, and the f-I curve flattens."', () => {
		says(
			EN.page,
			'Switch on a strong AHP and watch the trace: the gaps between spikes stretch as the cell adapts, and the f-I curve flattens.',
			ES.page,
			'Activa una AHP fuerte y observa el trazo: los intervalos entre espigas se alargan a medida que la célula se adapta, y la curva f-I se aplana.'
		);
		const c = cell(lif[2]);
		expect(c.ahp).toBeGreaterThan(0);
		const { spikes } = simulate(c, lif[2].current, { duration: 300 });
		const isi = spikes.slice(1).map((t, i) => t - spikes[i]);
		expect(isi.length).toBeGreaterThan(3);
		expect(isi[isi.length - 1]).toBeGreaterThan(1.5 * isi[0]);
		// Flatter: the rise in rate from onset to the top current is smaller than without the AHP.
		const withAhp = fiCurve(c);
		const without = fiCurve({ ...c, ahp: 0 });
		const top = CURRENTS.length - 1;
		expect(withAhp[top]).toBeLessThan(without[top]);
		expect(withAhp[top] - withAhp[CURRENTS.findIndex((_, j) => withAhp[j] > 0)]).toBeLessThan(
			without[top] - without[CURRENTS.findIndex((_, j) => without[j] > 0)]
		);
	});

	it('"Put the changes together, a lower threshold and fewer open leak channels, and you have a cell that responds to input its neighbours would ignore."', () => {
		says(
			EN.page,
			'Put the changes together, a lower threshold and fewer open leak channels, and you have a cell that',
			ES.page,
			'Junta los cambios, un umbral más bajo y menos canales de fuga abiertos, y tendrás una célula que'
		);
		says(EN.page, 'responds to input its neighbours would ignore.', ES.page, 'responde a entradas que sus vecinas ignorarían.');
		const c = cell(lif[3]);
		expect(c.vth).toBeLessThan(BASELINE.vth);
		expect(c.rin).toBeGreaterThan(BASELINE.rin);
		const ignored = CURRENTS.filter((i) => i > rheobase(c) && i <= rheobase(BASELINE));
		expect(ignored.length).toBeGreaterThan(0);
		for (const i of ignored) {
			expect(closedFormRate(BASELINE, i)).toBe(0);
			expect(closedFormRate(c, i)).toBeGreaterThan(0);
		}
	});
});

describe('A competition for the memory (Allocation, steps 1-4)', () => {
	it('"Here a small share of the cells, drawn as squares, has been made more excitable. Look how often they end up solid."', () => {
		says(EN.page, 'Look how often they end up solid.', ES.page, 'Fíjate en cuántas veces esos cuadrados acaban rellenos.');
		const r = allocate(alloc[0]);
		expect(r.simulated.boosted).toBeGreaterThan(4 * r.chance);
		expect(r.simulated.boosted).toBeGreaterThan(4 * r.simulated.other);
	});

	it('"Take the boost away. Now every cell is on equal terms, and each one\'s chance of joining is simply the engram size divided by the population, k/N"', () => {
		says(
			EN.page,
			'Take the boost away. Now every cell is on equal terms',
			ES.page,
			'Quita el refuerzo. Ahora todas las células están en igualdad de condiciones'
		);
		const r = allocate(alloc[1]);
		expect(alloc[1].boost).toBe(0);
		expect(r.curve.boosted[0]).toBeCloseTo(r.chance, 6);
		expect(r.curve.other[0]).toBeCloseTo(r.chance, 6);
		expect(Math.abs(r.simulated.boosted - r.chance)).toBeLessThan(0.03);
		expect(Math.abs(r.simulated.other - r.chance)).toBeLessThan(0.01);
	});

	it('"Press New event a few times: the winners change every time and no cell is favoured."', () => {
		says(
			EN.page,
			'the winners change every time and no cell is favoured.',
			ES.page,
			'las ganadoras cambian cada vez y ninguna célula sale favorecida.'
		);
		const events = [1, 2, 3].map((event) => allocate({ ...alloc[1], event }).engram);
		for (let e = 1; e < events.length; e++) expect(Array.from(events[e])).not.toEqual(Array.from(events[0]));
	});

	it('"With a large boost, the boosted cells take most of the places."', () => {
		says(
			EN.page,
			'With a large boost, the boosted cells take most of the places.',
			ES.page,
			'Con un refuerzo grande, las células reforzadas se quedan con la mayoría de los puestos.'
		);
		const r = allocate(alloc[2]);
		expect(alloc[2].boost).toBeGreaterThan(alloc[0].boost);
		expect((r.simulated.boosted * r.counts.boostedTotal) / r.k).toBeGreaterThan(0.5);
	});

	it('"The model adds a prediction of its own: because places are limited, the cells without a boost now join less often than chance."', () => {
		says(EN.page, 'The model adds a prediction', ES.page, 'El modelo añade una predicción propia');
		says(
			EN.page,
			'of its own: because places are limited, the cells without a boost now join less often than chance.',
			ES.page,
			'como los puestos son limitados, las células sin refuerzo entran ahora con menos frecuencia de la que daría el azar.'
		);
		const r = allocate(alloc[2]);
		expect(r.simulated.other).toBeLessThan(r.chance);
		expect(r.curve.other[r.curve.other.length - 1]).toBeLessThan(r.chance);
	});

	it('"Each boosted cell\'s own chance of joining falls by about half (in the model, from about 47% to about 23%) ... the gap between boosted and other cells widens (from about 8 to about 18 times as often)"', () => {
		says(
			EN.page,
			"boosted cell's own chance of joining falls by about half (in the model, from about 47% to about 23%),",
			ES.page,
			'La probabilidad de entrar de cada célula reforzada cae aproximadamente a la mitad (en el modelo, de alrededor del 47 % a alrededor del 23 %)'
		);
		says(
			EN.page,
			'between boosted and other cells widens (from about 8 to about 18 times as often)',
			ES.page,
			'la diferencia entre las células reforzadas y las demás se amplía (de entrar unas 8 veces más a menudo a unas 18 veces)'
		);
		expect(alloc[3].boost).toBe(alloc[0].boost);
		expect(alloc[3].boosted).toBeGreaterThan(alloc[0].boosted);
		const one = allocate(alloc[0]);
		const four = allocate(alloc[3]);
		// What the figure's summary reports (60 simulated events) and the mean field agree.
		for (const [r, boosted, ratio] of [
			[one, 0.47, 8],
			[four, 0.23, 18]
		] as const) {
			expect(Math.abs(r.simulated.boosted - boosted)).toBeLessThan(0.015);
			expect(Math.abs(r.simulated.boosted / r.simulated.other - ratio)).toBeLessThan(0.6);
			const mf = allocationProbability(r.counts.boostedTotal / r.n, alloc[0].boost, r.chance);
			expect(Math.abs(mf.boosted - boosted)).toBeLessThan(0.015);
			expect(Math.abs(mf.boosted / mf.other - ratio)).toBeLessThan(0.6);
		}
	});
});

describe('Memories that share cells (Linking, steps 1-4)', () => {
	const excess = (p: Record<string, number>) => expectedOverlap(p.bump, p.tau, p.interval, p.size / 100) - p.size / 100;

	it('"Event B arrives a few hours later and is allocated under that leftover head start: many of its cells (orange triangles) turn out to be A\'s cells too"', () => {
		says(EN.page, 'many of', ES.page, 'muchas de sus células (triángulos naranjas) resultan ser también');
		says(EN.page, "its cells (orange triangles) turn out to be A's cells too", ES.page, 'células de A');
		const p = linking[0];
		expect(p.interval).toBeLessThanOrEqual(8);
		expect(expectedOverlap(p.bump, p.tau, p.interval, p.size / 100)).toBeGreaterThan(3 * (p.size / 100));
		// "Its cells stay extra excitable afterwards, fading with a time constant": the head start, and so
		// the overlap above chance, shrinks as the gap grows
		says(
			EN.page,
			'Its cells stay extra excitable afterwards, fading with a time constant.',
			ES.page,
			'Sus células siguen siendo más excitables después, y ese exceso de excitabilidad se desvanece con una constante de tiempo.'
		);
		expect(expectedOverlap(p.bump, p.tau, 2 * p.tau, p.size / 100)).toBeLessThan(expectedOverlap(p.bump, p.tau, p.interval, p.size / 100));
		const r = link(p);
		expect(r.example.shared / r.k).toBeGreaterThan(2 * r.chance);
	});

	it('"Push the second event much later. The extra excitability has faded and B\'s cells are drawn almost at random: the overlap sits near the chance line."', () => {
		says(
			EN.page,
			"Push the second event much later. The extra excitability has faded and B's cells are drawn almost",
			ES.page,
			'Retrasa mucho el segundo evento. La excitabilidad extra se ha desvanecido y las células de B se eligen casi al azar'
		);
		expect(excess(linking[1])).toBeLessThan(0.01);
		expect(excess(linking[1])).toBeGreaterThanOrEqual(0);
	});

	it('"Slow the decay and the window for linking widens: even events far apart now share more cells than chance."', () => {
		says(
			EN.page,
			'Slow the decay and the window for linking widens: even events far apart now share more cells than',
			ES.page,
			'Haz más lento el decaimiento y la ventana de vinculación se ensancha: incluso eventos muy separados comparten ahora más células de las que daría el azar.'
		);
		expect(linking[2].tau).toBeGreaterThan(linking[1].tau);
		expect(linking[2].interval).toBe(linking[1].interval);
		expect(excess(linking[2])).toBeGreaterThan(0.03);
		expect(curves(linking[2]).halfway).toBeGreaterThan(2 * curves(linking[1]).halfway);
	});

	it('"Finally, shrink the rise in excitability after learning. The overlap now stays only a little above chance, even for events a few hours apart."', () => {
		says(EN.page, 'The overlap now stays only a little above', ES.page, 'El solapamiento queda ahora solo un poco por encima del azar');
		const small = excess(linking[3]);
		expect(linking[3].bump).toBeLessThan(linking[0].bump);
		expect(small).toBeGreaterThan(0);
		expect(small).toBeLessThan(0.1);
		expect(small).toBeLessThan(excess(linking[0]) / 3);
	});
});

describe("A thermostat for firing (GainControl, steps 1-4, and Triesch's rule)", () => {
	const phaseSlice = (r: ReturnType<typeof gainControl>, from: number, to: number, what: 'adaptive' | 'frozen' | 'threshold') =>
		r.t
			.map((t, i) => ({ t, v: r[what][i] }))
			.filter((x) => x.t > from && x.t <= to)
			.map((x) => x.v);
	const learn = PHASES.settle;
	const back = PHASES.settle + PHASES.learn;

	it('"in which a cell adjusts the slope and position of its input-output curve after every input, so that its outputs come to follow an exponential distribution with a set mean"', () => {
		says(EN.page, 'so that its', ES.page, 'de modo que sus salidas acaban siguiendo');
		says(
			EN.page,
			'outputs come to follow an exponential distribution with a set mean',
			ES.page,
			'una distribución exponencial con una media fijada'
		);
		says(
			EN.figures,
			'so that the outputs follow an exponential distribution whose mean is the target',
			ES.figures,
			'para que las salidas sigan una distribución exponencial cuya media es el objetivo'
		);
		const mu = 0.1;
		const ys = converge({ a: 1, b: 0 }, mu, 0.005, 40000).slice(20000);
		const mean = ys.reduce((a, b) => a + b, 0) / ys.length;
		expect(Math.abs(mean - mu)).toBeLessThan(0.01);
		// An exponential with mean mu has P(y < mu) = 1 - 1/e and median mu ln 2: check the shape too.
		const below = ys.filter((y) => y < mu).length / ys.length;
		expect(Math.abs(below - (1 - Math.exp(-1)))).toBeLessThan(0.08);
		const sorted = [...ys].sort((a, b) => a - b);
		expect(Math.abs(sorted[Math.floor(sorted.length / 2)] - mu * Math.LN2)).toBeLessThan(0.02);
	});

	it('"A copy of the cell whose excitability is frozen (orange) fires far too much from then on. The cell with intrinsic plasticity (blue) overshoots briefly, then raises its threshold until it is back on target. Its synapses keep their new strength"', () => {
		says(
			EN.page,
			'A copy of the cell whose excitability is frozen (orange) fires far too much from',
			ES.page,
			'Una copia de la célula con la excitabilidad congelada (naranja) dispara demasiado a partir de entonces.'
		);
		says(
			EN.page,
			'The cell with intrinsic plasticity (blue) overshoots briefly, then raises its threshold until',
			ES.page,
			'La célula con plasticidad intrínseca (azul) sobrepasa brevemente el objetivo y luego eleva su umbral hasta volver a él.'
		);
		says(
			EN.page,
			'The model cell first settles close to its target activity.',
			ES.page,
			'La célula modelo se estabiliza primero cerca de su actividad objetivo.'
		);
		const r = gainControl(gain[0]);
		// settles close to target: from far above, the running mean comes within 15% of it by the end of the first phase
		const first = phaseSlice(r, 0, learn, 'adaptive');
		expect(first[0]).toBeGreaterThan(3 * r.target);
		expect(Math.abs(first.at(-1)! - r.target)).toBeLessThan(0.15 * r.target);
		expect(r.phaseMeans.frozen[1]).toBeGreaterThan(3 * r.target);
		// Overshoots (the running mean rises well above target) ...
		const run = phaseSlice(r, learn, back, 'adaptive');
		expect(Math.max(...run)).toBeGreaterThan(1.3 * r.target);
		// ... briefly: above 1.2 x target for less than a quarter of the phase, and back on target at its end.
		expect(run.filter((y) => y > 1.2 * r.target).length).toBeLessThan(run.length / 4);
		expect(Math.abs(r.phaseMeans.adaptive[1] - r.target)).toBeLessThan(0.1 * r.target);
		const thr = phaseSlice(r, 0, back, 'threshold');
		expect(phaseSlice(r, learn, back, 'threshold').at(-1)!).toBeGreaterThan(phaseSlice(r, 0, learn, 'threshold').at(-1)!);
		expect(thr.length).toBeGreaterThan(0);
		expect(r.strengths[1]).toBe(gain[0].gain);
	});

	it('"A bigger synaptic change gives a bigger overshoot, but the same return. In the lower panel the cell\'s threshold climbs to follow its input"', () => {
		says(
			EN.page,
			'A bigger synaptic change gives a bigger overshoot, but the same return.',
			ES.page,
			'Un cambio sináptico mayor produce un exceso mayor, pero el mismo regreso.'
		);
		says(
			EN.page,
			"In the lower panel the cell's threshold climbs to follow its input: excitability turns down as the synapses turn up.",
			ES.page,
			'En el panel inferior, el umbral de la célula sube siguiendo a su entrada: la excitabilidad baja a medida que las sinapsis suben.'
		);
		const small = gainControl(gain[0]);
		const big = gainControl(gain[1]);
		expect(gain[1].gain).toBeGreaterThan(gain[0].gain);
		expect(Math.max(...phaseSlice(big, learn, back, 'adaptive'))).toBeGreaterThan(Math.max(...phaseSlice(small, learn, back, 'adaptive')));
		for (const r of [small, big]) expect(Math.abs(r.phaseMeans.adaptive[1] - r.target)).toBeLessThan(0.1 * r.target);
		expect(phaseSlice(big, learn, back, 'threshold').at(-1)!).toBeGreaterThan(phaseSlice(small, learn, back, 'threshold').at(-1)!);
	});

	it('"Slow the rule down and the cell takes much longer to return."', () => {
		says(
			EN.page,
			'Slow the rule down and the cell takes much longer to return.',
			ES.page,
			'Ralentiza la regla y la célula tarda mucho más en volver.'
		);
		const returnTime = (r: ReturnType<typeof gainControl>) => {
			const ts = r.t.map((t, i) => ({ t, y: r.adaptive[i] })).filter((x) => x.t > learn && x.t <= back);
			const peakAt = ts.reduce((a, b) => (b.y > a.y ? b : a)).t;
			const hit = ts.find((x) => x.t > peakAt && x.y < 1.2 * r.target);
			return hit ? hit.t - learn : Infinity;
		};
		expect(gain[2].rate).toBeLessThan(gain[0].rate);
		expect(returnTime(gainControl(gain[2]))).toBeGreaterThan(3 * returnTime(gainControl(gain[0])));
	});

	it('"When the synapses go back to their old strength, the adapted cell is suddenly under-driven and dips below its target, then the rule raises its excitability again. Change the target and the cell settles at a new level."', () => {
		says(
			EN.page,
			'When the synapses go back to their old strength, the adapted cell is suddenly under-driven and dips',
			ES.page,
			'Cuando las sinapsis vuelven a su fuerza anterior, la célula adaptada se queda de repente con poca estimulación y cae por debajo de su objetivo'
		);
		says(
			EN.page,
			'Change the target and the cell settles at a',
			ES.page,
			'Cambia el objetivo y la célula se estabiliza en un nivel nuevo.'
		);
		const r = gainControl(gain[0]);
		expect(r.dip).toBeLessThan(0.8 * r.target);
		expect(Math.abs(r.phaseMeans.adaptive[2] - r.target)).toBeLessThan(0.1 * r.target);
		expect(phaseSlice(r, back, Infinity, 'threshold').at(-1)!).toBeLessThan(phaseSlice(r, learn, back, 'threshold').at(-1)!);
		const higher = gainControl(gain[3]);
		expect(gain[3].target).not.toBe(gain[0].target);
		for (const p of [0, 1, 2]) expect(Math.abs(higher.phaseMeans.adaptive[p] - gain[3].target)).toBeLessThan(0.1 * gain[3].target);
	});
});

describe('Metaplasticity (SlidingThreshold)', () => {
	it('"a synapse is strengthened when the cell fires above a threshold and weakened below it, and that threshold slides up after a period of high activity and down after a quiet one."', () => {
		says(
			EN.page,
			'synapse is strengthened when the cell fires above a threshold and weakened below it, and that threshold',
			ES.page,
			'una sinapsis se fortalece cuando la célula dispara por encima de un umbral y se debilita por debajo de él, y ese umbral se desplaza hacia arriba tras un periodo de mucha actividad y hacia abajo tras uno de calma.'
		);
		const theta = slidingThreshold(0.6);
		expect(bcm(theta + 0.1, theta)).toBeGreaterThan(0);
		expect(bcm(theta - 0.1, theta)).toBeLessThan(0);
		expect(slidingThreshold(0.9)).toBeGreaterThan(slidingThreshold(0.6));
		expect(slidingThreshold(0.3)).toBeLessThan(slidingThreshold(0.6));
	});

	it('"The threshold slides with the square of the cell\'s recent average activity" (caption)', () => {
		says(
			EN.figures,
			'The threshold slides with the square of the',
			ES.figures,
			'El umbral se desliza con el cuadrado de la actividad media reciente'
		);
		expect(slidingThreshold(0.8)).toBeCloseTo(4 * slidingThreshold(0.4), 12);
	});

	it('"after a busy period the same input weakens synapses instead of strengthening them" (figure blurb), at the figure\'s defaults', () => {
		says(
			EN.figures,
			'after a busy period the same input weakens synapses instead of strengthening them',
			ES.figures,
			'tras un periodo de mucha actividad, la misma entrada debilita las sinapsis en lugar de reforzarlas'
		);
		const d = Object.fromEntries(bcmSpec.map((s) => [s.key, s.default]));
		expect(bcm(d.probe, slidingThreshold(d.history))).toBeLessThan(0);
		expect(bcm(d.probe, slidingThreshold(QUIET_HISTORY))).toBeGreaterThan(0);
	});
});

describe('the quiz', () => {
	it('"It shifts left: the cell starts firing at a smaller current and fires faster at any given current."', () => {
		says(
			EN.quiz,
			'It shifts left: the cell starts firing at a smaller current and fires faster at any given current.',
			ES.quiz,
			'Se desplaza a la izquierda: la célula empieza a disparar con una corriente menor y dispara más rápido con cualquier corriente dada.'
		);
		const lower = { ...BASELINE, vth: BASELINE.vth - 3 };
		expect(rheobase(lower)).toBeLessThan(rheobase(BASELINE));
		for (const i of CURRENTS)
			if (closedFormRate(BASELINE, i) > 0) expect(closedFormRate(lower, i)).toBeGreaterThan(closedFormRate(BASELINE, i));
	});

	it('"Their chance of joining drops below chance, because the boosted cells take places they would have won." / "as the boost grows it sinks below the chance line"', () => {
		says(
			EN.quiz,
			'Their chance of joining drops below chance, because the boosted cells take places they would have won.',
			ES.quiz,
			'Su probabilidad de entrar cae por debajo del azar, porque las células reforzadas ocupan puestos que ellas habrían ganado.'
		);
		says(
			EN.quiz,
			'as the boost grows it sinks below the chance line',
			ES.quiz,
			'a medida que crece el refuerzo, baja por debajo de la línea del azar'
		);
		const r = allocate({ ...alloc[0], boosted: 10 });
		for (let i = 1; i < r.curve.other.length; i++) {
			expect(r.curve.other[i]).toBeLessThan(r.curve.other[i - 1]);
			expect(r.curve.other[i]).toBeLessThan(r.chance);
		}
	});

	it('"In this model lateral inhibition caps the engram size, so the network as a whole cannot become more active."', () => {
		says(
			EN.quiz,
			'In this model lateral inhibition caps the engram size',
			ES.quiz,
			'En este modelo la inhibición lateral limita el tamaño del engrama'
		);
		for (const p of alloc) {
			const r = allocate(p);
			expect(r.engram.reduce((a, b) => a + b, 0)).toBe(r.k);
		}
	});

	it('"The pair a few hours apart: the first engram\'s cells are still extra excitable and win the second competition more often." / "its head start fades, so a later event shares fewer cells with it"', () => {
		says(EN.quiz, 'The pair a few hours apart', ES.quiz, 'La pareja separada por unas pocas horas');
		says(
			EN.quiz,
			'In the model the first engram does not grow; its head start fades, so a later event shares fewer cells with it.',
			ES.quiz,
			'En el modelo el primer engrama no crece; su ventaja inicial se desvanece, así que un evento posterior comparte menos células con él.'
		);
		const c = curves(linking[0]);
		for (let i = 1; i < c.curve.overlap.length; i++) expect(c.curve.overlap[i]).toBeLessThanOrEqual(c.curve.overlap[i - 1]);
		const week = expectedOverlap(linking[0].bump, linking[0].tau, 7 * 24, linking[0].size / 100);
		expect(expectedOverlap(linking[0].bump, linking[0].tau, 3, linking[0].size / 100)).toBeGreaterThan(week + 0.1);
		const ex = link(linking[0]).example;
		expect(ex.a.reduce((s, x) => s + x, 0)).toBe(ex.b.reduce((s, x) => s + x, 0));
	});

	it('"It lowers the cell\'s excitability (raises its threshold) until the average output is back near its target." / "the synaptic input stays doubled" / "the threshold rises when input grows and falls when it shrinks"', () => {
		says(
			EN.quiz,
			'raises its threshold) until the average output is back near its target.',
			ES.quiz,
			'eleva su umbral) hasta que la salida media vuelve a estar cerca de su objetivo.'
		);
		says(EN.quiz, 'In the model the synaptic input stays doubled', ES.quiz, 'En el modelo la entrada sináptica sigue duplicada');
		says(
			EN.quiz,
			'the threshold rises when input grows and falls when it shrinks',
			ES.quiz,
			'el umbral sube cuando la entrada crece y baja cuando disminuye'
		);
		const r = gainControl(gain[0]);
		expect(r.strengths).toEqual([1, 2, 1]);
		expect(Math.abs(r.phaseMeans.adaptive[1] - r.target)).toBeLessThan(0.1 * r.target);
		const end = (from: number, to: number) => r.threshold[r.t.findLastIndex((t) => t > from && t <= to)];
		expect(end(PHASES.settle, PHASES.settle + PHASES.learn)).toBeGreaterThan(end(0, PHASES.settle));
		expect(end(PHASES.settle + PHASES.learn, Infinity)).toBeLessThan(end(PHASES.settle, PHASES.settle + PHASES.learn));
	});
});

describe('the teachers’ lesson', () => {
	it('"raise the excitability boost: boosted cells win far more often"', () => {
		says(
			EN.lesson,
			'raise the excitability boost: boosted cells win far more often',
			ES.lesson,
			'sube el refuerzo de excitabilidad: las células reforzadas ganan mucho más a menudo'
		);
		const r = allocate(alloc[0]);
		for (let i = 1; i < r.curve.boosted.length; i++) expect(r.curve.boosted[i]).toBeGreaterThan(r.curve.boosted[i - 1]);
		expect(r.curve.boosted.at(-1)!).toBeGreaterThan(5 * r.curve.boosted[0]);
	});

	it('"shorten the time between two events: the memories share more cells"', () => {
		says(
			EN.lesson,
			'shorten the time between two events: the memories share more cells',
			ES.lesson,
			'acorta el tiempo entre dos eventos: los recuerdos comparten más células'
		);
		const c = curves(linking[0]);
		expect(c.curve.overlap[0]).toBeGreaterThan(c.curve.overlap[6]);
		expect(c.simulated.overlap[0]).toBeGreaterThan(c.simulated.overlap[2]);
	});

	it('"intrinsic plasticity pulls firing back to a target after synapses change, and a sliding threshold turns a busy history into weakening instead of strengthening"', () => {
		says(
			EN.lesson,
			'intrinsic plasticity pulls firing back to a target after synapses change, and a sliding threshold turns a busy history into weakening instead of strengthening',
			ES.lesson,
			'la plasticidad intrínseca devuelve el disparo a un objetivo después de que cambien las sinapsis, y un umbral deslizante convierte una historia de mucha actividad en debilitamiento en lugar de fortalecimiento'
		);
		const r = gainControl(gain[0]);
		expect(Math.abs(r.phaseMeans.adaptive[1] - r.target)).toBeLessThan(0.1 * r.target);
		expect(bcm(0.4, slidingThreshold(0.9))).toBeLessThan(0);
		expect(bcm(0.4, slidingThreshold(QUIET_HISTORY))).toBeGreaterThan(0);
	});
});
