/**
 * What a chart needs to let a reader sketch a series ("Predict first"; the chart draws it as its series
 * flagged `sketch`): where the points sit, their
 * current values, the key steps, and a setter. The owner (the kit's Prediction) clamps and snaps;
 * the chart only turns keys and pointer positions into `set` calls and reads the result out.
 * Pure helpers for the keyboard and the pointer; nothing here knows Chart.js or the DOM.
 *
 *   ← →        previous / next point          ↑ ↓           value up / down by `step`
 *   Home End   first / last point             PageUp PageDown value up / down by `bigStep`
 */

export interface SketchInput {
	/** Taking input now (predicting and not yet revealed). */
	readonly active: boolean;
	/** x of each point: the category index on a category axis, else the x value (ascending). */
	readonly xs: readonly number[];
	readonly values: readonly number[];
	readonly min: number;
	readonly max: number;
	readonly step: number;
	readonly bigStep: number;
	/** Sets point `index` (clamped and snapped by the owner); returns the value kept. */
	set(index: number, value: number): number;
}

export type SketchKey = { kind: 'point'; index: number } | { kind: 'value'; delta: number } | undefined;

/** What a key does to a sketch whose cursor is on point `index` of `count`. */
export function sketchKey(
	e: { key: string; altKey?: boolean; ctrlKey?: boolean; metaKey?: boolean },
	index: number,
	count: number,
	steps: { step: number; bigStep: number }
): SketchKey {
	if (e.altKey || e.ctrlKey || e.metaKey || count === 0) return undefined;
	const last = count - 1;
	switch (e.key) {
		case 'ArrowRight':
			return { kind: 'point', index: Math.min(last, index + 1) };
		case 'ArrowLeft':
			return { kind: 'point', index: Math.max(0, index - 1) };
		case 'Home':
			return { kind: 'point', index: 0 };
		case 'End':
			return { kind: 'point', index: last };
		case 'ArrowUp':
			return { kind: 'value', delta: steps.step };
		case 'ArrowDown':
			return { kind: 'value', delta: -steps.step };
		case 'PageUp':
			return { kind: 'value', delta: steps.bigStep };
		case 'PageDown':
			return { kind: 'value', delta: -steps.bigStep };
		default:
			return undefined;
	}
}

/** The point whose pixel column is nearest to `px` (pixels of each point given in `columns`). */
export function nearestColumn(columns: readonly number[], px: number): number {
	let best = -1;
	let bestD = Infinity;
	for (let i = 0; i < columns.length; i++) {
		const d = Math.abs(columns[i] - px);
		if (Number.isFinite(d) && d < bestD) {
			bestD = d;
			best = i;
		}
	}
	return best;
}

/**
 * The points a drag from column `from` to column `to` passes over, each with the value the pointer
 * line gives it: a quick stroke across the chart sets every point it crosses, not just the two ends.
 */
export function strokePoints(
	from: { index: number; value: number },
	to: { index: number; value: number }
): { index: number; value: number }[] {
	if (from.index < 0 || to.index < 0) return [];
	if (from.index === to.index) return [to];
	const dir = to.index > from.index ? 1 : -1;
	const out: { index: number; value: number }[] = [];
	const span = to.index - from.index;
	for (let i = from.index + dir; dir > 0 ? i <= to.index : i >= to.index; i += dir) {
		out.push({ index: i, value: from.value + ((to.value - from.value) * (i - from.index)) / span });
	}
	return out;
}
