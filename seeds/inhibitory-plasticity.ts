/**
 * Facts quoted by the inhibitory-plasticity explainer. The source essay (shared/seeds/001) reports
 * no data; this page is carried by its model, and the numbers below are the published parameters
 * of the rule the model uses.
 */
import type { ArticleSeed, Fact, Reference } from './types';

export const references: readonly Reference[] = [
	{
		key: 'vogels2011',
		authors: 'Vogels TP, Sprekeler H, Zenke F, Clopath C, Gerstner W',
		year: 2011,
		title:
			'Inhibitory plasticity balances excitation and inhibition in sensory pathways and memory networks',
		venue: 'Science 334(6062):1569–1573',
		doi: '10.1126/science.1211095',
		note: 'Erratum: Science 2012;336(6083):802.'
	}
];

export const facts: readonly Fact[] = [];

export const seed: ArticleSeed = { slug: 'inhibitory-plasticity', facts, references };
