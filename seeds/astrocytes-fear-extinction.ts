/**
 * Facts quoted by the astrocytes-fear-extinction explainer.
 * Primary source: Bukalo O, et al. Nature 2026 (doi:10.1038/s41586-025-10068-0), as summarised in the
 * article's published summary; no number here is invented or rounded beyond what that summary reports.
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
		title: 'Basolateral amygdala astrocytes are engaged by the acquisition and expression of a contextual fear memory',
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
		title: 'Pharmacology of cognitive enhancers for exposure-based therapy of fear, anxiety and trauma-related disorders',
		venue: 'Pharmacology & Therapeutics 149:150–190',
		doi: '10.1016/j.pharmthera.2014.12.004'
	},
	{
		key: 'rescorla1972',
		authors: 'Rescorla RA, Wagner AR',
		year: 1972,
		title: 'A theory of Pavlovian conditioning: variations in the effectiveness of reinforcement and nonreinforcement',
		venue:
			'In Black AH, Prokasy WF (eds), Classical Conditioning II: Current Research and Theory, pp. 64–99. New York: Appleton-Century-Crofts',
		note: 'Book chapter; no DOI.'
	},
	{
		key: 'bouton2004',
		authors: 'Bouton ME',
		year: 2004,
		title: 'Context and behavioral processes in extinction',
		venue: 'Learning & Memory 11(5):485–494',
		doi: '10.1101/lm.78804'
	}
];

export const facts: readonly Fact[] = [
	// The numbers the page quotes, in the order the story meets them. All from Bukalo et al. 2026
	// as its published summary reports them; "display" is exactly how the summary prints each one.

	// --- Protocol ---
	{
		id: 'conditioning-pairings',
		label: 'Tone-shock pairings during fear conditioning',
		value: 3,
		unit: 'pairings',
		display: '3',
		source: 'bukalo2026',
		where: 'behavioural protocol'
	},
	{
		id: 'extinction-days',
		label: 'Days of extinction training',
		value: 2,
		unit: 'days',
		display: '2',
		source: 'bukalo2026',
		where: 'behavioural protocol'
	},
	{
		id: 'extinction-trials-per-day',
		label: 'Tone-only (CS) trials on each extinction day',
		value: 25,
		unit: 'trials',
		display: '25',
		source: 'bukalo2026',
		where: 'behavioural protocol'
	},
	{
		id: 'gcamp-neuronal-expression',
		label: 'Share of GCaMP6f expression found in neurons rather than astrocytes',
		value: 2,
		unit: '%',
		display: 'around 2%',
		displayByLocale: { es: 'alrededor del 2\u00a0%' },
		source: 'bukalo2026',
		where: 'viral targeting of astrocytes'
	},

	// --- Astrocyte Ca2+ tracks the fear state ---
	{
		id: 'ca-early-vs-late',
		label: 'Drop in the tone-related astrocyte Ca2+ signal between early and late extinction',
		value: 0.0231,
		unit: '',
		display: 'P = 0.0231',
		relation: '=',
		statistic: 'early vs late extinction',
		source: 'bukalo2026',
		where: 'Ca2+ imaging of BLA astrocytes (GCaMP6f)'
	},
	{
		id: 'ca-early-vs-retrieval',
		label: 'CS-related astrocyte Ca2+ activity fell from early extinction to extinction retrieval',
		value: 0.0262,
		unit: '',
		display: 'P = 0.0262',
		relation: '=',
		statistic: 'early extinction vs extinction retrieval',
		source: 'bukalo2026',
		where: 'Ca2+ imaging of BLA astrocytes (GCaMP6f)'
	},
	{
		id: 'ca-renewal-vs-late',
		label: 'CS-related astrocyte Ca2+ activity recovered at fear renewal, compared with late extinction',
		value: 0.0001,
		unit: '',
		display: 'P < 0.0001',
		relation: '<',
		statistic: 'renewal vs late extinction',
		source: 'bukalo2026',
		where: 'Ca2+ imaging of BLA astrocytes (GCaMP6f)'
	},
	{
		id: 'ca-renewal-vs-retrieval',
		label: 'CS-related astrocyte Ca2+ activity recovered at fear renewal, compared with extinction retrieval',
		value: 0.0002,
		unit: '',
		display: 'P = 0.0002',
		relation: '=',
		statistic: 'renewal vs extinction retrieval',
		source: 'bukalo2026',
		where: 'Ca2+ imaging of BLA astrocytes (GCaMP6f)'
	},
	{
		id: 'ca-freezing-r',
		label: 'Correlation between astrocyte Ca2+ transients and freezing across test sessions',
		value: 0.97,
		unit: '',
		display: 'r = 0.97',
		statistic: 'correlation coefficient r across test-session values (the test is not named in our source)',
		source: 'bukalo2026',
		where: 'across test sessions'
	},
	{
		id: 'ca-freezing-p',
		label: 'P value of the astrocyte Ca2+ / freezing correlation',
		value: 0.0261,
		unit: '',
		display: 'P = 0.0261',
		relation: '=',
		source: 'bukalo2026',
		where: 'across test sessions'
	},
	{
		id: 'twophoton-events',
		label: 'Astrocyte Ca2+ events analysed with 2-photon imaging in early extinction',
		value: 110,
		unit: 'events',
		display: '110 events from 6 mice',
		displayByLocale: { es: '110 eventos de 6 ratones' },
		n: '110 events from 6 mice',
		source: 'bukalo2026',
		where: '2-photon imaging, early extinction'
	},
	{
		id: 'twophoton-decoding-p',
		label: 'Decoding of CS presentation from single astrocyte-event activity, early extinction',
		value: 0.0265,
		unit: '',
		display: 'P = 0.0265',
		relation: '=',
		n: '110 events from 6 mice',
		source: 'bukalo2026',
		where: '2-photon imaging, early extinction'
	},

	// --- DREADD manipulations ---
	{
		id: 'cno-dose',
		label: 'Dose of clozapine-N-oxide (CNO) given before extinction training',
		value: 3,
		unit: 'mg/kg',
		display: '3 mg/kg',
		source: 'bukalo2026',
		where: 'DREADD experiments'
	},
	{
		id: 'hm3dq-low-duration',
		label: 'Duration of the low astrocyte Ca2+ period after the early surge with hM3Dq actuation',
		value: 2,
		unit: 'h',
		display: 'at least 2 hours',
		displayByLocale: { es: 'al menos 2 horas' },
		relation: '≥',
		source: 'bukalo2026',
		where: 'DREADD validation'
	},
	{
		id: 'hm3dq-ca-abolished',
		label: 'hM3Dq actuation abolished CS-related astrocyte Ca2+ responses during extinction',
		value: 0.0001,
		unit: '',
		display: 'P < 0.0001',
		relation: '<',
		statistic: 'at minute 35',
		source: 'bukalo2026',
		where: 'astrocyte Ca2+ imaging during extinction'
	},
	{
		id: 'hm4di-ca-increased',
		label: 'hM4Di actuation increased astrocyte Ca2+ activity during extinction',
		value: 0.0001,
		unit: '',
		display: 'P < 0.0001',
		relation: '<',
		statistic: 'at minute 35',
		source: 'bukalo2026',
		where: 'astrocyte Ca2+ imaging during extinction'
	},
	{
		id: 'hm3dq-block1',
		label: 'hM3Dq + CNO vs controls: lower CS freezing at extinction block 1',
		value: 0.0001,
		unit: '',
		display: 'P < 0.0001',
		relation: '<',
		statistic: 'hM3Dq lower than viral controls',
		source: 'bukalo2026',
		where: 'extinction block 1'
	},
	{
		id: 'hm3dq-block2',
		label: 'hM3Dq + CNO vs controls: lower CS freezing at extinction block 2',
		value: 0.0067,
		unit: '',
		display: 'P = 0.0067',
		relation: '=',
		statistic: 'hM3Dq lower than viral controls',
		source: 'bukalo2026',
		where: 'extinction block 2'
	},
	{
		id: 'hm3dq-retrieval',
		label: 'hM3Dq + CNO vs controls: lower CS freezing at extinction retrieval',
		value: 0.0001,
		unit: '',
		display: 'P < 0.0001',
		relation: '<',
		statistic: 'hM3Dq lower than viral controls',
		source: 'bukalo2026',
		where: 'extinction retrieval'
	},
	{
		id: 'hm4di-block1',
		label: 'hM4Di + CNO vs controls: higher CS freezing at extinction block 1',
		value: 0.0048,
		unit: '',
		display: 'P = 0.0048',
		relation: '=',
		statistic: 'hM4Di higher than controls',
		source: 'bukalo2026',
		where: 'extinction block 1'
	},
	{
		id: 'hm4di-block2',
		label: 'hM4Di + CNO vs controls: higher CS freezing at extinction block 2',
		value: 0.025,
		unit: '',
		display: 'P = 0.0250',
		relation: '=',
		statistic: 'hM4Di higher than controls',
		source: 'bukalo2026',
		where: 'extinction block 2'
	},
	{
		id: 'hm4di-retrieval',
		label: 'hM4Di + CNO vs controls: higher CS freezing at extinction retrieval',
		value: 0.0005,
		unit: '',
		display: 'P = 0.0005',
		relation: '=',
		statistic: 'hM4Di higher than controls',
		source: 'bukalo2026',
		where: 'extinction retrieval'
	},

	// --- The neuronal code ---
	{
		id: 'info-per-neuron-vehicle',
		label: 'CS-related information carried per BLA neuron, vehicle-treated group (hM3Dq experiments)',
		value: 0.31,
		unit: '',
		display: '0.31',
		source: 'bukalo2026',
		where: 'one-photon neuronal imaging, fear-memory retrieval'
	},
	{
		id: 'info-per-neuron-cno',
		label: 'CS-related information carried per BLA neuron, CNO-treated group (astrocyte hM3Dq actuated)',
		value: 0.2,
		unit: '',
		display: '0.20',
		source: 'bukalo2026',
		where: 'one-photon neuronal imaging, fear-memory retrieval'
	},
	{
		id: 'decoder-group-p',
		label: 'A population decoder told CNO-treated from vehicle-treated mice using positively CS-modulated neurons',
		value: 0.0264,
		unit: '',
		display: 'P = 0.0264',
		relation: '=',
		source: 'bukalo2026',
		where: 'one-photon neuronal imaging, fear-memory retrieval'
	},
	{
		id: 'decoder-freezing-r',
		label: 'Correlation between mouse-level decoder coefficient and CS freezing at fear retrieval',
		value: 0.7,
		unit: '',
		display: 'r = 0.70',
		statistic: 'correlation coefficient r across mice (the test is not named in our source)',
		source: 'bukalo2026',
		where: 'one-photon neuronal imaging, fear-memory retrieval'
	},
	{
		id: 'decoder-freezing-p',
		label: 'P value of the decoder coefficient / freezing correlation',
		value: 0.039,
		unit: '',
		display: 'P = 0.039',
		relation: '=',
		source: 'bukalo2026',
		where: 'one-photon neuronal imaging, fear-memory retrieval'
	},

	// --- Output to prelimbic cortex ---
	{
		id: 'prelimbic-control',
		label: 'CS-responsive BLA-to-prelimbic (phototagged) neurons in control mice, early extinction',
		value: 83,
		unit: '%',
		display: '83%',
		source: 'bukalo2026',
		where: 'phototagged single units, early extinction'
	},
	{
		id: 'prelimbic-calex',
		label: 'CS-responsive BLA-to-prelimbic (phototagged) neurons in CalEx mice, early extinction',
		value: 31,
		unit: '%',
		display: '31%',
		source: 'bukalo2026',
		where: 'phototagged single units, early extinction'
	},
	{
		id: 'prelimbic-p',
		label: 'Control vs CalEx difference in CS-responsive BLA-to-prelimbic neurons',
		value: 0.0062,
		unit: '',
		display: 'P = 0.0062',
		relation: '=',
		statistic: 'control vs CalEx',
		source: 'bukalo2026',
		where: 'phototagged single units, early extinction'
	},
	{
		id: 'prelimbic-freezing-units-p',
		label: 'Freezing-related unit activity altered by CalEx (our source does not say which units)',
		value: 0.0275,
		unit: '',
		display: 'P = 0.0275',
		relation: '=',
		source: 'bukalo2026',
		where: 'single-unit recordings in the CalEx experiment'
	}
];

export const seed: ArticleSeed = { slug: 'astrocytes-fear-extinction', facts, references };
