/**
 * The comment on a revealed sketch, put together the same way for every figure: where the sketch
 * was furthest off, in which direction and by how much, then one clause from the figure saying why
 * (its model or study at the current settings). A sketch within tolerance everywhere is told so,
 * with the figure's reason for the shape. Pure: numbers and words in, a string out.
 */
import { m } from '$lib/paraglide/messages.js';
import { compareSketch, type Comparison } from './sketch';
import { predictDirection, predictGives, type AnswerSource } from './strings';

export interface CommentInput {
	sketch: readonly number[];
	answer: readonly number[];
	/** Largest difference still counted as right, in the chart's units. */
	tolerance: number;
	source: AnswerSource;
	/** Where point i is, in words ("extinction block 4", "a gap of 24 h"). */
	at: (index: number) => string;
	/** A value with its unit ("49%"). */
	value: (v: number) => string;
	/** A (positive) difference with its unit ("12 points"). */
	difference: (d: number) => string;
	/** Why, in one clause, for this comparison (the figure's model or study at its settings). */
	why: (c: Comparison) => string;
}

export function sketchComment(p: CommentInput): string {
	const c = compareSketch(p.sketch, p.answer, p.tolerance);
	if (c.close) return m.predict_close({ within: p.difference(p.tolerance), why: p.why(c) });
	const direction = predictDirection(c.diff > 0);
	const text = m.predict_off({
		at: p.at(c.worst),
		drew: p.value(p.sketch[c.worst]),
		gives: predictGives(p.source),
		actual: p.value(p.answer[c.worst]),
		by: p.difference(Math.abs(c.diff)),
		direction,
		why: p.why(c)
	});
	// A whole line drawn too high (or low) is worth saying on top of its worst point.
	if (Math.abs(c.bias) > p.tolerance && Math.sign(c.bias) === Math.sign(c.diff))
		return `${text} ${m.predict_overall({ by: p.difference(Math.abs(c.bias)), direction })}`;
	return text;
}
