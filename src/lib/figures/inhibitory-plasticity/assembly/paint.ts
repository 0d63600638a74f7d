/**
 * The memory-assembly raster on a canvas: spikes of the sampled cells, grouped and labelled (cued
 * half, other half, other E, I) with a bracket round the assembly, and the cue shaded. Knows the
 * layout (./raster-layout.ts) and the drawing helpers (../sim/raster.ts), nothing of the worker.
 */
import { m } from '$lib/paraglide/messages.js';
import { alpha, color } from '$lib/charts/palette';
import type { Raster } from '$lib/sim/history';
import { CUE_MS } from '$lib/sim/protocol';
import { spikes, timeAxis, timeWindow, type Paint } from '../sim/raster';
import { rasterLayout, type RasterRows } from './raster-layout';

export interface AssemblyView {
	rows: RasterRows;
	raster: Raster;
	/** Model time now (ms). */
	modelMs: number;
	/** Cue start and end (ms; -1 for none / still on). */
	cueAt: number;
	cueEnd: number;
}

export function paintAssembly(p: Paint, view: AssemblyView): void {
	const { ctx, w, h, scheme, theme } = p;
	const { cued: rowsCued, assembly: rowsA, e: rowsE, i: rowsI } = view.rows;
	const { left, plotW, plotH, rowH, gap, yOf } = rasterLayout(w, h, view.rows);
	const { win, tEnd } = timeWindow(view.raster, view.modelMs);
	const xOf = (t: number) => left + ((t - (tEnd - win)) / win) * plotW;

	if (rowsE + rowsI === 0) return; // no network yet

	// the cue window, shaded behind the spikes and labelled
	if (view.cueAt >= 0) {
		const end = view.cueEnd >= 0 ? view.cueEnd : Math.min(tEnd, view.cueAt + CUE_MS);
		const x0 = Math.max(left, xOf(view.cueAt));
		const x1 = Math.min(left + plotW, xOf(end));
		if (x1 > x0) {
			ctx.fillStyle = alpha(color(3, scheme), scheme === 'dark' ? 0.17 : 0.14);
			ctx.fillRect(x0, 0, x1 - x0, plotH + 4);
			ctx.fillStyle = theme.text;
			ctx.font = '600 11px system-ui, sans-serif';
			ctx.textBaseline = 'top';
			ctx.textAlign = 'left';
			if (x1 - x0 > 30) ctx.fillText(m.fig_memory_assembly_raster_cue(), x0 + 3, yOf(rowsCued) + 2);
		}
	}

	// group labels in the left margin, with a bracket round the assembly's two halves
	ctx.font = '600 11px system-ui, sans-serif';
	ctx.textBaseline = 'middle';
	ctx.textAlign = 'right';
	ctx.fillStyle = theme.text;
	ctx.strokeStyle = theme.muted;
	ctx.lineWidth = 1;
	const label = (text: string, from: number, to: number, x = left - 6) => {
		if (to <= from) return;
		ctx.fillText(text, x, (yOf(from) + yOf(to - 1) + rowH) / 2);
	};
	if (rowsA > 0) {
		label(m.fig_memory_assembly_raster_cued(), 0, rowsCued);
		label(m.fig_memory_assembly_raster_other_half(), rowsCued, rowsA);
		// bracket: a vertical line with ticks, plus a rotated "assembly" label
		const bx = 4;
		const y0 = yOf(0);
		const y1 = yOf(rowsA - 1) + rowH;
		ctx.beginPath();
		ctx.moveTo(bx + 5, y0);
		ctx.lineTo(bx, y0);
		ctx.lineTo(bx, y1);
		ctx.lineTo(bx + 5, y1);
		ctx.moveTo(bx, yOf(rowsCued) - 0.5);
		ctx.lineTo(bx + 3, yOf(rowsCued) - 0.5);
		ctx.stroke();
		ctx.save();
		ctx.translate(bx + 9, (y0 + y1) / 2);
		ctx.rotate(-Math.PI / 2);
		ctx.textAlign = 'center';
		ctx.font = '600 10px system-ui, sans-serif';
		ctx.fillText(m.fig_memory_assembly_raster_assembly(), 0, 0);
		ctx.restore();
	}
	label(m.fig_memory_assembly_raster_other_e(), rowsA, rowsE);
	label(m.fig_sim_i(), rowsE, rowsE + rowsI);
	ctx.strokeStyle = theme.grid;
	ctx.beginPath();
	for (const row of rowsA > 0 ? [rowsCued, rowsA, rowsE] : [rowsE]) {
		const y = yOf(row) - (row === rowsA || row === rowsE ? gap / 2 : 0);
		ctx.moveTo(left, y);
		ctx.lineTo(left + plotW, y);
	}
	ctx.stroke();

	timeAxis(p, left, plotW, win, tEnd);
	// assembly members (style 2), other excitatory (0), inhibitory (1)
	spikes(p, view.raster, [2, 0, 1], (row) => (row < rowsA ? 0 : row < rowsE ? 1 : 2), xOf, yOf, rowH);
}
