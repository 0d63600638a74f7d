/**
 * Facts quoted by the inhibitory-plasticity explainer. The source essay reports no data; this page
 * is carried by its model, and the numbers below are parameters of the spiking rule the model is
 * built on (Vogels et al. 2011), as the Brian 2 simulator's example of that network sets them
 * (examples/frompapers/Vogels_et_al_2011.py), which our spiking figures follow.
 */
import type { ArticleSeed, Fact, Reference } from './types';

export const references: readonly Reference[] = [
	{
		key: 'essay-inhibitory-2025',
		kind: 'essay',
		year: 2025,
		date: '2025-08-09',
		title: 'How inhibitory plasticity enables selective strengthening of relevant circuits while suppressing competing pathways',
		venue: 'Unsigned online essay',
		note: 'No DOI or named author: a web essay without data. This explainer follows its argument; the studies below are the evidence it builds on.'
	},
	{
		key: 'vogels2011',
		authors: 'Vogels TP, Sprekeler H, Zenke F, Clopath C, Gerstner W',
		year: 2011,
		title: 'Inhibitory plasticity balances excitation and inhibition in sensory pathways and memory networks',
		venue: 'Science 334(6062):1569–1573',
		doi: '10.1126/science.1211095',
		note: 'Erratum: Science 2012;336(6083):802.'
	},
	{
		key: 'vogels2009',
		authors: 'Vogels TP, Abbott LF',
		year: 2009,
		title: 'Gating multiple signals through detailed balance of excitation and inhibition in spiking networks',
		venue: 'Nature Neuroscience 12(4):483–491',
		doi: '10.1038/nn.2276'
	},
	{
		key: 'froemke2015',
		authors: 'Froemke RC',
		year: 2015,
		title: 'Plasticity of cortical excitatory-inhibitory balance',
		venue: 'Annual Review of Neuroscience 38:195–219',
		doi: '10.1146/annurev-neuro-071714-034002'
	},
	{
		key: 'brian2',
		authors: 'Stimberg M, Brette R, Goodman DFM',
		year: 2019,
		title: 'Brian 2, an intuitive and efficient neural simulator',
		venue: 'eLife 8:e47314',
		doi: '10.7554/eLife.47314',
		note: 'The network parameters our spiking figures use come from the example script frompapers/Vogels_et_al_2011.py distributed with Brian 2.'
	},
	{
		key: 'letzkus2011',
		authors: 'Letzkus JJ, Wolff SBE, Meyer EMM, Tovote P, Courtin J, Herry C, Lüthi A',
		year: 2011,
		title: 'A disinhibitory microcircuit for associative fear learning in the auditory cortex',
		venue: 'Nature 480(7377):331–335',
		doi: '10.1038/nature10674'
	},
	{
		key: 'hensch2005',
		authors: 'Hensch TK',
		year: 2005,
		title: 'Critical period plasticity in local cortical circuits',
		venue: 'Nature Reviews Neuroscience 6(11):877–888',
		doi: '10.1038/nrn1787'
	}
];

export const facts: readonly Fact[] = [
	{
		id: 'istdp-tau',
		label: 'Time constant of the pre- and postsynaptic traces in the inhibitory spike-timing rule',
		value: 20,
		unit: 'ms',
		display: '20 ms',
		source: 'brian2',
		where: 'Brian 2 example frompapers/Vogels_et_al_2011.py (tau_stdp), after Vogels et al. 2011'
	},
	{
		id: 'istdp-rho0',
		label: 'Target firing rate of the postsynaptic neurons (sets the depression factor alpha = 2 rho0 tau)',
		value: 3,
		unit: 'Hz',
		display: '3 Hz',
		source: 'brian2',
		where: 'Brian 2 example frompapers/Vogels_et_al_2011.py (alpha = 2 x 3 Hz x tau_stdp), after Vogels et al. 2011'
	}
];

export const seed: ArticleSeed = {
	slug: 'inhibitory-plasticity',
	facts,
	references,
	// The essay first, then the study whose model the page runs.
	drawsOn: ['essay-inhibitory-2025', 'vogels2011']
};
