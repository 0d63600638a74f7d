/**
 * What a figure needs to know about where it is shown, and how its charts report back.
 * - mode: on an article page, or alone in an embed (then URL keys are bare and `lock` may hide controls).
 * - frame: set by the kit's <Frame> so that <Chart> can report each finished update (for the benchmark).
 * - catalog: set by the article page: which figures can be embedded.
 * It sits in state/ (not in the kit) because charts and URL state read it and must not import figures.
 */
import { getContext, setContext } from 'svelte';
import type { Slug } from '../articles';
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
	/** The figure's summary sentence: a chart's picture says it as its text alternative. */
	summary?: string;
	/** Called by a chart after it has drawn an update. */
	chartUpdated(): void;
	/** A chart mounted and waits to draw live (its picture shows meanwhile); returns "it is live now". */
	chartWaiting?(): () => void;
}

export function setFigureFrame(frame: FigureFrame): void {
	setContext(FRAME, frame);
}

export function getFigureFrame(): FigureFrame | undefined {
	return getContext<FigureFrame | undefined>(FRAME);
}

/**
 * Which figures of the page can be embedded, and how many scroll steps each has. Set by the article
 * page (which knows the registry), so the frame never imports the registry — the registry imports
 * every figure, and a frame importing it would close a loop through every article.
 */
export interface FigureCatalog {
	slug: Slug;
	/** Number of scroll steps of a registered figure (0 for none); undefined when `id` is not registered. */
	steps(id: string): number | undefined;
}

const CATALOG = Symbol('engram-figure-catalog');

export function setFigureCatalog(catalog: FigureCatalog): void {
	setContext(CATALOG, catalog);
}

export function getFigureCatalog(): FigureCatalog | undefined {
	return getContext<FigureCatalog | undefined>(CATALOG);
}
