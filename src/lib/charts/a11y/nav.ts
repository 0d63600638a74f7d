/**
 * Moving a keyboard cursor through a chart's data: left/right from point to point, up/down from
 * series to series (to the point nearest in x), Home/End, Page Up/Down by a tenth of the series.
 * Pure: it knows the x positions of each series' points and which series can be visited, nothing
 * of Chart.js or the DOM.
 *
 *   (no cursor) --any move--> first point of the first visitable series
 *   (s, i) --next/prev/first/last/page--> (s, i') within series s, clamped; `edge` when it could not move
 *   (s, i) --up/down--> (s', nearest x) over visitable series; `edge` at the first/last series
 *   data changes --> clampCursor keeps (s, i) inside the new data, or drops it when nothing is left
 */

export interface Cursor {
	series: number;
	index: number;
}

/** The data's shape: x positions per series (category index for category axes). */
export interface NavShape {
	xs: readonly (readonly number[])[];
	/** Series that cannot be visited (hidden). */
	skip?: readonly boolean[];
}

export type Move = 'next' | 'prev' | 'first' | 'last' | 'up' | 'down' | 'pageNext' | 'pagePrev';

export interface MoveResult {
	cursor: Cursor | undefined;
	/** The move hit the end of the data: the cursor stayed where it was. */
	edge?: 'first-point' | 'last-point' | 'first-series' | 'last-series';
}

const KEYS: Record<string, Move> = {
	ArrowRight: 'next',
	ArrowLeft: 'prev',
	ArrowDown: 'down',
	ArrowUp: 'up',
	Home: 'first',
	End: 'last',
	PageDown: 'pageNext',
	PageUp: 'pagePrev'
};

/** The move a key asks for (undefined for keys that are not chart navigation, or with modifiers). */
export function keyToMove(e: {
	key: string;
	altKey?: boolean;
	ctrlKey?: boolean;
	metaKey?: boolean;
	shiftKey?: boolean;
}): Move | undefined {
	if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return undefined;
	return KEYS[e.key];
}

function visitable(shape: NavShape, s: number): boolean {
	return s >= 0 && s < shape.xs.length && !shape.skip?.[s] && shape.xs[s].length > 0;
}

/**
 * The order to visit a series' points in: left to right (ties keep their data order). A line's
 * points are already in order; a scatter's may not be, and arrows should still move along x.
 */
export function xOrder(xs: readonly number[]): number[] {
	return xs.map((_, i) => i).sort((a, b) => xs[a] - xs[b] || a - b);
}

/** Index of the point of `xs` whose x is nearest to `x` (the first of equals). */
export function nearestIndex(xs: readonly number[], x: number): number {
	let best = 0;
	let bestD = Infinity;
	for (let i = 0; i < xs.length; i++) {
		const d = Math.abs(xs[i] - x);
		if (d < bestD) {
			bestD = d;
			best = i;
		}
	}
	return best;
}

function firstCursor(shape: NavShape): Cursor | undefined {
	for (let s = 0; s < shape.xs.length; s++) if (visitable(shape, s)) return { series: s, index: 0 };
	return undefined;
}

/** Keeps a cursor valid after the data changed: same series and index where possible. */
export function clampCursor(cursor: Cursor | undefined, shape: NavShape): Cursor | undefined {
	if (!cursor) return undefined;
	if (!visitable(shape, cursor.series)) return firstCursor(shape);
	const n = shape.xs[cursor.series].length;
	return { series: cursor.series, index: Math.max(0, Math.min(n - 1, cursor.index)) };
}

export function move(cursor: Cursor | undefined, m: Move, shape: NavShape): MoveResult {
	const here = clampCursor(cursor, shape);
	if (!here) {
		const first = firstCursor(shape);
		if (!first) return { cursor: undefined };
		// The first key press lands on a point; End lands on the last one.
		if (m === 'last') first.index = shape.xs[first.series].length - 1;
		return { cursor: first };
	}
	const xs = shape.xs[here.series];
	const last = xs.length - 1;
	const page = Math.max(1, Math.round(xs.length / 10));
	const within = (index: number, edge: MoveResult['edge']): MoveResult => {
		const clamped = Math.max(0, Math.min(last, index));
		return clamped === here.index && index !== here.index ? { cursor: here, edge } : { cursor: { series: here.series, index: clamped } };
	};
	switch (m) {
		case 'next':
			return within(here.index + 1, 'last-point');
		case 'prev':
			return within(here.index - 1, 'first-point');
		case 'pageNext':
			return within(here.index + page, 'last-point');
		case 'pagePrev':
			return within(here.index - page, 'first-point');
		case 'first':
			return { cursor: { series: here.series, index: 0 } };
		case 'last':
			return { cursor: { series: here.series, index: last } };
		case 'up':
		case 'down': {
			const step = m === 'down' ? 1 : -1;
			for (let s = here.series + step; s >= 0 && s < shape.xs.length; s += step) {
				if (!visitable(shape, s)) continue;
				return { cursor: { series: s, index: nearestIndex(shape.xs[s], xs[here.index]) } };
			}
			return { cursor: here, edge: m === 'down' ? 'last-series' : 'first-series' };
		}
	}
}
