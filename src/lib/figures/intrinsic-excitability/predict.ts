/**
 * Predict first on memory linking: the share of B's cells that also hold A, at six gaps between the
 * events. The answer is the model's expected overlap (the solid curve). The reason follows where the
 * sketch was furthest off: the head start right after A, its fading, or chance once it has gone.
 */
import { m } from '$lib/paraglide/messages.js';
import type { LinkingCurves } from '$lib/models/memory-linking';
import type { Params } from '$lib/models/types';
import { sketchComment } from '$lib/figure-kit/predict/comment';
import type { SketchSpec } from '$lib/figure-kit/predict/sketch';
import { predictPoints } from '$lib/figure-kit/predict/strings';
import { decimalsOf } from '$lib/models/types';
import { fixed, percent } from '$lib/ui/format';

export const LINKING_SKETCH: SketchSpec = { xs: [0, 6, 12, 24, 48, 72], min: 0, max: 1, step: 0.05, bigStep: 0.2, start: 0.5 };

/** Overlap (as a fraction) within which a gap counts as right. */
export const LINKING_TOLERANCE = 0.05;

/** The expected overlap at each sketched gap (every gap is on the model's 2 h grid). */
export function linkingAnswer(c: LinkingCurves): number[] {
	return LINKING_SKETCH.xs.map((x) => {
		const i = c.curve.interval.indexOf(x);
		return i >= 0 ? c.curve.overlap[i] : c.chance;
	});
}

export function linkingComment(sketch: readonly number[], c: LinkingCurves, values: Params): string {
	const answer = linkingAnswer(c);
	const chance = percent(c.chance);
	const startExcess = answer[0] - c.chance;
	return sketchComment({
		sketch,
		answer,
		tolerance: LINKING_TOLERANCE,
		source: 'model',
		at: (i) => m.predict_gap({ hours: fixed(LINKING_SKETCH.xs[i], 0) }),
		value: (v) => percent(v),
		difference: (d) => predictPoints(d * 100),
		why(cmp) {
			if (startExcess < 1e-3) return m.predict_linking_why_none();
			const fades = m.predict_linking_why_fades({ tau: fixed(values.tau ?? 8, decimalsOf(values.tau ?? 8)), half: fixed(c.halfway, 0) });
			if (cmp.close) return fades;
			const high = cmp.diff > 0;
			const i = cmp.worst;
			if (!high && sketch[i] < c.chance - 1e-9) return m.predict_linking_why_floor({ chance });
			// Back at chance: less than a tenth of the starting excess is left.
			if (answer[i] - c.chance < 0.1 * startExcess)
				return high ? m.predict_linking_why_chance({ chance }) : m.predict_linking_why_floor({ chance });
			if (LINKING_SKETCH.xs[i] < c.halfway) {
				const bump = fixed(values.bump ?? 2, 1);
				return high ? m.predict_linking_why_bias({ bump, top: percent(answer[0]) }) : m.predict_linking_why_head_start({ bump });
			}
			return fades;
		}
	});
}
