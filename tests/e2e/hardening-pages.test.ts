/**
 * Every page of the build: one h1, lang, title, description, a CSP meta tag with default-src 'self', no
 * console error, no request to another host, no CSP violation, axe-core clean in light and dark, phone
 * and desktop (site.test.ts does light/desktop and dark/phone for the fixed page list, embed.test.ts
 * for every embed).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { DESKTOP, PAGES, PHONE, axe, describeViolations, launch } from './harness';
import { EMBEDS, SITE_PAGES, expectClean, watched, type Watched } from './hardening-shared';

let browser: Browser;
let main: Watched;
beforeAll(async () => {
	browser = await launch();
	main = await watched(browser);
});
afterAll(async () => {
	await browser?.close();
});

// ── 2. Every page: structure, cleanliness, CSP, axe in four looks ────────────────────────────────

const LOOKS: { name: string; options: BrowserContextOptions; pages: string[] }[] = [
	// site.test.ts covers light/desktop and dark/phone for PAGES, embed.test.ts the same two looks
	// for every embed; we add the other two looks there, and all four for any other page.
	{ name: 'light, phone', options: { viewport: PHONE, colorScheme: 'light' }, pages: [...SITE_PAGES, ...EMBEDS] },
	{ name: 'dark, desktop', options: { viewport: DESKTOP, colorScheme: 'dark' }, pages: SITE_PAGES },
	{
		name: 'light, desktop',
		options: { viewport: DESKTOP, colorScheme: 'light' },
		pages: [...SITE_PAGES.filter((p) => !(PAGES as readonly string[]).includes(p)), '/no-such-page/']
	},
	{
		name: 'dark, phone',
		options: { viewport: PHONE, colorScheme: 'dark' },
		pages: [...SITE_PAGES.filter((p) => !(PAGES as readonly string[]).includes(p)), '/no-such-page/']
	}
];

describe('every page', () => {
	// Embeds get the same checks in embed.test.ts ("loads alone"), and site.test.ts the fixed page
	// list, so the site's other pages here (CSP violations on every page: the axe looks below).
	it.each(SITE_PAGES.filter((p) => !(PAGES as readonly string[]).includes(p)))(
		'%s: one h1, lang, title, description, CSP; no error, no other host',
		async (path) => {
			expect(await main.visit(path)).toBe(200);
			const info = await main.page.evaluate(() => ({
				h1: document.querySelectorAll('h1').length,
				lang: document.documentElement.lang,
				title: document.title,
				description: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
				csp: document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? ''
			}));
			expect(info.h1, 'h1 count').toBe(1);
			expect(info.lang).toBe('en');
			expect(info.title.length).toBeGreaterThan(5);
			expect(info.description.length).toBeGreaterThan(30);
			expect(info.csp).toContain("default-src 'self'");
			await expectClean(main, path);
		}
	);

	for (const look of LOOKS) {
		describe(`axe-core, ${look.name}`, () => {
			let w: Watched;
			beforeAll(async () => {
				w = await watched(browser, look.options);
			});
			afterAll(async () => {
				await w?.context.close();
			});
			it.each(look.pages)('%s has no violations', async (path) => {
				await w.visit(path);
				const violations = await axe(w.page);
				expect(violations, describeViolations(violations)).toEqual([]);
				await expectClean(w, path);
			});
		});
	}

	it('the CSP check itself notices a violation (an image from another host)', async () => {
		await main.visit('/about/');
		await main.page.evaluate(() => {
			const img = document.createElement('img');
			img.src = 'http://203.0.113.9/probe.png';
			img.alt = '';
			document.body.append(img);
		});
		await expect.poll(async () => main.page.evaluate(() => (window as unknown as { __csp: string[] }).__csp.length)).toBeGreaterThan(0);
		const { csp } = await main.take();
		expect(csp.join('\n')).toMatch(/img-src/);
	});
});
