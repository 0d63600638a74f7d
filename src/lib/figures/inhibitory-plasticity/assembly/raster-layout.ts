/**
 * Where each row of the memory-assembly raster goes. Rows, top to bottom: the assembly's cued half,
 * its other half, the other excitatory cells, the inhibitory cells; a gap after the assembly and
 * after the excitatory cells. A left margin holds the group labels (and, on phones too, room for
 * the rotated ASSEMBLY label beside "other ½").
 */
export interface RasterRows {
	/** Sampled rows per group: cued members, all members, all excitatory, inhibitory. */
	cued: number;
	assembly: number;
	e: number;
	i: number;
}

export interface RasterLayout {
	left: number;
	plotW: number;
	plotH: number;
	rowH: number;
	gap: number;
	/** Top of a row (CSS px). */
	yOf: (row: number) => number;
}

export const NARROW_CANVAS = 480;

export function rasterLayout(w: number, h: number, rows: RasterRows): RasterLayout {
	const left = w < NARROW_CANVAS ? 86 : 92;
	const bottom = 18;
	const plotW = w - left - 4;
	const plotH = h - bottom - 4;
	const total = Math.max(1, rows.e + rows.i);
	const gap = 5;
	const rowH = (plotH - 2 * gap) / total;
	const yOf = (row: number) => 2 + row * rowH + (row >= rows.assembly ? gap : 0) + (row >= rows.e ? gap : 0);
	return { left, plotW, plotH, rowH, gap, yOf };
}
