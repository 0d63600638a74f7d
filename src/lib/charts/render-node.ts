/**
 * Draws a chart with Chart.js itself on a Node canvas (@napi-rs/canvas): the same configuration as
 * the live chart (config.ts), at a fixed size, with no animation and no responsiveness (Node has no
 * layout to follow). Used at build time only (pictures-build.ts); never bundled for the browser.
 */
import { createCanvas, type Canvas } from '@napi-rs/canvas';
import type { ChartConfiguration, ChartType } from 'chart.js';
import { registerCharts } from './register';

export interface PictureSize {
	/** CSS pixels. */
	width: number;
	height: number;
	/** Device pixels per CSS pixel (2 stays sharp on phones and when printed). */
	dpr: number;
}

/**
 * The chart drawn on a canvas of `width·dpr` × `height·dpr` pixels (transparent where the chart draws
 * nothing), handed to `use` while it is there (Chart.js clears the canvas when the chart is destroyed).
 */
export function drawChart<T>(config: ChartConfiguration, { width, height, dpr }: PictureSize, use: (canvas: Canvas) => T): T {
	const Chart = registerCharts();
	const canvas = createCanvas(width, height);
	// The chart type named, not inferred: inferring it from a ChartConfiguration (a union over every
	// chart type) made a quarter of all the types the project's type check creates.
	const chart = new Chart<ChartType>(canvas as unknown as HTMLCanvasElement, {
		...config,
		options: { ...config.options, responsive: false, animation: false, devicePixelRatio: dpr }
	});
	try {
		return use(canvas);
	} finally {
		chart.destroy();
	}
}

/** A WebP of the chart, `width·dpr` × `height·dpr` pixels, transparent where the chart draws nothing. */
export function renderChart(config: ChartConfiguration, size: PictureSize, quality = 80): Buffer {
	return drawChart(config, size, (canvas) => canvas.encodeSync('webp', quality));
}
