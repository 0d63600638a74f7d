/**
 * The build's chart painter (installed by src/hooks.server.ts while SvelteKit prerenders): each
 * chart's default state, drawn by Chart.js on a Node canvas in both themes and two widths, written
 * as WebP files named after a hash of what they show. A chart seen on two pages (an article and
 * its embed) is drawn once. svelte.config.js copies the folder into the built site as /_charts/.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chartConfig, type ChartProps } from './config';
import type { Scheme } from './palette';
import { PICTURE_WIDTHS, pictureSignature, type ChartPainter, type ChartPictures, type PictureWidth } from './pictures';
import { renderChart } from './render-node';

export const PICTURES_URL_DIR = '_charts';

/** A short name for what a picture shows. */
export function pictureKey(props: ChartProps, height: number): string {
	return createHash('sha256').update(pictureSignature(props, height)).digest('hex').slice(0, 16);
}

/** A painter writing into `dir` (emptied first). */
export function buildPainter(dir: string, dpr = 2): ChartPainter {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	const done = new Map<string, ChartPictures>();
	return (props, height) => {
		const key = pictureKey(props, height);
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
}
