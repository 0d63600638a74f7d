/**
 * Attribution (issue 12, item 10): every "draws on" line is made from drawsOn(seed). The two essay-based
 * explainers name their essay, by title and date, as the primary source, then the studies they build on;
 * the study-based explainers name their study.
 */
import { describe, expect, it } from 'vitest';
import { SLUGS, drawsOn } from '../../src/lib/articles';
import { ARTICLES } from '../../src/lib/articles-all';
import { longDate, referenceLead, referenceText, shortCite } from '../../seeds/types';

describe('drawsOn', () => {
	it('names each essay by title and date as the primary source of its explainer, then studies', () => {
		const essays = {
			'intrinsic-excitability': [
				'How plasticity of intrinsic excitability interacts with synaptic changes to drive learning and memory',
				'2025-07-18',
				'18 July 2025'
			],
			'inhibitory-plasticity': [
				'How inhibitory plasticity enables selective strengthening of relevant circuits while suppressing competing pathways',
				'2025-08-09',
				'9 August 2025'
			]
		} as const;
		for (const [slug, [title, date, long]] of Object.entries(essays)) {
			const { primary, buildsOn } = drawsOn(ARTICLES[slug as keyof typeof essays].seed);
			expect(primary.kind).toBe('essay');
			expect(primary.title).toBe(title);
			expect(primary.date).toBe(date);
			expect(longDate(primary.date!)).toBe(long);
			expect(referenceLead(primary)).toBe(`Essay (${long})`);
			expect(referenceText(primary)).toContain(title);
			expect(buildsOn.length).toBeGreaterThan(0);
			for (const r of buildsOn) expect(r.kind).toBeUndefined();
			// The essay also heads the reference list, so it is reference 1.
			expect(ARTICLES[slug as keyof typeof essays].seed.references[0].key).toBe(primary.key);
		}
	});

	it('names the study for the study-based explainers', () => {
		expect(drawsOn(ARTICLES['emotional-memory-integration'].seed).primary.key).toBe('zhu2022');
		expect(drawsOn(ARTICLES['astrocytes-fear-extinction'].seed).primary.key).toBe('bukalo2026');
	});

	it('resolves every key for every explainer, and refuses an unknown one', () => {
		for (const slug of SLUGS) expect(() => drawsOn(ARTICLES[slug].seed)).not.toThrow();
		const seed = { ...ARTICLES['intrinsic-excitability'].seed, drawsOn: ['nope'] };
		expect(() => drawsOn(seed)).toThrow(/nope/);
	});

	it('writes short names the usual way', () => {
		const ref = (authors: string) => ({ key: 'k', authors, year: 2014, title: 't', venue: 'v' });
		expect(shortCite(ref('Triesch J'))).toBe('Triesch 2014');
		expect(shortCite(ref('Zhang W, Linden DJ'))).toBe('Zhang & Linden 2014');
		expect(shortCite(ref('Cai DJ, Aharoni D, Shuman T, et al., Silva AJ'))).toBe('Cai et al. 2014');
	});
});
