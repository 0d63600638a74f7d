/**
 * Each chart's prerendered picture (drawn at build time by Chart.js on a Node canvas) against the
 * live chart Chart.js draws in the browser from the same data (issue 14), on every article, one page
 * load each: both are laid on white, shrunk to a coarse grid (anti-aliasing, font hinting and a
 * picture drawn at another width than the box wash out; a different curve, axis or legend does not)
 * and compared pixel by pixel. A figure whose settings changed as the page came alive (a scroll
 * step's preset: its summary differs from the prerendered one) has no default chart to compare and
 * is skipped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { SLUGS } from '../../src/lib/articles';
import { launch, open } from './harness';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/**
 * Mean absolute difference per channel (0-255) on the coarse grid. Measured: 2-5 for matching pairs,
 * up to 10 for a dense voltage trace (Chart.js draws its many points per whole CSS pixel, which the
 * 2x picture shows as small steps); another chart's picture scores 6-45 against the same canvas.
 */
const LIMIT = 12;

interface Comparison {
	figure: string;
	index: number;
	diff: number;
	/** The same live chart against another chart's picture: what a mismatch scores. */
	wrong: number | null;
}

describe('chart pictures match the live charts', () => {
	it.each(SLUGS.map((slug) => [`/${slug}/`]))('%s', async (path) => {
		// Reduced motion: a figure that plays its run back (TimelinePlayer) shows the whole run, as its
		// picture does, instead of a frame of the playback.
		const p = await open(browser, path, { reducedMotion: 'reduce' });
		const { page } = p;
		// What the prerendered page had: per chart (document order), its figure, light pictures and summary.
		const prerendered = await page.evaluate(async () => {
			const html = await (await fetch(location.href)).text();
			const doc = new DOMParser().parseFromString(html, 'text/html');
			return Array.from(doc.querySelectorAll('.chart')).map((chart) => {
				const figure = chart.closest('figure');
				const src = (cls: string) => chart.querySelector<HTMLImageElement>(`.theme.light img.${cls}`)?.getAttribute('src') ?? null;
				return {
					figure: figure?.id ?? '',
					narrow: src('narrow'),
					wide: src('wide'),
					summary: figure?.querySelector('.summary')?.textContent ?? ''
				};
			});
		});
		expect(prerendered.length, 'charts in the prerendered page').toBeGreaterThan(0);
		expect(
			prerendered.every((c) => c.narrow && c.wide),
			'every chart has its pictures'
		).toBe(true);
		// open() has brought every figure in (figures load their code when wanted); Chart.js comes with the
		// first chart that nears the viewport, then every figure goes live.
		await page.evaluate(() => document.querySelector('.chart')?.scrollIntoView());
		await page.waitForFunction(() => document.querySelectorAll('figure.figure:not([data-live])').length === 0, null, { timeout: 30_000 });

		const results: Comparison[] = await page.evaluate(
			async ({ prerendered, base }) => {
				const GRID = 8; // CSS pixels per cell
				const load = (src: string) =>
					new Promise<HTMLImageElement>((resolve, reject) => {
						const img = new Image();
						img.onload = () => resolve(img);
						img.onerror = () => reject(new Error(`picture did not load: ${src}`));
						img.src = new URL(src, base).href;
					});
				const shrink = (source: CanvasImageSource, w: number, h: number) => {
					const c = document.createElement('canvas');
					c.width = Math.max(1, Math.round(w / GRID));
					c.height = Math.max(1, Math.round(h / GRID));
					const ctx = c.getContext('2d')!;
					ctx.imageSmoothingQuality = 'high';
					ctx.fillStyle = '#fff';
					ctx.fillRect(0, 0, c.width, c.height);
					ctx.drawImage(source, 0, 0, c.width, c.height);
					return ctx.getImageData(0, 0, c.width, c.height).data;
				};
				const diff = (a: Uint8ClampedArray, b: Uint8ClampedArray) => {
					let sum = 0;
					for (let i = 0; i < a.length; i++) if (i % 4 !== 3) sum += Math.abs(a[i] - b[i]);
					return sum / ((a.length / 4) * 3);
				};
				const live = Array.from(document.querySelectorAll<HTMLElement>('.chart'));
				if (live.length !== prerendered.length) throw new Error(`${live.length} live charts, ${prerendered.length} prerendered`);
				const out: Comparison[] = [];
				for (let i = 0; i < live.length; i++) {
					const box = live[i].getBoundingClientRect();
					const canvas = live[i].querySelector('canvas')!;
					const figure = live[i].closest('figure');
					const before = prerendered[i];
					if (box.width === 0 || box.height === 0 || figure?.querySelector('.summary')?.textContent !== before.summary) continue;
					const src = box.width < 480 ? before.narrow! : before.wide!;
					const mine = shrink(await load(src), box.width, box.height);
					const drawn = shrink(canvas, box.width, box.height);
					const other = prerendered.find((c, j) => j !== i && c.figure !== before.figure);
					const wrong = other
						? diff(shrink(await load(box.width < 480 ? other.narrow! : other.wide!), box.width, box.height), drawn)
						: null;
					out.push({ figure: before.figure, index: i, diff: diff(mine, drawn), wrong });
				}
				return out;
			},
			{ prerendered, base: page.url() }
		);
		console.info(path, results.map((r) => `${r.figure}#${r.index}: ${r.diff.toFixed(1)} (other ${r.wrong?.toFixed(1)})`).join(', '));
		// Most figures start at their defaults: most charts are compared.
		expect(results.length, 'charts compared').toBeGreaterThanOrEqual(Math.ceil(prerendered.length / 2));
		for (const r of results) {
			expect(r.diff, `${path}#${r.figure} chart ${r.index}: picture vs live chart`).toBeLessThan(LIMIT);
			// And closer to its own picture than to another chart's.
			if (r.wrong !== null) expect(r.diff, `${path}#${r.figure} chart ${r.index}: own vs other picture`).toBeLessThan(r.wrong);
		}
		await p.close();
	});
});
