/**
 * With JavaScript off (issue 14), every article and every embed as a reader gets it: each figure
 * styled (its own stylesheet is in the page), each chart as its prerendered picture (loaded, the
 * summary as its text), the summary, settings and data table shown, no empty canvas, no slider or
 * button that would do nothing, and the one-line note that the controls need JavaScript.
 * Plus one embed in a sandbox="" iframe (what an LMS editor such as TinyMCE writes), where the
 * frame's scripts are off while the page around it runs; and an embed and an article whose scripts
 * are on but whose own code cannot load (app.html's fallback). One page load per page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { SLUGS } from '../../src/lib/articles';
import { DESKTOP, launch, urlOf } from './harness';
import { ALL, embedPath } from './embeds';

let browser: Browser;
/** One tab with JavaScript off, taken from page to page (a page with no script keeps no state). */
let page: Page;
beforeAll(async () => {
	browser = await launch();
	const context = await browser.newContext({ viewport: DESKTOP, javaScriptEnabled: false, serviceWorkers: 'block' });
	page = await context.newPage();
});
afterAll(async () => {
	await browser?.close();
});

interface FigureReport {
	id: string;
	/** Svelte style hashes used in the figure that no stylesheet of the page mentions. */
	unstyled: string[];
	radius: string;
	summary: string;
	hasTable: boolean;
	/** The data table shown (a simulation that has not run has headings and no rows yet). */
	tableShown: boolean;
	visibleCanvases: number;
	charts: number;
	/**
	 * Per displayed chart: its one visible picture, loaded, its alt text, and its shape as shown: its
	 * scale across over its scale down (1 unless the box stretches or squeezes it).
	 */
	pictures: { visible: number; loaded: boolean; alt: string; shape: number }[];
	visibleSliders: number;
	visibleButtons: number;
	hasControls: boolean;
	noteShown: boolean;
	/** A simulation that has not run: its body and empty table are left out, its summary says what it does. */
	simIdle: boolean;
	bodyShown: boolean;
}

/** Scrolls every picture into view (they load lazily), waits for them, then reads every figure. */
async function readFigures(page: Page | Frame): Promise<FigureReport[]> {
	return page.evaluate(async () => {
		const shown = (el: Element) => {
			const s = getComputedStyle(el);
			const r = el.getBoundingClientRect();
			return s.display !== 'none' && s.visibility !== 'hidden' && r.width > 0 && r.height > 0;
		};
		const selectors: string[] = [];
		for (const sheet of Array.from(document.styleSheets)) {
			const walk = (rules: CSSRuleList) => {
				for (const rule of Array.from(rules)) {
					if (rule instanceof CSSStyleRule) selectors.push(rule.selectorText);
					if ('cssRules' in rule && (rule as CSSGroupingRule).cssRules) walk((rule as CSSGroupingRule).cssRules);
				}
			};
			// (A sandboxed frame has an opaque origin: it may not read linked sheets. Their rules then go uncounted.)
			try {
				walk(sheet.cssRules);
			} catch {
				/* not readable */
			}
		}
		const styleText = selectors.join(' ');
		const figures = Array.from(document.querySelectorAll<HTMLElement>('figure.figure'));
		const visibleImages = figures.flatMap((f) =>
			Array.from(f.querySelectorAll<HTMLImageElement>('[data-chart-picture] img')).filter(shown)
		);
		for (const img of visibleImages) {
			img.scrollIntoView({ block: 'center' });
			if (!img.complete)
				await new Promise((r) => {
					img.addEventListener('load', r, { once: true });
					img.addEventListener('error', r, { once: true });
				});
		}
		return figures.map((f) => {
			const hashes = new Set<string>();
			for (const el of [f, ...Array.from(f.querySelectorAll('*'))]) {
				for (const c of Array.from(el.classList)) if (/^svelte-[a-z0-9]+$/.test(c)) hashes.add(c);
			}
			const charts = Array.from(f.querySelectorAll('.chart')).filter(shown);
			return {
				id: f.id,
				unstyled: [...hashes].filter((h) => !styleText.includes(`.${h}`)),
				radius: getComputedStyle(f).borderTopLeftRadius,
				summary: f.querySelector('.summary')?.textContent?.trim() ?? '',
				hasTable: !!f.querySelector('.data table'),
				tableShown: Array.from(f.querySelectorAll('.data table')).some(shown),
				visibleCanvases: Array.from(f.querySelectorAll('canvas')).filter(shown).length,
				charts: charts.length,
				pictures: charts.map((c) => {
					const imgs = Array.from(c.querySelectorAll<HTMLImageElement>('img')).filter(shown);
					const img = imgs[0];
					const box = img?.getBoundingClientRect();
					// object-fit: contain shows the whole picture at one scale; any other fit fills (or crops to) the box.
					const shape =
						!img || getComputedStyle(img).objectFit === 'contain' ? 1 : box.width / img.naturalWidth / (box.height / img.naturalHeight);
					return { visible: imgs.length, loaded: imgs.every((i) => i.complete && i.naturalWidth > 0), alt: img?.alt ?? '', shape };
				}),
				visibleSliders: Array.from(f.querySelectorAll('input[type="range"]')).filter(shown).length,
				visibleButtons: Array.from(f.querySelectorAll('button')).filter(shown).length,
				hasControls: !!f.querySelector('.controls'),
				noteShown: Array.from(f.querySelectorAll('.needs-js')).some(shown),
				simIdle: f.classList.contains('sim-idle'),
				bodyShown: Array.from(f.querySelectorAll('.figure-body')).some(shown)
			};
		});
	});
}

function check(path: string, figures: FigureReport[]) {
	expect(figures.length, `${path}: figures`).toBeGreaterThan(0);
	for (const f of figures) {
		const where = `${path}#${f.id}`;
		expect(f.unstyled, `${where}: style hashes with no stylesheet`).toEqual([]);
		// Only the frame's own stylesheet rounds the figure's corners.
		expect(f.radius, `${where}: frame styles`).toBe('8px');
		expect(f.summary.length, `${where}: summary`).toBeGreaterThan(20);
		if (f.simIdle) {
			expect([f.bodyShown, f.tableShown, f.noteShown], `${where}: idle simulation (body, empty table, note)`).toEqual([false, false, true]);
		} else if (f.hasTable) expect(f.tableShown, `${where}: data table shown`).toBe(true);
		expect(f.visibleCanvases, `${where}: empty canvases shown`).toBe(0);
		for (const p of f.pictures) {
			expect(p.visible, `${where}: pictures shown per chart`).toBe(1);
			expect(p.loaded, `${where}: picture loaded`).toBe(true);
			expect(p.alt, `${where}: picture's text`).toBe(f.summary);
			expect(Math.abs(p.shape - 1), `${where}: picture shown stretched or squeezed (${p.shape.toFixed(3)})`).toBeLessThan(0.01);
		}
		expect(f.visibleSliders, `${where}: sliders shown`).toBe(0);
		expect(f.visibleButtons, `${where}: buttons shown`).toBe(0);
		if (f.hasControls) expect(f.noteShown, `${where}: "needs JavaScript" note`).toBe(true);
	}
}

describe('without JavaScript', () => {
	it.each(SLUGS.map((slug) => [`/${slug}/`]))('%s shows every figure as prerendered', async (path) => {
		await page.goto(urlOf(path), { waitUntil: 'load' });
		const figures = await readFigures(page);
		check(path, figures);
		expect(
			figures.reduce((n, f) => n + f.charts, 0),
			`${path}: charts`
		).toBeGreaterThan(0);
		// Each quiz: no Check button (it would do nothing), and "Show the answer" opens on the answer and why.
		const quizzes = page.locator('fieldset.quiz');
		expect(await quizzes.count(), `${path}: quizzes`).toBeGreaterThan(0);
		expect(await page.locator('fieldset.quiz button').filter({ visible: true }).count(), `${path}: quiz buttons`).toBe(0);
		const first = quizzes.first().locator('details.answer');
		await first.locator('summary').click();
		await expect.poll(() => first.locator('p').first().isVisible()).toBe(true);
		expect(await quizzes.locator('details.answer summary').filter({ visible: true }).count()).toBe(await quizzes.count());
	});

	it.each(ALL.map((x) => [embedPath(x.slug, x.figure), x] as const))('%s shows its figure as prerendered', async (path) => {
		await page.goto(urlOf(path), { waitUntil: 'load' });
		check(path, await readFigures(page));
		// No step buttons either.
		expect(await page.locator('nav.steps').isVisible()).toBe(false);
	});

	it('an embed in a sandbox="" iframe (scripts off inside) shows its picture, no slider, the note', async () => {
		const withJs = await browser.newContext({ viewport: DESKTOP, serviceWorkers: 'block' });
		const host = await withJs.newPage();
		await host.goto(urlOf('/about/'), { waitUntil: 'load' });
		const src = urlOf('/embed/intrinsic-excitability/sliding-threshold/');
		await host.evaluate((url) => {
			const frame = document.createElement('iframe');
			frame.setAttribute('sandbox', '');
			frame.src = url;
			frame.width = '800';
			frame.height = '1400';
			document.body.prepend(frame);
		}, src);
		await expect
			.poll(
				() =>
					host
						.frames()
						.find((f) => f.url() === src)
						?.locator('figure.figure')
						.count() ?? 0
			)
			.toBe(1);
		const frame = host.frames().find((f) => f.url() === src)!;
		await frame.waitForLoadState('load');
		const figures = await readFigures(frame);
		check('sandboxed embed', figures);
		expect(figures[0].charts).toBeGreaterThan(0);
		await withJs.close();
	});
});

describe("with JavaScript on but the site's code blocked", () => {
	// What a frame with sandbox="allow-scripts" gets from a host that sends no CORS headers (its
	// origin is opaque, so module scripts from the site are refused), or a filter that blocks them:
	// the page falls back to what it shows without JavaScript instead of controls that do nothing.
	it.each(['/embed/intrinsic-excitability/sliding-threshold/', '/astrocytes-fear-extinction/'])(
		'%s shows its figures as prerendered',
		async (path) => {
			const blocked = await browser.newContext({ viewport: DESKTOP, serviceWorkers: 'block' });
			await blocked.route(/\/_app\/immutable\/entry\//, (route) => route.abort());
			const tab = await blocked.newPage();
			await tab.goto(urlOf(path), { waitUntil: 'load' });
			await tab.waitForFunction(() => document.documentElement.hasAttribute('data-scripts-failed'), null, { polling: 50 });
			await tab.waitForFunction(() => Array.from(document.styleSheets).some((s) => s.href?.endsWith('/nojs.css')), null, { polling: 50 });
			const figures = await readFigures(tab);
			check(path, figures);
			expect(figures.reduce((n, f) => n + f.charts, 0)).toBeGreaterThan(0);
			await blocked.close();
		}
	);

	it('leaves a page whose code runs as it is', async () => {
		const context = await browser.newContext({ viewport: DESKTOP, serviceWorkers: 'block' });
		const tab = await context.newPage();
		await tab.goto(urlOf('/embed/intrinsic-excitability/sliding-threshold/'));
		await tab.waitForFunction(() => document.documentElement.dataset.hydrated !== undefined, null, { polling: 50 });
		expect(await tab.evaluate(() => document.documentElement.hasAttribute('data-scripts-failed'))).toBe(false);
		expect(await tab.evaluate(() => Array.from(document.styleSheets).some((s) => s.href?.endsWith('/nojs.css')))).toBe(false);
		expect(await tab.locator('figure.figure input[type="range"]').filter({ visible: true }).count()).toBeGreaterThan(0);
		await context.close();
	});
});
