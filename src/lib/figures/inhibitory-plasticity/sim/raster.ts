import { decimals } from '$lib/figures/decimals';
/**
 * Drawing a sampled spike raster (src/lib/sim/history.ts Raster) onto a 2D canvas: the time axis of
 * the last window and the spikes, coloured by group. Knows nothing of the model or the worker.
 */
import { color, type Scheme, type ThemeColors } from '$lib/charts/palette';
import type { Raster } from '$lib/sim/history';

/** What RasterCanvas hands to a figure's paint function: a cleared canvas in CSS pixels. */
export interface Paint {
	ctx: CanvasRenderingContext2D;
	w: number;
	h: number;
	scheme: Scheme;
	theme: ThemeColors;
}

/** The shown window of model time: it ends at `nowMs` (or at one window, early in a run). */
export function timeWindow(raster: Raster, nowMs: number): { win: number; tEnd: number } {
	const win = raster.windowMs;
	return { win, tEnd: Math.max(win, nowMs) };
}

/** Five time labels (s) under a plot `plotW` wide starting at `left`. */
export function timeAxis(p: Paint, left: number, plotW: number, win: number, tEnd: number): void {
	const { ctx, h, theme } = p;
	ctx.fillStyle = theme.muted;
	ctx.font = '11px system-ui, sans-serif';
	ctx.textBaseline = 'alphabetic';
	for (let k = 0; k <= 4; k++) {
		const t = tEnd - win + (k * win) / 4;
		ctx.textAlign = k === 0 ? 'left' : k === 4 ? 'right' : 'center';
		ctx.fillText(`${decimals(t / 1000, 2)} s`, left + (k * plotW) / 4, h - 4);
	}
	ctx.textAlign = 'left';
}

/**
 * One mark per spike. `styles[g]` is the palette colour of group g, `groupOf(row)` a row's group;
 * groups are drawn in order, each in one colour.
 */
export function spikes(
	p: Paint,
	raster: Raster,
	styles: readonly number[],
	groupOf: (row: number) => number,
	xOf: (t: number) => number,
	yOf: (row: number) => number,
	rowH: number
): void {
	const { ctx, scheme } = p;
	const dot = Math.max(1.5, Math.min(3, rowH * 0.8));
	const height = Math.max(1, rowH * 0.85);
	const cap = raster.capacity;
	styles.forEach((style, group) => {
		ctx.fillStyle = color(style, scheme);
		for (let k = 0; k < raster.size; k++) {
			const at = (raster.head + k) % cap;
			const row = raster.rows[at];
			if (groupOf(row) !== group) continue;
			ctx.fillRect(xOf(raster.times[at]) - dot / 2, yOf(row), dot, height);
		}
	});
}
