/**
 * A teaching model of fear conditioning, extinction and renewal with an astrocyte-signalling setting.
 * It is built to reproduce the *directions* Bukalo et al. (2026) report; it is not their model.
 *
 * Two associations (Rescorla & Wagner 1972 for acquisition; Bouton 2004 for the context gate):
 *   - fear  V_a: tone -> shock, learned on tone-shock trials by the Rescorla-Wagner rule:
 *        V_a += a_acq * (L - V_a),  so after n pairings (closed form)  V_a(n) = L * (1 - (1 - a_acq)^n)
 *   - safety V_e: tone -> "no shock here", learned on tone-alone trials, and expressed only in
 *     proportion to how much the current context resembles the extinction context (gate c):
 *        expressed fear   E = g * V_a - c * V_e     (freezing = 100 * clamp(E, 0, 1) %)
 *        safety learning  V_e += a_ext * h * max(V_a - c * V_e, 0)
 *     Safety learning is driven by the *stored* fear left unexplained (V_a - c V_e), not by the
 *     expressed fear E: the read-out gain g changes how much the mouse freezes, not how much it
 *     learns. Only assumption 3 (h) and, through V_a, assumption 2 change safety learning.
 *     With V_a fixed, g = h = c = 1, after n tone-alone trials (closed form)
 *        V_e(n) = V_a * (1 - (1 - a_ext)^n)
 *   The safety rule is an error-correcting rule in the Rescorla-Wagner style, not part of the
 *   original model: Rescorla-Wagner itself treats extinction as unlearning V_a.
 *
 * Astrocyte signalling s (1 = control) acts only during the two extinction days (CNO before
 * extinction training; the drug is gone for the later tests). Three assumptions, each stated on the page:
 *   1. expression gain   g(s) = max(0, 1 + K_GAIN * (s - 1)): weaker astrocyte signalling, a weaker
 *      neuronal code for the tone (as in the decoding result), less fear expressed; stronger, more.
 *   2. re-storage: each time a weakly expressed fear memory is retrieved it is re-stored a little
 *      weaker:  V_a += RHO * min(g - 1, 0) * V_a  (it never grows beyond what conditioning built).
 *   3. extinction learning works best with control-like signalling:
 *      h(s) = exp(-(s - 1)^2 / (2 * W^2)), so too little and too much both slow safety learning.
 *      This is our assumption, chosen to match the shared impairment; the study concludes only that
 *      both manipulations impaired extinction-memory formation, which points to timing and level.
 *
 * What follows from what (the checklist reports it row by row): the fall of freezing across
 * extinction comes from the learning dynamics; renewal from the context gate; the block 1-2
 * differences from assumption 1; lower hM3Dq retrieval from assumption 2; higher hM4Di retrieval
 * from assumption 3 through less safety learned; the weaker safety association of both from
 * assumption 3 directly (and, for hM3Dq, assumption 2).
 */
import { clamp, finiteOr } from './stats';
import { param, type Params } from './types';
// The parameter ranges sit in their own module, so that a page listing a figure's parameters (an embed,
// /teach/) does not load the model with them.
import { spec } from './ranges/fear-extinction';

export { spec };

/** Fixed parts of the model (not sliders). */
export const FIXED = {
	/**
	 * Asymptote of the fear association (L): a fully learned fear, read out at control strength,
	 * gives 70 % freezing. Below 1 so that the strongest read-out on the slider (g = 1.48) still
	 * stays under the 100 % ceiling: an elevated setting shows more freezing, never a pinned 100 %.
	 */
	L: 0.7,
	/** Acquisition learning rate (alpha * beta of Rescorla-Wagner) per tone-shock pairing. */
	aAcq: 0.6,
	pairings: 3,
	extinctionDays: 2,
	trialsPerDay: 25,
	/** Tone trials per analysis block. */
	blockSize: 5,
	/** Tone trials in each later test (retrieval, renewal). */
	testTrials: 5,
	/** Expression gain per unit of astrocyte signalling. */
	K_GAIN: 0.6,
	/** Re-storage rate of the fear memory per retrieval trial. */
	RHO: 0.06,
	/** Width of the extinction-learning tuning around control signalling. */
	W: 0.5
} as const;

export type Phase = 'conditioning' | 'extinction-1' | 'extinction-2' | 'retrieval' | 'renewal';

export interface Block {
	phase: Phase;
	/** Number of the block among the conditioning trials (1, 2, …) or the extinction blocks (1, 2, … across both days); 1 for the tests. */
	n: number;
	/** Mean freezing over the block's tone trials, 0-100 %. */
	freezing: number;
}

export interface FearResult {
	blocks: Block[];
	/** Freezing on every tone trial, in order (0-100 %). */
	trials: number[];
	/** Fear association after conditioning, and after extinction training. */
	fearAfterConditioning: number;
	fearAfterExtinction: number;
	/** Safety (extinction) association at the end of extinction training: the measure of extinction learning. */
	safetyLearned: number;
	/** Freezing of the key blocks (0-100 %). */
	block1: number;
	block2: number;
	lateExtinction: number;
	retrieval: number;
	renewal: number;
	gain: number;
	learningEfficacy: number;
}

/** Expression gain of the fear association for astrocyte signalling s. */
export function expressionGain(s: number): number {
	return Math.max(0, 1 + FIXED.K_GAIN * (s - 1));
}

/** Efficacy of safety learning for astrocyte signalling s: 1 at control, lower either side. */
export function learningEfficacy(s: number): number {
	return Math.exp(-((s - 1) ** 2) / (2 * FIXED.W ** 2));
}

/** Closed form of Rescorla-Wagner acquisition: V after n reinforced trials from 0. */
export function acquisitionClosedForm(n: number, rate: number, L = 1): number {
	return L * (1 - (1 - rate) ** n);
}

export function run(params: Partial<Params> = {}): FearResult {
	const s = param(spec, params, 'astro');
	const rate = param(spec, params, 'rate');
	const similarity = param(spec, params, 'context');
	const { L, aAcq, pairings, extinctionDays, trialsPerDay, blockSize, testTrials, RHO } = FIXED;

	let va = 0;
	let ve = 0;
	const trials: number[] = [];
	const blocks: Block[] = [];
	const freeze = (e: number) => 100 * clamp(finiteOr(e, 0), 0, 1);

	// Conditioning: freezing to the tone before each shock, then Rescorla-Wagner acquisition.
	for (let i = 0; i < pairings; i++) {
		const f = freeze(va);
		trials.push(f);
		blocks.push({ phase: 'conditioning', n: i + 1, freezing: f });
		va += aAcq * (L - va);
	}
	const fearAfterConditioning = va;

	// One tone-alone trial: express, learn safety, re-store the fear memory.
	const toneAlone = (g: number, h: number, c: number): number => {
		const e = g * va - c * ve;
		ve += rate * h * Math.max(va - c * ve, 0);
		va = Math.max(0, va + RHO * Math.min(g - 1, 0) * va);
		return freeze(e);
	};

	const g = expressionGain(s);
	const h = learningEfficacy(s);
	let blockNo = 0;
	for (let day = 1; day <= extinctionDays; day++) {
		const phase: Phase = day === 1 ? 'extinction-1' : 'extinction-2';
		let sum = 0;
		for (let t = 0; t < trialsPerDay; t++) {
			const f = toneAlone(g, h, 1);
			trials.push(f);
			sum += f;
			if ((t + 1) % blockSize === 0 || t === trialsPerDay - 1) {
				const size = (t % blockSize) + 1;
				blockNo++;
				blocks.push({ phase, n: blockNo, freezing: sum / size });
				sum = 0;
			}
		}
	}
	const fearAfterExtinction = va;
	const safetyLearned = ve;

	const test = (phase: Phase, c: number): number => {
		let sum = 0;
		for (let t = 0; t < testTrials; t++) {
			const f = toneAlone(1, 1, c);
			trials.push(f);
			sum += f;
		}
		const mean = sum / testTrials;
		blocks.push({ phase, n: 1, freezing: mean });
		return mean;
	};
	const retrieval = test('retrieval', 1);
	const renewal = test('renewal', similarity);

	const extBlocks = blocks.filter((b) => b.phase === 'extinction-1' || b.phase === 'extinction-2');
	return {
		blocks,
		trials,
		fearAfterConditioning,
		fearAfterExtinction,
		safetyLearned,
		block1: extBlocks[0].freezing,
		block2: extBlocks[1].freezing,
		lateExtinction: extBlocks[extBlocks.length - 1].freezing,
		retrieval,
		renewal,
		gain: g,
		learningEfficacy: h
	};
}

/** The three presets of the figure. */
export const PRESETS = [
	{ key: 'hm3dq', astro: 0.4 },
	{ key: 'control', astro: 1 },
	{ key: 'hm4di', astro: 1.6 }
] as const;

/** Why a check holds in the model: it emerges from running the learning rules, or it follows from a stated assumption. */
export type Basis = 'dynamics' | 'assumption';

/** What a check rests on: a learning rule, the context gate, or one of the three numbered assumptions (`learn-retrieval`: assumption 3, so less safety is learned). */
export type Rule = 'safety-grows' | 'context' | 'read-out' | 'restore' | 'learn' | 'learn-retrieval';

export interface Check {
	/** Unique within a checklist; with `group` it names the reported contrast (the figure words it). */
	id: string;
	/** Whose result the check compares with: control mice, or the hM3Dq or hM4Di group. */
	group: 'control' | 'hm3dq' | 'hm4di';
	/** Whether the model matches it at the current settings. */
	ok: boolean;
	/** Reproduced by the learning dynamics, or built in by one of the stated assumptions. */
	basis: Basis;
	/** The rule or assumption it rests on (shown beside the row, in words). */
	because: Rule;
	/** Fact id of the reported P value, where there is one. */
	fact?: string;
}

/**
 * The reported contrasts, checked against the model at the current rate and context settings.
 * `current` is the run at the reader's astrocyte setting; the contrasts compare it with control (s = 1).
 * Suppressed settings (s < 1) are checked against the hM3Dq results, elevated (s > 1) against hM4Di.
 * Each row says what makes it hold: only the fall across extinction is produced by the learning
 * dynamics alone; the others follow from the context gate or from one of the three assumptions.
 */
export function checklist(params: Partial<Params> = {}): Check[] {
	const s = param(spec, params, 'astro');
	const control = run({ ...params, astro: 1 });
	const current = run(params);
	const checks: Check[] = [
		{
			id: 'falls',
			group: 'control',
			ok: control.lateExtinction < control.block1,
			basis: 'dynamics',
			because: 'safety-grows'
		},
		{
			id: 'renews',
			group: 'control',
			ok: control.renewal > control.lateExtinction,
			basis: 'assumption',
			because: 'context'
		}
	];
	if (s < 1) {
		checks.push(
			{
				id: 'b1',
				group: 'hm3dq',
				ok: current.block1 < control.block1,
				basis: 'assumption',
				because: 'read-out',
				fact: 'hm3dq-block1'
			},
			{
				id: 'b2',
				group: 'hm3dq',
				ok: current.block2 < control.block2,
				basis: 'assumption',
				because: 'read-out',
				fact: 'hm3dq-block2'
			},
			{
				id: 'ret',
				group: 'hm3dq',
				ok: current.retrieval < control.retrieval,
				basis: 'assumption',
				because: 'restore',
				fact: 'hm3dq-retrieval'
			},
			{
				id: 'learn',
				group: 'hm3dq',
				ok: current.safetyLearned < control.safetyLearned,
				basis: 'assumption',
				because: 'learn'
			}
		);
	} else if (s > 1) {
		checks.push(
			{
				id: 'b1',
				group: 'hm4di',
				ok: current.block1 > control.block1,
				basis: 'assumption',
				because: 'read-out',
				fact: 'hm4di-block1'
			},
			{
				id: 'b2',
				group: 'hm4di',
				ok: current.block2 > control.block2,
				basis: 'assumption',
				because: 'read-out',
				fact: 'hm4di-block2'
			},
			{
				id: 'ret',
				group: 'hm4di',
				ok: current.retrieval > control.retrieval,
				basis: 'assumption',
				because: 'learn-retrieval',
				fact: 'hm4di-retrieval'
			},
			{
				id: 'learn',
				group: 'hm4di',
				ok: current.safetyLearned < control.safetyLearned,
				basis: 'assumption',
				because: 'learn'
			}
		);
	}
	return checks;
}

/** Documented output ranges for the property tests. */
export const bounds = {
	'blocks.*.freezing': [0, 100],
	trials: [0, 100],
	fearAfterConditioning: [0, 1],
	fearAfterExtinction: [0, 1],
	block1: [0, 100],
	block2: [0, 100],
	lateExtinction: [0, 100],
	retrieval: [0, 100],
	renewal: [0, 100],
	learningEfficacy: [0, 1]
} as const;
