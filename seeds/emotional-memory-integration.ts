/**
 * Facts quoted by the emotional-memory-integration explainer.
 * Primary source: Zhu Y, et al. eLife 2022;11:e60190 (doi:10.7554/eLife.60190), CC-BY 4.0.
 */
import type { ArticleSeed, Fact, Reference } from './types';

export const references: readonly Reference[] = [
	{
		key: 'zhu2022',
		authors: 'Zhu Y, Zeng Y, Ren J, Zhang L, Chen C, Fernández G, Qin S',
		year: 2022,
		title:
			'Emotional learning retroactively promotes memory integration through rapid neural reactivation and reorganization',
		venue: 'eLife 11:e60190',
		doi: '10.7554/eLife.60190'
	}
];

export const facts: readonly Fact[] = [];

export const seed: ArticleSeed = { slug: 'emotional-memory-integration', facts, references };
