/**
 * Predict first on the teaching model: freezing in every block, from the first conditioning pairing
 * through extinction to retrieval and renewal. The comment's reason follows the block where the sketch
 * was furthest off and the model's settings (astrocyte signalling, learning rate, context similarity).
 */
import { m } from '$lib/paraglide/messages.js';
import { run, type FearResult } from '$lib/models/fear-extinction';
import type { Params } from '$lib/models/types';
import { sketchComment } from '$lib/figure-kit/predict/comment';
import type { SketchSpec } from '$lib/figure-kit/predict/sketch';
import { predictFearAt, predictPoints } from '$lib/figure-kit/predict/strings';
import { fixed, percent } from '$lib/ui/format';

const BLOCKS = run({}).blocks.length;

export const FEAR_SKETCH: SketchSpec = {
	xs: Array.from({ length: BLOCKS }, (_, i) => i),
	min: 0,
	max: 100,
	step: 5,
	bigStep: 20,
	start: 50
};

/** Points of freezing within which a block counts as right. */
export const FEAR_TOLERANCE = 10;

export function fearAnswer(result: FearResult): number[] {
	return result.blocks.map((b) => b.freezing);
}

function blockWords(result: FearResult, i: number): string {
	const b = result.blocks[i];
	return predictFearAt(b.phase === 'extinction-1' || b.phase === 'extinction-2' ? 'extinction' : b.phase, b.n);
}

export function fearComment(sketch: readonly number[], result: FearResult, values: Params): string {
	const astro = values.astro ?? 1;
	const similarity = percent(values.context ?? 0.3);
	return sketchComment({
		sketch,
		answer: fearAnswer(result),
		tolerance: FEAR_TOLERANCE,
		source: 'model',
		at: (i) => blockWords(result, i),
		value: (v) => percent(v / 100),
		difference: (d) => predictPoints(d),
		why(c) {
			if (c.close)
				return astro < 1 ? m.predict_fear_why_suppressed() : astro > 1 ? m.predict_fear_why_elevated() : m.predict_fear_why_falls();
			const b = result.blocks[c.worst];
			const high = c.diff > 0;
			switch (b.phase) {
				case 'conditioning':
					return c.worst === 0 ? m.predict_fear_why_first() : m.predict_fear_why_conditioning();
				case 'retrieval':
					return high ? m.predict_fear_why_retrieval_low() : m.predict_fear_why_retrieval_some();
				case 'renewal':
					return high ? m.predict_fear_why_renewal_partial({ similarity }) : m.predict_fear_why_renewal_returns({ similarity });
				default:
					if (high) return astro < 1 ? m.predict_fear_why_suppressed() : m.predict_fear_why_falls();
					return astro > 1 ? m.predict_fear_why_elevated() : m.predict_fear_why_gradual({ rate: fixed(values.rate ?? 0.03, 2) });
			}
		}
	});
}
