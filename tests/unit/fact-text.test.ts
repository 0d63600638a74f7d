/**
 * A reported number in Spanish: the seed's digits, written with Intl's decimal comma; English as printed.
 * The words around it (labels, places, sample notes, reference notes) from seeds/<locale>/<slug>.ts, complete
 * for every language but English.
 */
import { describe, expect, it } from 'vitest';
import { SLUGS } from '../../src/lib/articles';
import { ARTICLES } from '../../src/lib/articles-all';
import { referenceLead, type SeedTranslation } from '../../seeds/types';
import { baseLocale, locales } from '../../src/lib/paraglide/runtime.js';
import { factText, localizeNumbers, localizeSeed, placeInPaper, referenceLeadText } from '../../src/lib/ui/fact-text';

const translations = import.meta.glob<{ translation: SeedTranslation }>('../../seeds/*/*.ts', { eager: true });
const translated = locales.filter((l) => l !== baseLocale).flatMap((locale) => SLUGS.map((slug) => [locale, slug] as const));

describe('localizeNumbers', () => {
	it('writes every number with the same decimals in Spanish, the words around it kept', () => {
		expect(localizeNumbers('P = 0.0062', 'es')).toBe('P = 0,0062');
		expect(localizeNumbers('P < 0.0001', 'es')).toBe('P < 0,0001');
		expect(localizeNumbers('0.20', 'es')).toBe('0,20');
		expect(localizeNumbers('p = .011', 'es')).toBe('p = 0,011');
		expect(localizeNumbers('\u2212.45', 'es')).toBe('\u22120,45');
		expect(localizeNumbers('t(29) = 2.31', 'es')).toBe('t(29) = 2,31');
		expect(localizeNumbers('ηp² = .21', 'es')).toBe('ηp² = 0,21');
		expect(localizeNumbers('83%', 'es')).toBe('83\u00a0%');
		expect(localizeNumbers('3 mg/kg', 'es')).toBe('3 mg/kg');
		expect(localizeNumbers('F(1,29) = 5.18', 'es')).toBe('F(1, 29) = 5,18');
	});
});

describe.each(SLUGS)('facts of %s', (slug) => {
	const { facts } = ARTICLES[slug].seed;

	it('read in English exactly as the seed prints them', () => {
		for (const f of facts) expect(factText(f, 'en')).toBe(f.display);
	});

	it('read in Spanish with the same numbers as the English display', () => {
		const numbers = (s: string, decimal: string) =>
			(
				s
					.replace(/\u00a0%/g, '%')
					.replace(/(\d), (?=\d)/g, '$1 ')
					.match(new RegExp(`\\d*\\${decimal}?\\d+`, 'g')) ?? []
			).map((n) => Number(n.replace(decimal, '.')));
		for (const f of facts) {
			const es = factText(f, 'es');
			expect(es, f.id).not.toMatch(/\d\.\d/);
			expect(numbers(es, ','), f.id).toEqual(numbers(f.display.replace(/(\d),(?=\d)/g, '$1 '), '.'));
		}
	});
});

describe('placeInPaper', () => {
	it('names the paper’s sections in Spanish, and leaves English as it is', () => {
		expect(placeInPaper('Results; Figure 1—figure supplement 4', 'es')).toBe('Resultados; Figura 1—suplemento de figura 4');
		expect(placeInPaper('Methods, Stimuli', 'es')).toBe('Métodos, Estímulos');
		expect(placeInPaper('Results; Figure 1B', 'en')).toBe('Results; Figure 1B');
	});
});

describe.each(translated)('seeds/%s/%s.ts', (locale, slug) => {
	const { seed } = ARTICLES[slug];
	const t = translations[`../../seeds/${locale}/${slug}.ts`]?.translation;

	it('exist for every fact and every reference note, and for nothing else', () => {
		expect(t, `seeds/${locale}/${slug}.ts`).toBeDefined();
		if (!t) return;
		expect(Object.keys(t.facts).sort()).toEqual(seed.facts.map((f) => f.id).sort());
		const described = seed.references.filter((r) => r.note || r.kind === 'essay');
		expect(Object.keys(t.references).sort()).toEqual(described.map((r) => r.key).sort());
		for (const r of described) {
			if (r.note) expect(t.references[r.key].note, r.key).toBeTruthy();
			if (r.kind === 'essay') expect(t.references[r.key].venue, r.key).toBeTruthy();
		}
		for (const f of seed.facts) expect(t.facts[f.id].label, f.id).not.toBe(f.label);
	});

	it('change only words: every number, unit, display, source and title is the seed’s own', () => {
		if (!t) return;
		const es = localizeSeed(seed, t, locale);
		expect(
			es.facts.map(({ id, value, unit, display, displayByLocale, relation, statistic, source }) => ({
				id,
				value,
				unit,
				display,
				displayByLocale,
				relation,
				statistic,
				source
			}))
		).toEqual(
			seed.facts.map(({ id, value, unit, display, displayByLocale, relation, statistic, source }) => ({
				id,
				value,
				unit,
				display,
				displayByLocale,
				relation,
				statistic,
				source
			}))
		);
		const kept = ({ note: _note, venue, ...r }: (typeof seed.references)[number]) => ({ ...r, venue: r.kind === 'essay' ? '' : venue });
		expect(es.references.map(kept)).toEqual(seed.references.map(kept));
		for (const f of es.facts) {
			expect(f.label, f.id).toBe(t.facts[f.id].label);
			// A place left to placeInPaper is only section names: nothing English remains.
			if (f.where) expect(f.where, f.id).not.toMatch(/\b(Results|Methods|Figure|Participants|Stimuli|imaging|extinction|block)\b/);
			if (f.n) expect(f.n, f.id).not.toMatch(/\b(Study|events|mice|of the|reflect)\b/);
		}
		for (const r of es.references) if (r.note) expect(r.note).toBe(t.references[r.key].note);
	});
});

describe('referenceLeadText', () => {
	const essay = ARTICLES['inhibitory-plasticity'].seed.references.find((r) => r.kind === 'essay')!;
	const study = ARTICLES['emotional-memory-integration'].seed.references[0];

	it('reads as referenceLead in English, and names an essay and its date in Spanish', () => {
		expect(referenceLeadText(essay, 'en')).toBe(referenceLead(essay));
		expect(referenceLeadText(study, 'en')).toBe(referenceLead(study));
		expect(referenceLeadText(essay, 'es')).toBe('Ensayo (9 de agosto de 2025)');
		expect(referenceLeadText(study, 'es')).toBe(referenceLead(study));
	});
});
