/**
 * Predict first's words that depend on a choice (whose answer, which direction, how many, which
 * phase): each case is its own plain message, picked here, so every language words each case whole.
 * Numbers arrive already written the reader's way (ui/format), except a count of points, written here.
 */
import { m } from '$lib/paraglide/messages.js';
import { fixed } from '$lib/ui/format';

export type AnswerSource = 'model' | 'reported';

/** The reveal button: "Reveal the model’s answer" or "Reveal the study’s values". */
export function predictReveal(source: AnswerSource): string {
	return source === 'model' ? m.predict_reveal_model() : m.predict_reveal_reported();
}

/** The revealed series' label: "Freezing: the model’s answer". */
export function predictAnswerLabel({ what, source }: { what: string; source: AnswerSource }): string {
	return source === 'model' ? m.predict_answer_label_model({ what }) : m.predict_answer_label_reported({ what });
}

/** Whose numbers the comment quotes: "the model gives", "the study reports". */
export function predictGives(source: AnswerSource): string {
	return source === 'model' ? m.predict_gives_model() : m.predict_gives_reported();
}

/** Which way the sketch was off ("high" / "low"; in Spanish "por encima" / "por debajo"). */
export function predictDirection(high: boolean): string {
	return high ? m.predict_direction_high() : m.predict_direction_low();
}

/** A difference in points, rounded to whole points: "1 point", "12 points" ("12 puntos"). */
export function predictPoints(points: number): string {
	const n = fixed(points, 0);
	return Math.abs(Math.round(points)) === 1 ? m.predict_points_one({ n }) : m.predict_points_other({ n });
}

export type FearPhase = 'conditioning' | 'extinction' | 'retrieval' | 'renewal';

/** A block of the fear model in words: "conditioning pairing 2", "extinction block 4", "retrieval". */
export function predictFearAt(phase: FearPhase, n: number): string {
	const count = fixed(n, 0);
	switch (phase) {
		case 'conditioning':
			return m.predict_fear_at_conditioning({ n: count });
		case 'extinction':
			return m.predict_fear_at_extinction({ n: count });
		case 'retrieval':
			return m.predict_fear_at_retrieval();
		case 'renewal':
			return m.predict_fear_at_renewal();
	}
}
