/**
 * Predict first on the network's strength chart: the relevant pathway's excitatory weight from the
 * start of the task to the end of the run, sampled every 40 model seconds. The reason follows where
 * the sketch was furthest off relative to the disinhibition window, and the settings that change the
 * story (no window, inhibition frozen, no relevance signal).
 */
import { m } from '$lib/paraglide/messages.js';
import { TASK_AT, DURATION, type NetworkResult } from '$lib/models/inhibitory-network';
import type { Params } from '$lib/models/types';
import { sketchComment } from '$lib/figure-kit/predict/comment';
import type { SketchSpec } from '$lib/figure-kit/predict/sketch';
import { decimalsOf } from '$lib/models/types';
import { fixed } from '$lib/ui/format';

const EVERY = 40;

/** The scroll step (presets.ts) whose setting the question is about: a window with a relevance signal. */
export const WINDOW_STEP = 3;

export const NETWORK_SKETCH: SketchSpec = {
	xs: Array.from({ length: Math.floor((DURATION - TASK_AT) / EVERY) + 1 }, (_, i) => TASK_AT + i * EVERY),
	min: 0,
	max: 0.8,
	step: 0.02,
	bigStep: 0.1,
	start: 0.4
};

/** Weight within which a point counts as right. */
export const NETWORK_TOLERANCE = 0.05;

/** The relevant pathway's weight at each sketched time (the run is sampled every second). */
export function networkAnswer(r: NetworkResult): number[] {
	return NETWORK_SKETCH.xs.map((t) => {
		const i = r.t.indexOf(t);
		return r.relevantE[i >= 0 ? i : r.relevantE.length - 1];
	});
}

/** A setting as short as it is (3, 2.5), written the reader's way. */
const short = (x: number) => fixed(x, decimalsOf(Math.abs(x)));

export function networkComment(sketch: readonly number[], r: NetworkResult, values: Params): string {
	const answer = networkAnswer(r);
	const end = fixed(r.relevantE[r.relevantE.length - 1], 2);
	return sketchComment({
		sketch,
		answer,
		tolerance: NETWORK_TOLERANCE,
		source: 'model',
		at: (i) => m.predict_time({ seconds: fixed(NETWORK_SKETCH.xs[i], 0) }),
		value: (v) => fixed(v, 2),
		difference: (d) => fixed(d, 2),
		why(c) {
			if ((values.eta ?? 1) === 0) return m.predict_network_why_frozen();
			if (r.window.end <= r.window.start) return m.predict_network_why_no_window();
			if ((values.relevance ?? 4) === 0) return m.predict_network_why_no_relevance();
			if (c.close) return m.predict_network_why_window({ end });
			const t = NETWORK_SKETCH.xs[c.worst];
			if (t < r.window.start) return m.predict_network_why_before({ rho0: short(values.rho0 ?? 3) });
			if (t > r.window.end && c.diff > 0) return m.predict_network_why_levels({ end });
			return m.predict_network_why_window({ end });
		}
	});
}
