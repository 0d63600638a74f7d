/**
 * A rate model of one output neuron fed by M input pathways, each carrying excitation (E) and a
 * matching inhibitory (I) projection, in the spirit of Vogels et al. (Science 2011).
 *
 *   output rate       r = clamp( sum_i wE_i x_i  -  g(t) * sum_i wI_i x_i , 0, R_MAX )
 *   inhibitory rule   dwI_i/dt = eta * g(t) x_i * (r - rho0)             (Vogels-Sprekeler, rate form)
 *   excitatory rule   dwE_i/dt = etaE * m(t) * (x_i - mean x) * [r - theta]_+ * soft bound
 *
 * Inputs: every TRIAL seconds one pathway fires at the "on" rate
 * X_BG * (1 + contrast) (pathways take turns in shuffled blocks, each once per M trials, seeded);
 * the others fire at the background rate X_BG. All input rates are multiplied
 * by `inputStrength`, and by `stepFactor` from STEP_AT onwards (to show that the rule compensates).
 *
 * Protocol (model seconds): an exposure phase (no outcome, so no neuromodulator: m = 0 and the
 * excitatory weights are frozen) in which inhibition learns; then, from TASK_AT, a task in which
 * the relevant pathway predicts an outcome. The neuromodulator m(t) = M0 + relevance * [relevant
 * pathway on] gates excitatory (Hebbian, covariance) plasticity, which only acts when the output
 * exceeds the LTP threshold theta = rho0 + THETA_ABOVE. A disinhibition window scales inhibition
 * by g = 1 - WINDOW_DEPTH for its duration; outside it g = 1.
 *
 * Fixed point of the inhibitory rule: when pathways are active one at a time, each pathway's
 * inhibition settles where E_i - I_i brings the output to rho0, so wI follows wE up to a constant
 * (co-tuning, "detailed balance"), and r -> rho0 whatever the input strength.
 *
 * Pure and deterministic for a given seed. All weights stay in [0, W_MAX], rates in [0, R_MAX].
 */
import { mulberry32 } from './random';
import { pearson } from './stats';
import { sanitize, type Params } from './types';
// The parameter ranges sit in their own module, so that a page listing a figure's parameters (an embed,
// /teach/) does not load the model with them.
import { spec } from './ranges/inhibitory-network';

export { spec };

export const M = 8;
/** The pathway whose activity predicts the outcome (0-based). */
export const RELEVANT = 2;
/** The pathway that starts strongest: the relevant pathway's main rival (0-based). */
export const COMPETITOR = 5;
export const DT = 0.1; // s
export const TRIAL = 0.5; // s, one stimulus
export const DURATION = 400; // s
export const SAMPLE = 1; // s between stored samples of the rate
export const SNAP = 5; // s between stored snapshots of all weights
export const STEP_AT = 80; // s, inputs scaled by stepFactor
export const STEP_FACTOR = 1.5;
export const TASK_AT = 160; // s, outcomes (and the neuromodulator) begin
export const X_BG = 5; // Hz, background rate of every pathway
export const WINDOW_DEPTH = 0.5; // inhibition is halved during the window
export const THETA_ABOVE = 4; // Hz, LTP threshold above rho0
export const M0 = 0.25; // neuromodulator level during the task when the relevant cue is absent
export const R_MAX = 100; // Hz
export const W_MAX = 1.5;
export const WE_MIN = 0.02;
export const WE_MAX = 0.8;
export const ETA_UNIT = 1.5e-4; // eta slider value 1 = 1.5e-4 per (Hz^2 s)
const ETA_E = 0.002;
const WI_START = 0.05;

export interface RunOptions {
	seed?: number;
	/** Multiplies every input rate (default 1). */
	inputStrength?: number;
	/** Input rates are multiplied by this from STEP_AT on (default STEP_FACTOR). */
	stepFactor?: number;
	/** Simulated time in model seconds (default DURATION). */
	duration?: number;
}

export interface NetworkResult {
	/** Sample times (s), one per SAMPLE. */
	t: number[];
	/** Mean output rate in each sample bin (Hz). */
	rate: number[];
	/** Excitatory weight of the relevant and of the competing pathway at each sample time. */
	relevantE: number[];
	competitorE: number[];
	/** Rate of the presented pathway (Hz) before and after the input step; see presentedRate(). */
	xOnStart: number;
	xOnAfterStep: number;
	/** Snapshot times (every SNAP s, from 0) and the weights per pathway then: wE[k][i], wI[k][i]. */
	tSnap: number[];
	wE: number[][];
	wI: number[][];
	/** Mean output over the last 20 s before the input step, before the task, and at the end. */
	rateBeforeStep: number;
	rateBeforeTask: number;
	rateEnd: number;
	/** Pearson correlation of wI with wE across pathways: at the start of the task, and at the end. */
	coTuningTask: number;
	coTuningEnd: number;
	/** Change of wE from the start of the task to the end, for the relevant and the competing pathway. */
	relevantChange: number;
	competitorChange: number;
	/** Largest change of any rival (every pathway but the relevant one). */
	maxRivalChange: number;
	window: { start: number; end: number };
	rho0: number;
	theta: number;
}

export function initialWeights(): { wE: number[]; wI: number[] } {
	const wE: number[] = [];
	const wI: number[] = [];
	for (let i = 0; i < M; i++) {
		const d = i - COMPETITOR;
		wE.push(0.15 + 0.25 * Math.exp(-(d * d) / (2 * 1.2 * 1.2)));
		wI.push(WI_START);
	}
	return { wE, wI };
}

interface Tail {
	from: number;
	to: number;
	sum: number;
	n: number;
}

function shuffle(xs: number[], rng: () => number): void {
	for (let i = xs.length - 1; i > 0; i--) {
		const j = Math.floor(rng() * (i + 1)) % (i + 1);
		const t = xs[i];
		xs[i] = xs[j];
		xs[j] = t;
	}
}

function addTo(w: Tail, time: number, r: number): void {
	if (time >= w.from && time < w.to) {
		w.sum += r;
		w.n++;
	}
}

function bounded(value: number, lo: number, hi: number): number {
	return Number.isFinite(value) ? Math.min(hi, Math.max(lo, value)) : lo;
}

/** Reads and sanitizes parameters (missing or bad values fall back to defaults). */
export function read(params: Partial<Params>): Params {
	const out: Params = {};
	for (const p of spec) out[p.key] = sanitize(p, params[p.key] as number);
	return out;
}

export function run(params: Partial<Params>, options: RunOptions = {}): NetworkResult {
	const p = read(params);
	const eta = p.eta * ETA_UNIT;
	const rho0 = p.rho0;
	const theta = rho0 + THETA_ABOVE;
	const strength = bounded(options.inputStrength ?? 1, 0, 4);
	const stepFactor = bounded(options.stepFactor ?? STEP_FACTOR, 0, 2);
	const duration = bounded(options.duration ?? DURATION, SAMPLE, 2000);
	const winStart = p.winStart;
	const winEnd = p.winStart + p.winLength;
	const rng = mulberry32(options.seed ?? 1);

	const { wE, wI } = initialWeights();
	const x = new Array<number>(M).fill(0);
	const steps = Math.round(duration / DT);
	const perTrial = Math.max(1, Math.round(TRIAL / DT));
	const perSample = Math.max(1, Math.round(SAMPLE / DT));

	const out: NetworkResult = {
		t: [0],
		rate: [0],
		relevantE: [wE[RELEVANT]],
		competitorE: [wE[COMPETITOR]],
		xOnStart: X_BG * (1 + p.contrast) * strength,
		xOnAfterStep: X_BG * (1 + p.contrast) * strength * stepFactor,
		tSnap: [0],
		wE: [wE.slice()],
		wI: [wI.slice()],
		rateBeforeStep: 0,
		rateBeforeTask: 0,
		rateEnd: 0,
		coTuningTask: 0,
		coTuningEnd: 0,
		relevantChange: 0,
		competitorChange: 0,
		maxRivalChange: 0,
		window: { start: winStart, end: winEnd },
		rho0,
		theta
	};

	let active = 0;
	let slot = 0;
	const order = Array.from({ length: M }, (_, i) => i);
	let sumR = 0;
	const perSnap = Math.max(1, Math.round(SNAP / DT));
	let wEAtTask: number[] | undefined;
	let wIAtTask: number[] | undefined;
	const tail = (from: number, to: number): Tail => ({ from, to, sum: 0, n: 0 });
	const beforeStep = tail(STEP_AT - 20, STEP_AT);
	const beforeTask = tail(TASK_AT - 20, TASK_AT);
	const end = tail(duration - 20, duration);

	for (let k = 0; k < steps; k++) {
		const time = k * DT;
		if (k % perTrial === 0) {
			// Balanced blocks: every pathway once per M trials, in a fresh random order each block.
			if (slot === 0) shuffle(order, rng);
			active = order[slot];
			slot = (slot + 1) % M;
		}
		const scale = strength * (time >= STEP_AT ? stepFactor : 1);
		const xOn = X_BG * (1 + p.contrast) * scale;
		const xBg = X_BG * scale;
		let xMean = 0;
		for (let i = 0; i < M; i++) {
			x[i] = i === active ? xOn : xBg;
			xMean += x[i];
		}
		xMean /= M;

		const g = time >= winStart && time < winEnd ? 1 - WINDOW_DEPTH : 1;
		let e = 0;
		let inh = 0;
		for (let i = 0; i < M; i++) {
			e += wE[i] * x[i];
			inh += wI[i] * x[i];
		}
		inh *= g;
		const r = bounded(e - inh, 0, R_MAX);

		// Inhibitory plasticity (Vogels-Sprekeler, rate form). The presynaptic rate is the interneurons'
		// rate, which the disinhibition window lowers along with their output (g * x).
		if (eta > 0) {
			const err = DT * eta * g * (r - rho0);
			for (let i = 0; i < M; i++) wI[i] = bounded(wI[i] + err * x[i], 0, W_MAX);
		}

		// Excitatory plasticity: Hebbian (covariance), gated by the neuromodulator and by a post rate above theta.
		const task = time >= TASK_AT;
		const excess = r - theta;
		if (task && excess > 0) {
			const mod = M0 + p.relevance * (active === RELEVANT ? 1 : 0);
			const base = DT * ETA_E * mod * excess;
			for (let i = 0; i < M; i++) {
				const c = (x[i] - xMean) / X_BG;
				const room = c > 0 ? WE_MAX - wE[i] : wE[i] - WE_MIN;
				wE[i] = bounded(wE[i] + base * c * room, WE_MIN, WE_MAX);
			}
		}

		sumR += r;
		addTo(beforeStep, time, r);
		addTo(beforeTask, time, r);
		addTo(end, time, r);

		const next = k + 1;
		if (next % perSample === 0) {
			out.t.push(Number((next * DT).toFixed(6)));
			out.rate.push(sumR / perSample);
			out.relevantE.push(wE[RELEVANT]);
			out.competitorE.push(wE[COMPETITOR]);
			sumR = 0;
		}
		if (next % perSnap === 0) {
			out.tSnap.push(Number((next * DT).toFixed(6)));
			out.wE.push(wE.slice());
			out.wI.push(wI.slice());
		}
		if (!wEAtTask && next * DT >= TASK_AT) {
			wEAtTask = wE.slice();
			wIAtTask = wI.slice();
		}
	}

	// Fill sample 0's rates with the first bin's values so the curves start where the network starts.
	if (out.rate.length > 1) out.rate[0] = out.rate[1];
	const avg = (w: { sum: number; n: number }) => (w.n > 0 ? w.sum / w.n : 0);
	out.rateBeforeStep = avg(beforeStep);
	out.rateBeforeTask = avg(beforeTask);
	out.rateEnd = avg(end);
	const eTask = wEAtTask ?? wE;
	const iTask = wIAtTask ?? wI;
	out.coTuningTask = pearson(eTask, iTask);
	out.coTuningEnd = pearson(wE, wI);
	out.relevantChange = wE[RELEVANT] - eTask[RELEVANT];
	out.competitorChange = wE[COMPETITOR] - eTask[COMPETITOR];
	let maxRival = -Infinity;
	for (let i = 0; i < M; i++) if (i !== RELEVANT) maxRival = Math.max(maxRival, wE[i] - eTask[i]);
	out.maxRivalChange = maxRival;
	return out;
}

/** The Vogels-Sprekeler rule in rate form: weight change per second for given pre and post rates. */
export function inhibitoryChange(eta: number, pre: number, post: number, rho0: number): number {
	return eta * pre * (post - rho0);
}

/** Documented bounds, checked by the property tests. */
export const bounds = {
	rate: [0, R_MAX],
	'wE.*': [0, WE_MAX],
	'wI.*': [0, W_MAX],
	relevantE: [0, WE_MAX]
} as const;

/** Rate of the presented pathway at time t (s): the E input it delivers is wE * presentedRate. */
export function presentedRate(r: NetworkResult, t: number): number {
	return t >= STEP_AT ? r.xOnAfterStep : r.xOnStart;
}

/** Index of the last weight snapshot at or before time t (s). */
export function snapIndex(t: number): number {
	return Math.max(0, Math.floor(t / SNAP + 1e-9));
}
