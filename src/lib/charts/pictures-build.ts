/**
 * The build's chart painter (installed by src/hooks.server.ts while SvelteKit prerenders): each
 * chart's default state, drawn by Chart.js on a Node canvas in both themes and two widths, written
 * as WebP files named after a hash of what they show. A chart seen on two pages (an article and
 * its embed) is drawn once. svelte.config.js copies the folder into the built site as /_charts/.
 */
import { createCanvas } from '@napi-rs/canvas';
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHART_FONT, chartConfig, type ChartProps } from './config';
import { themeColors, type Scheme } from './palette';
import { PICTURE_WIDTHS, pictureSignature, type ChartPainter, type ChartPictures, type PictureWidth } from './pictures';
import { drawChart, renderChart } from './render-node';

export const PICTURES_URL_DIR = '_charts';

/** A short name for what a picture shows. */
export function pictureKey(props: ChartProps, height: number): string {
	return createHash('sha256').update(pictureSignature(props, height)).digest('hex').slice(0, 16);
}

export interface BuildPainter {
	paint: ChartPainter;
	/** A new page starts rendering: forget its predecessor's first chart. */
	startPage(): void;
	/**
	 * The page's social card (1200×630 JPEG: the title over the page's first chart, drawn by the same
	 * renderer, larger type), as a site-relative path; undefined when the page has no chart.
	 */
	card(title: string): string | undefined;
}

export const CARD = { width: 1200, height: 630 } as const;

/** Lines of at most `width` pixels, at most `max` of them (the last one ends in an ellipsis if cut). */
function wrap(measure: (t: string) => number, text: string, width: number, max: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		const next = line ? `${line} ${word}` : word;
		if (measure(next) <= width || !line) line = next;
		else {
			lines.push(line);
			line = word;
		}
	}
	if (line) lines.push(line);
	if (lines.length > max) {
		lines.length = max;
		lines[max - 1] = `${lines[max - 1]}…`;
	}
	return lines;
}

function drawCard(title: string, props: ChartProps): Buffer {
	const { width, height } = CARD;
	const canvas = createCanvas(width, height);
	const ctx = canvas.getContext('2d');
	const ink = themeColors('light');
	ctx.fillStyle = '#ffffff';
	ctx.fillRect(0, 0, width, height);
	ctx.fillStyle = ink.muted;
	ctx.font = `700 26px ${CHART_FONT}`;
	ctx.fillText('Engram', 48, 62);
	ctx.fillStyle = ink.text;
	ctx.font = `700 42px ${CHART_FONT}`;
	const lines = wrap((t) => ctx.measureText(t).width, title, width - 96, 2);
	lines.forEach((line, i) => ctx.fillText(line, 48, 118 + i * 50));
	const top = 118 + lines.length * 50 - 10;
	// Drawn straight onto the card (not encoded to a picture and decoded again).
	const config = chartConfig(props, 'light', { line: 1.6, font: 1.6 }, { responsive: false });
	drawChart(config, { width: width - 80, height: height - top - 24, dpr: 1 }, (chart) => ctx.drawImage(chart, 40, top));
	return canvas.encodeSync('jpeg', 85);
}

/** A painter writing into `dir` (emptied first). */
export function buildPainter(dir: string, dpr = 2): BuildPainter {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	const done = new Map<string, ChartPictures>();
	let first: { props: ChartProps; key: string } | undefined;
	const paint: ChartPainter = (props, height) => {
		const key = pictureKey(props, height);
		first ??= { props, key };
		const known = done.get(key);
		if (known) return known;
		const pictures = {} as ChartPictures;
		for (const width of Object.keys(PICTURE_WIDTHS) as PictureWidth[]) {
			const paths = {} as Record<Scheme, string>;
			for (const scheme of ['light', 'dark'] as const) {
				const name = `${key}-${width}-${scheme}.webp`;
				const config = chartConfig(props, scheme, { line: 1, font: 1 }, { responsive: false });
				writeFileSync(join(dir, name), renderChart(config, { width: PICTURE_WIDTHS[width], height, dpr }));
				paths[scheme] = `/${PICTURES_URL_DIR}/${name}`;
			}
			pictures[width] = paths;
		}
		done.set(key, pictures);
		return pictures;
	};
	const cards = new Set<string>();
	return {
		paint,
		startPage() {
			first = undefined;
		},
		card(title) {
			if (!first) return undefined;
			const name = `card-${createHash('sha256').update(`${first.key}\n${title}`).digest('hex').slice(0, 16)}.jpg`;
			if (!cards.has(name)) writeFileSync(join(dir, name), drawCard(title, first.props));
			cards.add(name);
			return `/${PICTURES_URL_DIR}/${name}`;
		}
	};
}
