/**
 * $lib/article-content: what an article's and an embed's page load, one article in one language
 * (the first-load cut of issue 14, and issue 16's "Spanish pages carry English content").
 */
import { describe, expect, it } from 'vitest';
import { articleData, articleSeed, allSources, loadArticleMeta } from '../../src/lib/article-content';
import { articleMeta } from '../../src/lib/content';
import { SLUGS, drawsOn } from '../../src/lib/articles';
import { ARTICLES } from '../../src/lib/articles-all';
import { glossary as esIntrinsic } from '../../src/lib/glossary/es/intrinsic-excitability';
import { translation as esIntrinsicSeed } from '../../seeds/es/intrinsic-excitability';

describe('one article in one language', () => {
	it('gives the English seed and glossary on an English page', async () => {
		for (const slug of SLUGS) {
			const data = await articleData(slug, 'en');
			expect(data.seed).toBe(ARTICLES[slug].seed);
			expect(data.glossary).toBe(ARTICLES[slug].glossary);
		}
	});

	it('gives the Spanish glossary and the seed worded in Spanish on a Spanish page, with the same numbers', async () => {
		const slug = 'intrinsic-excitability';
		const data = await articleData(slug, 'es');
		expect(data.glossary).toBe(esIntrinsic);
		const [key, words] = Object.entries(esIntrinsicSeed.references)[0];
		expect(data.seed.references.find((r) => r.key === key)?.note).toBe(words.note);
		for (const s of SLUGS) {
			const es = await articleSeed(s, 'es');
			expect(es.facts.map((f) => [f.id, f.value])).toEqual(ARTICLES[s].seed.facts.map((f) => [f.id, f.value]));
			expect((await articleData(s, 'es')).glossary).not.toBe(ARTICLES[s].glossary);
		}
	});

	it('gives the same titles as the eager list of every article, and what each draws on for the lists', async () => {
		for (const locale of ['en', 'es'] as const) {
			for (const slug of SLUGS) expect(await loadArticleMeta(slug, locale)).toEqual(articleMeta(slug, locale));
			const sources = await allSources(locale);
			expect(Object.keys(sources)).toEqual([...SLUGS]);
			// Only the references the lines name, in the page's language: no facts.
			for (const slug of SLUGS) {
				const seed = await articleSeed(slug, locale);
				expect(sources[slug]).toEqual(drawsOn(seed));
				expect(sources[slug]).not.toHaveProperty('facts');
			}
		}
	});
});
