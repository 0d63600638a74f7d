/**
 * A reader's sketch of a series, as numbers: where its points sit, the values they may take, how it
 * is written into a link, and how it compares with the answer. Pure (no DOM, no Svelte).
 *
 * In a link a sketch is one short token: each value as its step count above `min`, written in base 36
 * with a fixed width (one character when there are at most 36 levels). "kdb9" is four points. Reading
 * never throws: a token of the wrong length or with a foreign character gives undefined (the caller
 * falls back to the starting sketch); a count beyond the top level is clamped to `max`.
 */

export interface SketchSpec {
	/** x of each point: the category index on a category axis, else the x value (ascending). */
	xs: readonly number[];
	min: number;
	max: number;
	/** ↑/↓ step; every value lies on this grid from `min`. */
	step: number;
	/** Page Up / Page Down step. */
	bigStep: number;
	/** Where every point starts before the reader moves it. */
	start: number;
}

/** The longest token read from a link (anything longer is not ours). */
const MAX_TOKEN = 400;

function levels(spec: SketchSpec): number {
	return Math.max(1, Math.round((spec.max - spec.min) / spec.step));
}

function width(spec: SketchSpec): number {
	return Math.max(1, Math.ceil(Math.log(levels(spec) + 1) / Math.log(36)));
}

/** A value on the sketch's grid: clamped to [min, max], snapped to the step; non-finite → `start`. */
export function snapValue(spec: SketchSpec, value: number): number {
	const v = Number.isFinite(value) ? value : spec.start;
	const k = Math.round((Math.min(spec.max, Math.max(spec.min, v)) - spec.min) / spec.step);
	const snapped = spec.min + Math.min(levels(spec), Math.max(0, k)) * spec.step;
	// Keep the grid's decimals (0.1 + 0.2 would otherwise print as 0.30000000000000004).
	return Number(snapped.toFixed(10));
}

export function startSketch(spec: SketchSpec): number[] {
	return spec.xs.map(() => snapValue(spec, spec.start));
}

export function encodeSketch(spec: SketchSpec, values: readonly number[]): string {
	const w = width(spec);
	return spec.xs
		.map((_, i) => Math.round((snapValue(spec, values[i] ?? spec.start) - spec.min) / spec.step))
		.map((k) => k.toString(36).padStart(w, '0'))
		.join('');
}

/** The sketch a link's token describes, or undefined when the token is not a sketch of this chart. */
export function decodeSketch(spec: SketchSpec, token: string | null | undefined): number[] | undefined {
	if (typeof token !== 'string' || token.length > MAX_TOKEN) return undefined;
	const text = token.trim().toLowerCase();
	const w = width(spec);
	if (text.length !== spec.xs.length * w || !/^[0-9a-z]*$/.test(text)) return undefined;
	const out: number[] = [];
	for (let i = 0; i < spec.xs.length; i++) {
		const k = parseInt(text.slice(i * w, (i + 1) * w), 36);
		if (!Number.isFinite(k)) return undefined;
		out.push(snapValue(spec, spec.min + Math.min(levels(spec), k) * spec.step));
	}
	return out;
}

export interface Comparison {
	/** Every point within `tolerance` of the answer. */
	close: boolean;
	/** The point furthest from the answer. */
	worst: number;
	/** Sketch minus answer at that point (positive: drawn too high). */
	diff: number;
	/** Mean of sketch minus answer over all points (positive: drawn high overall). */
	bias: number;
	/** Mean absolute difference. */
	meanError: number;
}

/** How a sketch differs from the answer, point by point (the answer has one value per point). */
export function compareSketch(sketch: readonly number[], answer: readonly number[], tolerance: number): Comparison {
	const n = Math.min(sketch.length, answer.length);
	let worst = 0;
	let diff = 0;
	let sum = 0;
	let abs = 0;
	for (let i = 0; i < n; i++) {
		const d = sketch[i] - answer[i];
		if (!Number.isFinite(d)) continue;
		sum += d;
		abs += Math.abs(d);
		if (Math.abs(d) > Math.abs(diff)) {
			diff = d;
			worst = i;
		}
	}
	return {
		close: Math.abs(diff) <= tolerance,
		worst,
		diff,
		bias: n ? sum / n : 0,
		meanError: n ? abs / n : 0
	};
}
