/** Every reported number has a source that the article's reference list contains, with a DOI. */
import { describe, expect, it } from 'vitest';
import { SLUGS } from '../../src/lib/articles';
import { ARTICLES } from '../../src/lib/articles-all';

describe.each(SLUGS)('seeds/%s.ts', (slug) => {
	const { seed, glossary } = ARTICLES[slug];

	it('is the seed for its own slug', () => {
		expect(seed.slug).toBe(slug);
	});

	it('has unique reference keys, each with a well-formed DOI (or a note saying why not)', () => {
		const keys = seed.references.map((r) => r.key);
		expect(new Set(keys).size).toBe(keys.length);
		for (const r of seed.references) {
			if (r.doi) expect(r.doi, r.key).toMatch(/^10\.\d{4,9}\/\S+$/);
			else expect(r.note, `${r.key} has no DOI and no note`).toBeTruthy();
			expect(r.year).toBeGreaterThan(1900);
		}
	});

	it('gives every fact a finite value, a display text, and a source in the reference list', () => {
		const ids = seed.facts.map((f) => f.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const f of seed.facts) {
			expect(Number.isFinite(f.value), f.id).toBe(true);
			expect(f.display.length, f.id).toBeGreaterThan(0);
			expect(
				seed.references.some((r) => r.key === f.source),
				`${f.id} cites unknown ${f.source}`
			).toBe(true);
		}
	});

	it('prints each single-number fact exactly as its value says', () => {
		for (const f of seed.facts) {
			// A typographic minus (U+2212, as the papers print it) is a minus.
			const numbers = f.display.replace(/\u2212/g, '-').match(/-?\d*\.?\d+/g) ?? [];
			if (numbers.length !== 1) continue;
			const shown = Number(numbers[0]);
			expect(Math.abs(shown - f.value), `${f.id}: "${f.display}" vs ${f.value}`).toBeLessThanOrEqual(Math.abs(f.value) * 1e-9);
		}
	});

	it('has glossary entries with a term and a definition', () => {
		for (const [key, e] of Object.entries(glossary)) {
			expect(e.term.length, key).toBeGreaterThan(1);
			expect(e.definition.length, key).toBeGreaterThan(20);
		}
	});
});

describe('astrocytes-fear-extinction facts', () => {
	it('has the two information-per-neuron values the study reports', () => {
		const facts = ARTICLES['astrocytes-fear-extinction'].seed.facts;
		expect(facts.find((f) => f.id === 'info-per-neuron-vehicle')?.value).toBe(0.31);
		expect(facts.find((f) => f.id === 'info-per-neuron-cno')?.value).toBe(0.2);
	});
});
