/** Teacher tips: every registered figure has them, generated from its spec; notes point at real text. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getLocale, overwriteGetLocale } from '../../src/lib/paraglide/runtime.js';
import { LESSONS as LESSONS_ES } from '../../src/lib/lessons/lessons.es';
import { allTips, figureTips, paramTip, presets } from '../../src/lib/lms/tips';
import { TIP_NOTES } from '../../src/lib/lms/tips-notes';
import { qrSvg } from '../../src/lib/lms/qr';
import { FIGURES } from '../../src/lib/figures/registry';
import { SLUGS } from '../../src/lib/articles';
import { canPredict, embedUrl, readEmbedOptions } from '../../src/lib/figure-kit/embed';
import { readProjector } from '../../src/lib/lms/projector';
import { LESSONS } from '../../src/lib/lessons/lessons';
import type { ParamSpec } from '../../src/lib/models/types';

const ALL = SLUGS.flatMap((slug) => FIGURES[slug].map((figure) => ({ slug, figure })));
const tips = allTips();

describe('tips for every registered figure', () => {
	it('one entry per figure, in registry order', () => {
		expect(tips.map((t) => `${t.slug}/${t.id}`)).toEqual(ALL.map((x) => `${x.slug}/${x.figure.id}`));
	});

	for (const { slug, figure } of ALL) {
		it(`${slug}/${figure.id}: every URL parameter, with range, default, unit and meaning`, () => {
			const t = figureTips(slug, figure);
			expect(t.params.map((p) => p.key)).toEqual(figure.spec.map((p) => p.key));
			for (const [i, p] of t.params.entries()) {
				const s = figure.spec[i];
				expect(p.meaning).toBe(s.meaning);
				expect(p.unit).toBe(s.unit);
				expect(p.range).toMatch(/ – .*in steps of /);
				if (s.unit) expect(p.range).toContain(s.unit);
				expect(p.default.length).toBeGreaterThan(0);
			}
			// Presets: defaults, each step, Predict first (the charts that have it), locked, projector;
			// each query reads back as what it says.
			const steps = figure.steps ?? 0;
			const predict = canPredict(slug, figure.id);
			expect(t.presets.length).toBe(steps + 3 + (predict ? 1 : 0));
			expect(t.presets.filter((p) => p.query === '?predict=1')).toHaveLength(predict ? 1 : 0);
			for (let k = 1; k <= steps; k++) expect(readEmbedOptions(t.presets[k].query, steps).step).toBe(k);
			expect(readEmbedOptions(t.presets.at(-2)!.query, steps).lock).toBe(true);
			expect(readProjector(t.presets.at(-1)!.query)).toBe(true);
		});
	}

	it('model figures say what they leave out; reported figures do not pretend to', () => {
		for (const t of tips) {
			if (t.kind === 'model') expect(t.simplifies, `${t.slug}/${t.id}`).toBeTruthy();
			if (t.kind === 'reported') expect(t.simplifies, `${t.slug}/${t.id}`).toBeUndefined();
		}
	});

	it('misconceptions are quoted word for word from the lesson plans', () => {
		for (const t of tips) {
			const claims = LESSONS[t.slug].misconceptions.map((m) => m.claim);
			for (const m of t.misconceptions) expect(claims, `${t.slug}/${t.id}`).toContain(m);
		}
	});

	it('notes name only registered figures', () => {
		for (const [slug, notes] of Object.entries(TIP_NOTES)) {
			const ids = FIGURES[slug as (typeof SLUGS)[number]].map((f) => f.id);
			for (const id of Object.keys(notes)) expect(ids, slug).toContain(id);
		}
	});
});

describe('in Spanish', () => {
	const english = getLocale;
	let es: ReturnType<typeof allTips>;
	beforeAll(() => {
		overwriteGetLocale(() => 'es');
		es = allTips();
	});
	afterAll(() => overwriteGetLocale(english));

	it('every model figure says what it leaves out in Spanish; misconceptions come from the Spanish plans', () => {
		for (const [i, t] of es.entries()) {
			if (t.kind === 'model') {
				expect(t.simplifies, `${t.slug}/${t.id}`).toBeTruthy();
				expect(t.simplifies, `${t.slug}/${t.id}`).not.toBe(tips[i].simplifies);
			}
			const claims = LESSONS_ES[t.slug].misconceptions.map((m) => m.claim);
			for (const m of t.misconceptions) expect(claims, `${t.slug}/${t.id}`).toContain(m);
			expect(t.misconceptions).toHaveLength(tips[i].misconceptions.length);
		}
	});
	it('the same presets, labelled in Spanish', () => {
		for (const [i, t] of es.entries()) {
			expect(t.presets.map((p) => p.query)).toEqual(tips[i].presets.map((p) => p.query));
			expect(t.presets[0].label).not.toBe(tips[i].presets[0].label);
		}
		expect(es.find((t) => t.id === 'fear-model')!.presets.some((p) => p.label === 'Predice primero')).toBe(true);
	});
});

describe('generated pieces', () => {
	const spec: ParamSpec = { key: 'gain', label: 'Gain', unit: '×', min: 0, max: 2, step: 0.05, default: 1, meaning: 'tuning gain' };
	it('paramTip formats range and default from the spec', () => {
		expect(paramTip(spec)).toEqual({
			key: 'gain',
			label: 'Gain',
			unit: '×',
			range: '0.00 – 2.00 ×, in steps of 0.05',
			default: '1.00 ×',
			meaning: 'tuning gain',
			example: 'gain=2'
		});
	});
	it('presets without steps: defaults, locked, projector; Predict first before them where the chart has it', () => {
		expect(presets({}).map((p) => p.query)).toEqual(['', '?lock=1', '?projector=1']);
		expect(presets({ steps: 1 }, true).map((p) => p.query)).toEqual(['', '?step=1', '?predict=1', '?lock=1', '?projector=1']);
	});
});

describe('QR codes for the presets', () => {
	it('makes an SVG for every preset link of every figure, on this machine', async () => {
		const page = 'https://example.org/engram/teach/';
		let n = 0;
		for (const t of tips) {
			for (const p of t.presets) {
				const svg = await qrSvg(embedUrl(`../embed/${t.slug}/${t.id}/`, p.query, page));
				expect(svg.startsWith('<svg')).toBe(true);
				expect(svg).toMatch(/<path[^>]+d="M/);
				n++;
			}
		}
		expect(n).toBeGreaterThanOrEqual(tips.length * 3);
	});
	it('different links give different codes', async () => {
		expect(await qrSvg('https://example.org/a')).not.toBe(await qrSvg('https://example.org/b'));
	});
});
