/**
 * Printing an explainer gives a clean handout: prose, each figure as it is with its data table,
 * the references; no buttons, sliders or other controls; figures not split across pages.
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

describe.each(SLUGS)('printing /%s/', (slug) => {
	it('shows no controls, every chart with its table, the references, and keeps figures whole', async () => {
		const p = await open(browser, `/${slug}/`);
		const onScreen = await p.page.evaluate(() => ({
			figures: document.querySelectorAll('figure.figure').length,
			// A simulation that has not run prints its summary, not empty axes.
			charts: document.querySelectorAll('figure.figure:not(.sim-idle) canvas').length
		}));
		await p.page.emulateMedia({ media: 'print' });
		// What the browser does as it starts printing (emulateMedia alone does not): charts that were
		// never scrolled near load now, and must be drawn on paper. (A spike raster stays empty
		// until its simulation runs; before that the simulation prints no charts.)
		await p.page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
		await expect
			.poll(
				() =>
					p.page.evaluate(() =>
						[...document.querySelectorAll<HTMLCanvasElement>('figure.figure:not(.sim-idle) canvas:not(.raster)')]
							.filter((c) => {
								if (!c.width || !c.height) return true;
								const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
								for (let i = 3; i < data.length; i += 4) if (data[i] > 0) return false;
								return true;
							})
							.map((c) => c.closest('figure')?.id ?? '?')
					),
				{ message: 'charts still blank on paper', timeout: 20_000 }
			)
			.toEqual([]);
		const report = await p.page.evaluate(() => {
			const visible = (el: Element) => {
				const r = el.getBoundingClientRect();
				const s = getComputedStyle(el);
				return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none';
			};
			// A control is something drawn as one: inline glossary terms are buttons styled as words of
			// the prose (no border, no background), and stay, as do the quiz's tick boxes on paper.
			const looksLikeText = (el: Element) => {
				const s = getComputedStyle(el);
				return el.tagName === 'BUTTON' && parseFloat(s.borderTopWidth) === 0 && s.backgroundColor === 'rgba(0, 0, 0, 0)';
			};
			const controls = [
				...document.querySelectorAll(
					'button, input:not([type="radio"]):not([type="checkbox"]), select, textarea, [role="slider"], dialog[open]'
				)
			]
				.filter(visible)
				.filter((el) => !looksLikeText(el))
				.map((el) => el.outerHTML.slice(0, 120));
			const charts = [...document.querySelectorAll('canvas')].filter(visible);
			const chartsWithoutTable = charts
				.filter((c) => {
					const figure = c.closest('figure');
					const table = figure?.querySelector('table');
					return !table || !visible(table);
				})
				.map((c) => c.closest('figure')?.id ?? c.outerHTML.slice(0, 80));
			const figures = [...document.querySelectorAll('figure.figure')].filter(visible);
			const splittable = figures.filter((f) => getComputedStyle(f).breakInside !== 'avoid').map((f) => f.id);
			// Sliders are not printed, so a figure that has them states their values in words.
			const settingsMissing = figures
				.filter((f) => f.querySelector('.controls input[type="range"]'))
				.filter((f) => {
					const line = f.querySelector('.print-settings');
					return !line || !visible(line) || !/Settings: .+/.test(line.textContent ?? '');
				})
				.map((f) => f.id);
			const references = document.querySelector('.references');
			return {
				controls,
				charts: charts.length,
				chartsWithoutTable,
				figures: figures.length,
				splittable,
				settingsMissing,
				references: !!references && visible(references),
				headerShown: [...document.querySelectorAll('.site-header, .site-footer')].some(visible)
			};
		});
		// Every figure and every chart of the screen is on paper (a print style hiding them fails here).
		expect(onScreen.figures, 'figures on the page').toBeGreaterThan(0);
		expect(report.figures, 'figures printed').toBe(onScreen.figures);
		expect(report.charts, 'charts printed').toBe(onScreen.charts);
		expect(report.controls, 'visible controls in print').toEqual([]);
		expect(report.chartsWithoutTable, 'charts printed without their table').toEqual([]);
		expect(report.splittable, 'figures that may be split across pages').toEqual([]);
		expect(report.settingsMissing, 'figures whose slider settings are not printed').toEqual([]);
		expect(report.references).toBe(true);
		expect(report.headerShown).toBe(false);
		const pdf = await p.page.pdf({ format: 'A4', printBackground: false });
		expect(pdf.byteLength).toBeGreaterThan(10_000);
		expect(p.errors).toEqual([]);
		await p.close();
	});
});
