/**
 * A Chart.js plugin that rings the point the keyboard (or the sound) is on: a thick ring in the
 * text colour over a halo in the background colour, so it shows on any series colour, light or dark.
 * The chart owns the cursor; the plugin only reads it when Chart.js draws.
 */
import type { Chart, Plugin } from 'chart.js';

export interface Mark {
	series: number;
	index: number;
}

export function focusMark(read: () => { mark: Mark | undefined; ink: string; halo: string }): Plugin {
	return {
		id: 'engramFocusMark',
		afterDatasetsDraw(chart: Chart) {
			const { mark, ink, halo } = read();
			if (!mark) return;
			const meta = chart.getDatasetMeta(mark.series);
			const el = meta?.data?.[mark.index] as { x: number; y: number } | undefined;
			if (!el || meta.hidden || !Number.isFinite(el.x) || !Number.isFinite(el.y)) return;
			const ctx = chart.ctx;
			ctx.save();
			ctx.lineWidth = 5;
			ctx.strokeStyle = halo;
			ctx.beginPath();
			ctx.arc(el.x, el.y, 8, 0, 2 * Math.PI);
			ctx.stroke();
			ctx.lineWidth = 2.5;
			ctx.strokeStyle = ink;
			ctx.beginPath();
			ctx.arc(el.x, el.y, 8, 0, 2 * Math.PI);
			ctx.stroke();
			ctx.restore();
		}
	};
}
