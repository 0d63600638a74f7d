/**
 * Pictures of charts in their default state, drawn at build time (issue 14): the prerendered page
 * shows them until the live chart replaces them, and they are what a reader without JavaScript sees.
 *
 * This module only holds the painter: on the server during the build, src/hooks.server.ts installs
 * one that draws with Chart.js on a Node canvas (render-node.ts, pictures-build.ts); in the browser,
 * in dev and in the one-file offline build there is none and a chart has no picture. It imports
 * nothing, so the browser's bundle carries only these few lines.
 */
import type { ChartProps } from './config';

/** Drawn widths in CSS pixels: a chart box narrower than WIDE_FROM shows the narrow picture. */
export const PICTURE_WIDTHS = { narrow: 340, wide: 640 } as const;
export const WIDE_FROM = 480;

export type PictureWidth = keyof typeof PICTURE_WIDTHS;

/** Site-relative paths of a chart's pictures ("/_charts/<hash>-wide-dark.webp"), by width and theme. */
export type ChartPictures = Record<PictureWidth, { light: string; dark: string }>;

export type ChartPainter = (props: ChartProps, height: number) => ChartPictures | undefined;

let painter: ChartPainter | undefined;

export function setChartPainter(next: ChartPainter | undefined): void {
	painter = next;
}

/** The chart's pictures, drawn now if they are new; undefined where nothing paints (the browser). */
export function chartPictures(props: ChartProps, height: number): ChartPictures | undefined {
	return painter?.(props, height);
}

/**
 * Everything a picture depends on, as text (tick formatters by their source): the build names a
 * picture after it, and a chart in the browser compares it with its first one to know whether the
 * picture still shows what the chart would.
 */
export function pictureSignature(props: ChartProps, height: number): string {
	return JSON.stringify({ props, height }, (_k, v) => (typeof v === 'function' ? String(v) : v));
}
