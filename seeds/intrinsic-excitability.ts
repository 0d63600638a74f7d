/**
 * Facts quoted by the intrinsic-excitability explainer. The page follows an unsigned essay (the
 * first reference, cited by title and date) that reports no data: the page is carried by its models
 * (each figure is labelled "model"), and by the studies cited here, whose findings the prose
 * describes in words. No number on the page is presented as reported, so `facts` is empty.
 * References are in the order the page cites them, each with the DOI of its published version.
 */
import type { ArticleSeed, Fact, Reference } from './types';

export const references: readonly Reference[] = [
	{
		key: 'essay-intrinsic-2025',
		kind: 'essay',
		year: 2025,
		date: '2025-07-18',
		title: 'How plasticity of intrinsic excitability interacts with synaptic changes to drive learning and memory',
		venue: 'Unsigned online essay',
		note: 'No DOI or named author: a web essay without data. This explainer follows its argument; the studies below are the evidence it builds on.'
	},
	{
		key: 'zhang2003',
		authors: 'Zhang W, Linden DJ',
		year: 2003,
		title: 'The other side of the engram: experience-driven changes in neuronal intrinsic excitability',
		venue: 'Nature Reviews Neuroscience 4(11):885–900',
		doi: '10.1038/nrn1248'
	},
	{
		key: 'yiu2014',
		authors:
			'Yiu AP, Mercaldo V, Yan C, Richards BA, Rashid AJ, Hsiang HL, Pressey JC, Mahadevan V, Tran M, Kushner SA, Woodin MA, Frankland PW, Josselyn SA',
		year: 2014,
		title: 'Neurons are recruited to a memory trace based on relative neuronal excitability immediately before training',
		venue: 'Neuron 83(3):722–735',
		doi: '10.1016/j.neuron.2014.07.017'
	},
	{
		key: 'josselyn2020',
		authors: 'Josselyn SA, Tonegawa S',
		year: 2020,
		title: 'Memory engrams: recalling the past and imagining the future',
		venue: 'Science 367(6473):eaaw4325',
		doi: '10.1126/science.aaw4325'
	},
	{
		key: 'cai2016',
		authors: 'Cai DJ, Aharoni D, Shuman T, et al., Silva AJ',
		year: 2016,
		title: 'A shared neural ensemble links distinct contextual memories encoded close in time',
		venue: 'Nature 534(7605):115–118',
		doi: '10.1038/nature17955'
	},
	{
		key: 'kastellakis2016',
		authors: 'Kastellakis G, Silva AJ, Poirazi P',
		year: 2016,
		title: 'Linking memories across time via neuronal and dendritic overlaps in model neurons with active dendrites',
		venue: 'Cell Reports 17:1491–1504',
		doi: '10.1016/j.celrep.2016.10.015'
	},
	{
		key: 'triesch2007',
		authors: 'Triesch J',
		year: 2007,
		title: 'Synergies between intrinsic and synaptic plasticity mechanisms',
		venue: 'Neural Computation 19(4):885–909',
		doi: '10.1162/neco.2007.19.4.885'
	},
	{
		key: 'turrigiano2008',
		authors: 'Turrigiano GG',
		year: 2008,
		title: 'The self-tuning neuron: synaptic scaling of excitatory synapses',
		venue: 'Cell 135(3):422–435',
		doi: '10.1016/j.cell.2008.10.008'
	},
	{
		key: 'bcm1982',
		authors: 'Bienenstock EL, Cooper LN, Munro PW',
		year: 1982,
		title: 'Theory for the development of neuron selectivity: orientation specificity and binocular interaction in visual cortex',
		venue: 'Journal of Neuroscience 2(1):32–48',
		doi: '10.1523/JNEUROSCI.02-01-00032.1982'
	}
];

export const facts: readonly Fact[] = [];

export const seed: ArticleSeed = {
	slug: 'intrinsic-excitability',
	facts,
	references,
	// The essay first, then the studies whose results the page describes.
	drawsOn: ['essay-intrinsic-2025', 'zhang2003', 'yiu2014', 'cai2016', 'triesch2007']
};
