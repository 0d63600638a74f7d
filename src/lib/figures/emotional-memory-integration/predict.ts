/**
 * Predict first on the retroactive-memory model: recall of the pairs whose face later met a scream,
 * at five emotional gains, with the neutral pairs left on the chart as the baseline. The answer is
 * the model's sweep (same pairs and noise at every gain).
 */
import { m } from '$lib/paraglide/messages.js';
import type { Result } from '$lib/models/retroactive-memory';
import type { Params } from '$lib/models/types';
import { sketchComment } from '$lib/figure-kit/predict/comment';
import type { SketchSpec } from '$lib/figure-kit/predict/sketch';
import { predictPoints } from '$lib/figure-kit/predict/strings';
import { fixed, percent } from '$lib/ui/format';

export const RETRO_SKETCH: SketchSpec = { xs: [1, 1.5, 2, 2.5, 3], min: 0, max: 100, step: 5, bigStep: 20, start: 50 };

/** Percentage points of recall within which a gain counts as right. */
export const RETRO_TOLERANCE = 5;

const at = (r: Result, gain: number) => r.sweep.find((s) => Math.abs(s.gain - gain) < 1e-9) ?? r.sweep[r.sweep.length - 1];

/** Aversive recall (%) at each sketched gain. */
export function retroAnswer(r: Result): number[] {
	return RETRO_SKETCH.xs.map((g) => at(r, g).aversive * 100);
}

export function retroComment(sketch: readonly number[], r: Result, values: Params): string {
	const answer = retroAnswer(r);
	const pct = (v: number) => percent(v / 100);
	const top = pct(answer[answer.length - 1]);
	const neutral = pct(at(r, 1).neutral * 100);
	return sketchComment({
		sketch,
		answer,
		tolerance: RETRO_TOLERANCE,
		source: 'model',
		at: (i) => m.predict_gain({ gain: fixed(RETRO_SKETCH.xs[i], 1) }),
		value: pct,
		difference: (d) => predictPoints(d),
		why(c) {
			if ((values.react ?? 0.6) === 0) return m.predict_retro_why_no_react();
			if (!c.close && c.worst === 0) return m.predict_retro_why_gain_one({ neutral });
			if (c.close || c.diff < 0) return m.predict_retro_why_climbs({ top, neutral });
			return m.predict_retro_why_gentle({ top });
		}
	});
}
