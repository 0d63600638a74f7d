/**
 * Facts quoted by the intrinsic-excitability explainer. The source essay (shared/seeds/003)
 * reports no data; this page is carried by its models and by the studies cited here.
 */
import type { ArticleSeed, Fact, Reference } from './types';

export const references: readonly Reference[] = [
	{
		key: 'zhang2003',
		authors: 'Zhang W, Linden DJ',
		year: 2003,
		title:
			'The other side of the engram: experience-driven changes in neuronal intrinsic excitability',
		venue: 'Nature Reviews Neuroscience 4(11):885–900',
		doi: '10.1038/nrn1248'
	}
];

export const facts: readonly Fact[] = [];

export const seed: ArticleSeed = { slug: 'intrinsic-excitability', facts, references };
