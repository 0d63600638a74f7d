/**
 * Every embed page alone: one h1, no site chrome, no console error, axe clean on a desktop and at the
 * narrowest width it promises (280 px, dark), no horizontal scrolling; the article shows each figure
 * under its id; `theme` overrides the reader's colours; URL presets set the sliders and lock=1 hides them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { SLUGS } from '../../src/lib/articles';
import { FIGURES } from '../../src/lib/figures/registry';
import { axe, describeViolations, launch, open } from './harness';
import { ALL, NARROW, WITH_SLIDERS, embedPath, otherValue } from './embeds';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('embed pages', () => {
	it('there is at least one registered figure to embed', () => {
		expect(ALL.length).toBeGreaterThan(0);
	});

	it.each(ALL.map((x) => [`${x.slug}/${x.figure.id}`, x] as const))(
		'%s loads alone: one h1, no site chrome, no console error, no axe violation (light desktop, dark 280 px)',
		async (_key, { slug, figure }) => {
			// The narrowest width an embed promises (the snippet's min-width), dark; phones at 390 px in
			// light are hardening.test.ts's.
			for (const options of [{}, { viewport: NARROW, colorScheme: 'dark' as const }]) {
				const p = await open(browser, embedPath(slug, figure), options);
				// Once its charts have loaded and sized themselves, nothing is wider than the frame.
				await expect
					.poll(() => p.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), {
						message: `${options.viewport?.width ?? 'desktop'} px wide: horizontal scrolling (px)`
					})
					.toBeLessThanOrEqual(0);
				expect(p.errors).toEqual([]);
				expect(p.external).toEqual([]);
				expect(await p.page.locator('h1').count()).toBe(1);
				expect(await p.page.locator('.site-header, .site-footer').count()).toBe(0);
				expect(await p.page.locator(`#${figure.id}`).count()).toBe(1);
				expect(await p.page.getByRole('link', { name: /open the full explainer/i }).count()).toBe(1);
				const violations = await axe(p.page);
				expect(violations, describeViolations(violations)).toEqual([]);
				await p.close();
			}
		}
	);

	it.each(SLUGS.filter((s) => FIGURES[s].length))(
		'%s: the article page shows each registered figure under its id (embeds link there)',
		async (slug) => {
			const p = await open(browser, `/${slug}/`);
			for (const figure of FIGURES[slug]) {
				expect(await p.page.locator(`[id="${figure.id}"]`).count(), figure.id).toBe(1);
			}
			await p.close();
		}
	);

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
});

describe('URL presets and lock', () => {
	it.skipIf(WITH_SLIDERS.length === 0).each(WITH_SLIDERS.map((x) => [`${x.slug}/${x.figure.id}`, x] as const))(
		'%s: ?key=value sets each slider; &lock=1 hides them',
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
			await p.close();
			const locked = await open(browser, embedPath(slug, figure, `?${preset}&lock=1`));
			await expect.poll(() => locked.page.locator('input[type="range"]').count()).toBe(0);
			expect(await locked.page.getByRole('button', { name: /next/i }).count()).toBe(0);
			expect(locked.errors).toEqual([]);
			await locked.close();
		}
	);
});
