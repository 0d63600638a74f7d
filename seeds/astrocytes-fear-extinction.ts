/**
 * Facts quoted by the astrocytes-fear-extinction explainer.
 * Primary source: Bukalo O, et al. Nature 2026 (doi:10.1038/s41586-025-10068-0), as summarised in
 * shared/seeds/000; no number here is invented or rounded beyond what that summary reports.
 */
import type { ArticleSeed, Fact, Reference } from './types';

export const references: readonly Reference[] = [
	{
		key: 'bukalo2026',
		authors: "Bukalo O, O'Sullivan R, Tanisumi Y, et al.",
		year: 2026,
		title: 'Astrocytes enable amygdala neural representations supporting memory',
		venue: 'Nature 652:434–441',
		doi: '10.1038/s41586-025-10068-0'
	},
	{
		key: 'suthard2023',
		authors: 'Suthard RL, Senne RA, Buzharsky MD, et al.',
		year: 2023,
		title:
			'Basolateral amygdala astrocytes are engaged by the acquisition and expression of a contextual fear memory',
		venue: 'Journal of Neuroscience 43(27):4997–5013',
		doi: '10.1523/JNEUROSCI.1775-22.2023'
	},
	{
		key: 'martinfernandez2017',
		authors: 'Martin-Fernandez M, Jamison S, Robin LM, et al.',
		year: 2017,
		title: 'Synapse-specific astrocyte gating of amygdala-related behavior',
		venue: 'Nature Neuroscience 20(11):1540–1548',
		doi: '10.1038/nn.4649'
	},
	{
		key: 'williamson2025',
		authors: 'Williamson MR, Kwon W, Woo J, et al.',
		year: 2025,
		title: 'Learning-associated astrocyte ensembles regulate memory recall',
		venue: 'Nature 637(8045):478–486',
		doi: '10.1038/s41586-024-08170-w'
	},
	{
		key: 'dewa2025',
		authors: 'Dewa K, Kaseda K, Kuwahara A, et al.',
		year: 2025,
		title: 'The astrocytic ensemble acts as a multiday trace to stabilize memory',
		venue: 'Nature 648(8092):146–156',
		doi: '10.1038/s41586-025-09619-2'
	},
	{
		key: 'ledoux2014',
		authors: 'LeDoux JE',
		year: 2014,
		title: 'Coming to terms with fear',
		venue: 'Proceedings of the National Academy of Sciences 111(8):2871–2878',
		doi: '10.1073/pnas.1400335111'
	},
	{
		key: 'singewald2015',
		authors: 'Singewald N, Schmuckermair C, Whittle N, Holmes A, Ressler KJ',
		year: 2015,
		title:
			'Pharmacology of cognitive enhancers for exposure-based therapy of fear, anxiety and trauma-related disorders',
		venue: 'Pharmacology & Therapeutics 149:150–190',
		doi: '10.1016/j.pharmthera.2014.12.004'
	}
];

export const facts: readonly Fact[] = [
	{
		id: 'info-per-neuron-vehicle',
		label: 'CS-related information carried per BLA neuron, vehicle (hM3Dq mice without CNO)',
		value: 0.31,
		unit: '',
		display: '0.31',
		source: 'bukalo2026',
		where: 'one-photon neuronal imaging, fear-memory retrieval'
	},
	{
		id: 'info-per-neuron-cno',
		label: 'CS-related information carried per BLA neuron, CNO (astrocyte hM3Dq actuated)',
		value: 0.2,
		unit: '',
		display: '0.20',
		source: 'bukalo2026',
		where: 'one-photon neuronal imaging, fear-memory retrieval'
	}
];

export const seed: ArticleSeed = { slug: 'astrocytes-fear-extinction', facts, references };
