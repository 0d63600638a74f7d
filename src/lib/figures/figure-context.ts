/**
 * What a figure needs to know about where it is shown, and how its charts report back.
 * - mode: on an article page, or alone in an embed (then URL keys are bare and `lock` may hide controls).
 * - frame: set by <Figure> so that <Chart> can report each finished update (for the benchmark).
 */
import { getContext, setContext } from 'svelte';
import type { Kind } from '$seeds/types';

export interface FigureMode {
	embedded: boolean;
	/** Hide the controls: a fixed demonstration. */
	lock: boolean;
}

const MODE = Symbol('engram-figure-mode');
const FRAME = Symbol('engram-figure-frame');

export function setFigureMode(mode: FigureMode): void {
	setContext(MODE, mode);
}

export function getFigureMode(): FigureMode {
	return getContext<FigureMode | undefined>(MODE) ?? { embedded: false, lock: false };
}

export interface FigureFrame {
	id: string;
	/** What kind of numbers the figure shows: charts say it when they read a point out. */
	kind?: Kind;
	/** Called by a chart after it has drawn an update. */
	chartUpdated(): void;
}

export function setFigureFrame(frame: FigureFrame): void {
	setContext(FRAME, frame);
}

export function getFigureFrame(): FigureFrame | undefined {
	return getContext<FigureFrame | undefined>(FRAME);
}
