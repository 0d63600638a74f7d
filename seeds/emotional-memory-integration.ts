/**
 * Facts quoted by the emotional-memory-integration explainer.
 * Primary source: Zhu Y, et al. eLife 2022;11:e60190 (doi:10.7554/eLife.60190), CC-BY 4.0, as read from the
 * abstract and the full text of the published article. `where`
 * names the section or figure legend of the paper each number comes from. No number is invented, and no
 * group means appear here because the paper gives accuracy only as bar graphs.
 *
 * Statistics are printed the way the paper prints them (p without a leading zero, d_av for Cohen's d with
 * the average SD, ηp² for partial eta squared).
 */
import type { ArticleSeed, Fact, Reference } from './types';

export const references: readonly Reference[] = [
	{
		key: 'zhu2022',
		authors: 'Zhu Y, Zeng Y, Ren J, Zhang L, Chen C, Fernández G, Qin S',
		year: 2022,
		title: 'Emotional learning retroactively promotes memory integration through rapid neural reactivation and reorganization',
		venue: 'eLife 11:e60190',
		doi: '10.7554/eLife.60190'
	},
	{
		key: 'dunsmoor2015',
		authors: 'Dunsmoor JE, Murty VP, Davachi L, Phelps EA',
		year: 2015,
		title: 'Emotional learning selectively and retroactively strengthens memories for related events',
		venue: 'Nature 520(7547):345–348',
		doi: '10.1038/nature14106'
	},
	{
		key: 'ballarini2009',
		authors: 'Ballarini F, Moncada D, Martinez MC, Alen N, Viola H',
		year: 2009,
		title: 'Behavioral tagging is a general mechanism of long-term memory formation',
		venue: 'Proceedings of the National Academy of Sciences 106(34):14599–14604',
		doi: '10.1073/pnas.0907078106'
	},
	{
		key: 'brogden1939',
		authors: 'Brogden WJ',
		year: 1939,
		title: 'Sensory pre-conditioning',
		venue: 'Journal of Experimental Psychology 25(4):323–332',
		doi: '10.1037/h0058944'
	},
	{
		key: 'wimmer2012',
		authors: 'Wimmer GE, Shohamy D',
		year: 2012,
		title: 'Preference by association: how memory mechanisms in the hippocampus bias decisions',
		venue: 'Science 338(6104):270–273',
		doi: '10.1126/science.1223252'
	},
	{
		key: 'dunsmoor2022',
		authors: 'Dunsmoor JE, Murty VP, Clewett D, Phelps EA, Davachi L',
		year: 2022,
		title: 'Tag and capture: how salient experiences target and rescue nearby events in memory',
		venue: 'Trends in Cognitive Sciences 26(9):782–795',
		doi: '10.1016/j.tics.2022.06.009'
	}
];

type Row = Omit<Fact, 'source'> & { source?: string };

/** A t test reported as t(df) = t, p = p, with d_av where the paper gives one. */
function tTest(
	id: string,
	what: string,
	df: number,
	t: number,
	p: number,
	where: string,
	n: string,
	options: { pRel?: '=' | '<'; d?: number } = {}
): Row[] {
	const rel = options.pRel ?? '=';
	const rows: Row[] = [
		{
			id: `${id}-t`,
			label: `${what}: t statistic`,
			value: t,
			unit: '',
			display: `t(${df}) = ${fmt(t)}`,
			statistic: 'paired t test',
			n,
			where
		},
		{
			id: `${id}-p`,
			label: `${what}: P value`,
			value: p,
			unit: '',
			display: `p ${rel} ${pFmt(p)}`,
			relation: rel,
			statistic: `t(${df}) = ${fmt(t)}`,
			n,
			where
		}
	];
	if (options.d !== undefined) {
		rows.push({
			id: `${id}-d`,
			label: `${what}: effect size (Cohen's d with the average SD)`,
			value: options.d,
			unit: '',
			display: `d = ${options.d.toFixed(2)}`,
			statistic: `t(${df}) = ${fmt(t)}`,
			n,
			where
		});
	}
	return rows;
}

/** An F test reported as F(df1,df2) = F, p = p, ηp² = eta. */
function fTest(
	id: string,
	what: string,
	df: [number, number],
	F: number,
	p: number,
	where: string,
	n: string,
	options: { pRel?: '=' | '<'; eta?: number } = {}
): Row[] {
	const rel = options.pRel ?? '=';
	const stat = `F(${df[0]},${df[1]}) = ${F.toFixed(2)}`;
	const rows: Row[] = [
		{ id: `${id}-F`, label: `${what}: F statistic`, value: F, unit: '', display: stat, statistic: 'repeated-measures ANOVA', n, where },
		{
			id: `${id}-p`,
			label: `${what}: P value`,
			value: p,
			unit: '',
			display: `p ${rel} ${pFmt(p)}`,
			relation: rel,
			statistic: stat,
			n,
			where
		}
	];
	if (options.eta !== undefined) {
		rows.push({
			id: `${id}-eta`,
			label: `${what}: effect size (partial eta squared)`,
			value: options.eta,
			unit: '',
			display: `ηp² = ${pFmt(options.eta, 2)}`,
			statistic: stat,
			n,
			where
		});
	}
	return rows;
}

/** A correlation reported as r = r, p = p. */
function corr(id: string, what: string, r: number, p: number, where: string, n: string, pRel: '=' | '<' = '='): Row[] {
	return [
		{
			id: `${id}-r`,
			label: `${what}: correlation`,
			value: r,
			unit: '',
			display: `r = ${pFmt(r, 2)}`,
			statistic: 'correlation across participants (4-fold cross-validated prediction, permutation test)',
			n,
			where
		},
		{
			id: `${id}-p`,
			label: `${what}: P value`,
			value: p,
			unit: '',
			display: `p ${pRel} ${pFmt(p)}`,
			relation: pRel,
			statistic: `r = ${pFmt(r, 2)}`,
			n,
			where
		}
	];
}

function fmt(x: number): string {
	return (x < 0 ? '−' : '') + Math.abs(x).toFixed(2);
}

/** .037, -.09: the paper's style for values below 1 (ASCII minus, so tests can read the number back). */
function pFmt(x: number, digits = 3): string {
	return (x < 0 ? '-' : '') + Math.abs(x).toFixed(digits).replace(/^0/, '');
}

const n1 = 'N = 30 (Study 1)';
const n2 = 'N = 28 (Study 2)';
const n3 = 'N = 28 (Study 3)';
const n3trial = 'N = 28 (Study 3); df reflect the ANCOVA covariates';

const rows: Row[] = [
	// ── Design ────────────────────────────────────────────────────────────────
	{
		id: 'n-total',
		label: 'Participants across the three studies',
		value: 89,
		unit: 'people',
		display: '89',
		where: 'Methods, Participants'
	},
	{
		id: 'n-study1',
		label: 'Study 1 sample (behavioural, Beijing)',
		value: 30,
		unit: 'people',
		display: '30',
		where: 'Methods, Participants'
	},
	{
		id: 'n-study2',
		label: 'Study 2 sample (independent replication, Xinyang)',
		value: 28,
		unit: 'people',
		display: '28',
		where: 'Methods, Participants'
	},
	{
		id: 'n-study3',
		label: 'Study 3 sample (fMRI) after exclusions',
		value: 28,
		unit: 'people',
		display: '28',
		where: 'Methods, Participants'
	},
	{
		id: 'n-study3-recruited',
		label: 'Study 3 participants recruited',
		value: 31,
		unit: 'people',
		display: '31',
		where: 'Methods, Participants'
	},
	{
		id: 'n-study3-excluded',
		label: 'Study 3 participants excluded (two fell asleep, one near-zero memory)',
		value: 3,
		unit: 'people',
		display: '3',
		where: 'Methods, Participants'
	},
	{ id: 'pairs', label: 'Face–object pairs each participant learned', value: 72, unit: 'pairs', display: '72', where: 'Methods, Stimuli' },
	{
		id: 'faces-total',
		label: 'Chinese faces in the stimulus set (half used as foils in the item test)',
		value: 144,
		unit: 'faces',
		display: '144',
		where: 'Methods, Stimuli'
	},
	{ id: 'objects', label: 'Neutral everyday objects', value: 72, unit: 'objects', display: '72', where: 'Methods, Stimuli' },
	{
		id: 'aversive-faces',
		label: 'Faces paired with a scream in emotional learning',
		value: 36,
		unit: 'faces',
		display: '36',
		where: 'Methods, Stimuli'
	},
	{
		id: 'neutral-faces',
		label: 'Faces paired with a neutral voice in emotional learning',
		value: 36,
		unit: 'faces',
		display: '36',
		where: 'Methods, Stimuli'
	},
	{
		id: 'voice-clips',
		label: 'Female voice clips (two screams, two neutral sounds)',
		value: 4,
		unit: 'clips',
		display: '4',
		where: 'Methods, Stimuli'
	},
	{ id: 'voice-duration', label: 'Length of each voice clip', value: 2, unit: 's', display: '2', where: 'Methods, Stimuli' },
	{
		id: 'pair-duration',
		label: 'Initial learning: time each face–object pair was on screen',
		value: 4,
		unit: 's',
		display: '4',
		where: 'Methods; Figure 1A'
	},
	{ id: 'rating-duration', label: 'Time for each vividness rating', value: 2, unit: 's', display: '2', where: 'Methods; Figure 1A' },
	{ id: 'rating-scale', label: 'Points on the vividness and confidence scales', value: 4, unit: 'points', display: '4', where: 'Methods' },
	{
		id: 'repetitions',
		label: 'Times each pair was shown in initial learning',
		value: 2,
		unit: 'times',
		display: 'twice',
		displayByLocale: { es: 'dos veces' },
		where: 'Methods'
	},
	{ id: 'run-minutes', label: 'Length of each of the two initial-learning runs', value: 12, unit: 'min', display: '12', where: 'Methods' },
	{
		id: 'cue-duration',
		label: 'Emotional learning: face shown alone before the voice',
		value: 2,
		unit: 's',
		display: '2',
		where: 'Methods; Figure 1A'
	},
	{
		id: 'face-voice-duration',
		label: 'Emotional learning: face shown together with its voice',
		value: 2,
		unit: 's',
		display: '2',
		where: 'Methods; Figure 1A'
	},
	{
		id: 'emotional-minutes',
		label: 'Length of the emotional-learning phase (72 trials, once each)',
		value: 16.8,
		unit: 'min',
		display: '16.8',
		where: 'Methods'
	},
	{
		id: 'delay-minutes',
		label: 'Delay between emotional learning and the surprise test',
		value: 30,
		unit: 'min',
		display: '30',
		where: 'Methods; Figure 1A'
	},
	{ id: 'test-screens', label: 'Screens in the associative memory test', value: 18, unit: 'screens', display: '18', where: 'Methods' },
	{ id: 'test-per-screen', label: 'Faces (and objects) on each test screen', value: 4, unit: '', display: '4', where: 'Methods' },
	{
		id: 'chance',
		label: 'Chance accuracy when matching four faces to four objects: (1/4 + 1/3 + 1/2 + 1) / 4',
		value: 52,
		unit: '%',
		display: '52%',
		where: 'Methods'
	},
	{ id: 'rest-minutes', label: 'Study 3: length of each eyes-open rest scan', value: 8, unit: 'min', display: '8', where: 'Methods' },
	{
		id: 'item-chance',
		label: 'Chance in the old/new face item test',
		value: 50,
		unit: '%',
		display: '50%',
		where: 'Figure 1—figure supplement 2'
	},

	// ── Behaviour: aversive vs neutral, high-confidence memory ─────────────────
	...tTest('s1-hc', 'Study 1, high-confidence memory, aversive vs neutral', 29, 2.18, 0.037, 'Results; Figure 1B', n1, { d: 0.22 }),
	...tTest('s2-hc', 'Study 2, high-confidence memory, aversive vs neutral', 27, 2.47, 0.02, 'Results; Figure 1C', n2, { d: 0.23 }),
	...tTest('s3-hc', 'Study 3, high-confidence memory, aversive vs neutral', 27, 2.59, 0.015, 'Results; Figure 1D', n3, { d: 0.1 }),
	// Low confidence
	...tTest('s1-lc', 'Study 1, low-confidence memory, aversive vs neutral', 29, -0.15, 0.883, 'Results; Figure 1B', n1),
	...tTest('s2-lc', 'Study 2, low-confidence memory, aversive vs neutral', 27, -0.55, 0.588, 'Results; Figure 1C', n2),
	...tTest('s3-lc', 'Study 3, low-confidence memory, aversive vs neutral (neutral better)', 27, -2.18, 0.038, 'Results; Figure 1D', n3, {
		d: 0.24
	}),
	// High-confidence memory, split by the vividness rated during initial learning
	...tTest(
		's1-hv',
		'Study 1, high-confidence memory for high-vividness pairs, aversive vs neutral',
		29,
		2.15,
		0.04,
		'Results; Figure 1E',
		n1,
		{ d: 0.21 }
	),
	...tTest(
		's2-hv',
		'Study 2, high-confidence memory for high-vividness pairs, aversive vs neutral',
		27,
		2.16,
		0.04,
		'Results; Figure 1F',
		n2,
		{ d: 0.25 }
	),
	...tTest(
		's3-hv',
		'Study 3, high-confidence memory for high-vividness pairs, aversive vs neutral',
		27,
		2.21,
		0.036,
		'Results; Figure 1G',
		n3,
		{ d: 0.12 }
	),
	...tTest(
		's1-lv',
		'Study 1, high-confidence memory for low-vividness pairs, aversive vs neutral',
		29,
		0.27,
		0.793,
		'Results; Figure 1E',
		n1
	),
	...tTest(
		's2-lv',
		'Study 2, high-confidence memory for low-vividness pairs, aversive vs neutral',
		27,
		-0.58,
		0.565,
		'Results; Figure 1F',
		n2
	),
	...tTest(
		's3-lv',
		'Study 3, high-confidence memory for low-vividness pairs, aversive vs neutral',
		27,
		-0.4,
		0.696,
		'Results; Figure 1G',
		n3
	),

	// Emotion × Confidence ANOVA
	...fTest('s1-emotion', 'Study 1, main effect of emotion on associative memory', [1, 29], 5.18, 0.03, 'Results; Figure 1B', n1, {
		eta: 0.15
	}),
	...fTest('s2-emotion', 'Study 2, main effect of emotion on associative memory', [1, 27], 5.53, 0.026, 'Results; Figure 1C', n2, {
		eta: 0.17
	}),
	...fTest('s1-interaction', 'Study 1, emotion × confidence interaction (not significant)', [1, 29], 2.57, 0.12, 'Results; Figure 1B', n1, {
		eta: 0.08
	}),
	...fTest('s2-interaction', 'Study 2, emotion × confidence interaction', [1, 27], 4.94, 0.035, 'Results; Figure 1C', n2, { eta: 0.16 }),
	...fTest('s3-interaction', 'Study 3, emotion × confidence interaction', [1, 27], 8.61, 0.007, 'Results; Figure 1D', n3, { eta: 0.24 }),

	// Skin conductance, Study 3
	{
		id: 'scl-n',
		label: 'Study 3 participants with usable skin-conductance recordings (equipment failure for the others)',
		value: 20,
		unit: 'people',
		display: '20',
		where: 'Figure 1—figure supplement 6'
	},
	...tTest(
		'scl',
		'Study 3, skin conductance during emotional learning, aversive vs neutral',
		19,
		2.23,
		0.038,
		'Results; Figure 1—figure supplement 6',
		'n = 20 of the 28 scanned (skin-conductance equipment failed for the others)',
		{ d: 0.5 }
	),

	// ── Brain (Study 3) ───────────────────────────────────────────────────────
	...fTest(
		'rsa-pair-hpc',
		'Hippocampus, pair-specific reactivation, aversive > neutral',
		[1, 25],
		7.24,
		0.013,
		'Results; Figure 2B',
		n3trial,
		{ eta: 0.22 }
	),
	...fTest(
		'rsa-pair-vloc',
		'Ventral lateral occipital cortex, pair-specific reactivation, aversive > neutral',
		[1, 25],
		8.28,
		0.008,
		'Results; Figure 2B',
		n3trial,
		{ eta: 0.25 }
	),
	...corr(
		'predict-hpc-aversive',
		'Hippocampal pair-specific reactivation predicting high-confidence aversive memory',
		0.46,
		0.008,
		'Results; Figure 2C',
		n3
	),
	...corr(
		'predict-hpc-neutral',
		'Hippocampal pair-specific reactivation predicting high-confidence neutral memory',
		-0.09,
		0.48,
		'Results; Figure 2C',
		n3
	),
	{
		id: 'steiger-hpc-z',
		label: 'Steiger test, aversive vs neutral prediction from hippocampal reactivation: z',
		value: 2.54,
		unit: '',
		display: 'z = 2.54',
		n: n3,
		where: 'Results; Figure 2C'
	},
	{
		id: 'steiger-hpc-p',
		label: 'Steiger test, aversive vs neutral prediction from hippocampal reactivation: P value',
		value: 0.011,
		unit: '',
		display: 'p = .011',
		relation: '=',
		statistic: 'z = 2.54',
		n: n3,
		where: 'Results; Figure 2C'
	},
	...corr(
		'ppi-mffa',
		'Hippocampus–middle fusiform face area coupling predicting aversive memory',
		0.57,
		0.001,
		'Results; Figure 3',
		'n = 27',
		'<'
	),
	...corr(
		'ppi-sloc',
		'Hippocampus–superior lateral occipital coupling predicting aversive memory',
		0.65,
		0.001,
		'Results; Figure 3',
		'n = 27',
		'<'
	),
	...corr('ppi-amy', 'Hippocampus–amygdala coupling predicting aversive memory (trend)', 0.24, 0.076, 'Results; Figure 3', 'n = 27'),
	{
		id: 'mediation-indirect',
		label:
			'Exploratory mediation: indirect effect along a chain of hippocampal couplings (hippocampus–amygdala → hippocampus–middle fusiform → hippocampus–superior lateral occipital → aversive memory)',
		value: 0.19,
		unit: '',
		display: '0.19',
		statistic: 'bootstrap, 1000 resamples, 95% CI [.044, .328]',
		n: 'n = 27',
		where: 'Results; Figure 3K'
	},
	{
		id: 'mediation-p',
		label: 'Exploratory mediation: P value of the indirect effect',
		value: 0.01,
		unit: '',
		display: 'p = .010',
		relation: '=',
		statistic: 'bootstrap, 1000 resamples',
		n: 'n = 27',
		where: 'Results; Figure 3K'
	},
	{
		id: 'rest-aversive-r-min',
		label: 'Rest: hippocampal connectivity change predicting aversive memory, smallest r of five regions',
		value: 0.47,
		unit: '',
		display: '.47',
		statistic: 'all p < .005',
		n: 'n = 27',
		where: 'Results; Figure 4'
	},
	{
		id: 'rest-aversive-r-max',
		label: 'Rest: hippocampal connectivity change predicting aversive memory, largest r of five regions',
		value: 0.54,
		unit: '',
		display: '.54',
		statistic: 'all p < .005',
		n: 'n = 27',
		where: 'Results; Figure 4'
	},
	{
		id: 'rest-neutral-r-min',
		label: 'Rest: the same connectivity changes predicting neutral memory, correlation closest to zero of five regions',
		value: -0.45,
		unit: '',
		display: '−.45',
		statistic: 'all p < .006',
		n: 'n = 27',
		where: 'Results; Figure 4'
	},
	{
		id: 'rest-neutral-r-max',
		label: 'Rest: the same connectivity changes predicting neutral memory, most negative correlation of five regions',
		value: -0.55,
		unit: '',
		display: '−.55',
		statistic: 'all p < .006',
		n: 'n = 27',
		where: 'Results; Figure 4'
	},
	{
		id: 'vividness-beta-s3',
		label: 'Study 3, trial-level link between vividness and memory confidence (mixed model β)',
		value: 0.24,
		unit: '',
		display: 'β = .24',
		statistic: '95% CI [.16, .32], p < .001',
		n: n3,
		where: 'Results; Figure 1—figure supplement 4'
	}
];

export const facts: readonly Fact[] = rows.map((r) => ({ source: 'zhu2022', ...r }));

export const seed: ArticleSeed = { slug: 'emotional-memory-integration', facts, references, drawsOn: ['zhu2022'] };
