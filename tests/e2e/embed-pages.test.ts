/**
 * Embed pages: `theme` overrides the reader's colours; URL presets set the sliders (lock=1 hiding
 * them: lms-embeds.test.ts, on its locked load of every embed). Each embed alone (structure, no site chrome, axe in three looks, no horizontal scrolling) and
 * each article showing its figures under their ids: the sweep (sweep-embeds / sweep-site).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, open, urlOf } from './harness';
import { ALL, WITH_SLIDERS, embedPath, otherValue } from './embeds';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('embed pages', () => {
	it('theme=dark and theme=light override the reader’s colour scheme', async () => {
		const { slug, figure } = ALL[0];
		const dark = await open(browser, embedPath(slug, figure, '?theme=dark'));
		await expect.poll(() => dark.page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		const darkBg = await dark.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		await dark.close();
		const light = await open(browser, embedPath(slug, figure, '?theme=light'), { colorScheme: 'dark' });
		await expect.poll(() => light.page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
		const lightBg = await light.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		await light.close();
		expect(darkBg).not.toBe(lightBg);
	});

	it('lock=1 hides the settings from the moment the page starts, before its live figure has loaded', async () => {
		const { slug, figure } = WITH_SLIDERS[0];
		const context = await browser.newContext({ serviceWorkers: 'block' });
		// The moment the page has applied its options (data-embed-ready): what shows then is the
		// prerendered figure, as the live one is still to be fetched.
		await context.addInitScript(() => {
			new MutationObserver((_records, observer) => {
				if (!('embedReady' in document.documentElement.dataset)) return;
				observer.disconnect();
				const shown = (el: Element) => (el as HTMLElement).offsetParent !== null;
				(window as unknown as { atReady: object }).atReady = {
					prerendered: document.querySelector('.lazy-figure') !== null,
					sliders: [...document.querySelectorAll('input[type="range"]')].filter(shown).length
				};
			}).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-embed-ready'] });
		});
		const page = await context.newPage();
		for (const [query, sliders] of [
			['', (n: number) => n > 0],
			['?lock=1', (n: number) => n === 0]
		] as const) {
			await page.goto(urlOf(embedPath(slug, figure, query)), { waitUntil: 'load' });
			const atReady = (await (await page.waitForFunction(() => (window as unknown as { atReady?: object }).atReady)).jsonValue()) as {
				prerendered: boolean;
				sliders: number;
			};
			expect(atReady.prerendered, `${query || 'no query'}: the prerendered figure was still there`).toBe(true);
			expect(sliders(atReady.sliders), `${query || 'no query'}: ${atReady.sliders} slider(s) shown`).toBe(true);
		}
		await context.close();
	});
});

describe('URL presets', () => {
	it.skipIf(WITH_SLIDERS.length === 0).each(WITH_SLIDERS.map((x) => [`${x.slug}/${x.figure.id}`, x] as const))(
		'%s: ?key=value sets each slider',
		async (_key, { slug, figure }) => {
			// Every parameter in the query; some (an event counter, a seed) are set by buttons rather than
			// sliders, so the sliders the page shows are the ones checked.
			const preset = new URLSearchParams(figure.spec.map((p) => [p.key, String(otherValue(p))]));
			const p = await open(browser, embedPath(slug, figure, `?${preset}`));
			const keys = await p.page.locator('input[type="range"][data-key]').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
			const sliders = figure.spec.filter((s) => keys.includes(s.key));
			expect(sliders.length).toBeGreaterThan(0);
			for (const spec of sliders) {
				await expect
					.poll(async () => Number(await p.page.locator(`input[type="range"][data-key="${spec.key}"]`).first().inputValue()), {
						message: spec.key
					})
					.toBeCloseTo(otherValue(spec), 6);
			}
			expect(p.errors).toEqual([]);
			await p.close();
		}
	);
});
