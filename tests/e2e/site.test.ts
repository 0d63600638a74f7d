/** The whole built site: every page loads cleanly, is accessible, and shows its facts. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { ARTICLES, SLUGS } from '../../src/lib/articles';
import { PAGES, PHONE, axe, describeViolations, launch, open } from './harness';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe.each(PAGES)('page %s', (path) => {
	it('answers 200 with no console error and no request to another host', async () => {
		const p = await open(browser, path);
		expect(p.errors).toEqual([]);
		expect(p.external).toEqual([]);
		await p.close();
	});

	it('has one h1, a language, a title and a description', async () => {
		const p = await open(browser, path);
		const info = await p.page.evaluate(() => ({
			h1: document.querySelectorAll('h1').length,
			lang: document.documentElement.lang,
			title: document.title,
			description: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? ''
		}));
		expect(info.h1).toBe(1);
		expect(info.lang).toBe('en');
		expect(info.title.length).toBeGreaterThan(5);
		expect(info.description.length).toBeGreaterThan(30);
		await p.close();
	});

	it('has no axe-core violations (desktop, light)', async () => {
		const p = await open(browser, path);
		const violations = await axe(p.page);
		expect(violations, describeViolations(violations)).toEqual([]);
		await p.close();
	});

	it('has no axe-core violations (phone, dark)', async () => {
		const p = await open(browser, path, { viewport: PHONE, colorScheme: 'dark' });
		const violations = await axe(p.page);
		expect(violations, describeViolations(violations)).toEqual([]);
		await p.close();
	});

	it('loads every page and asset when served under a sub-path', async () => {
		const p = await open(browser, path, { base: inject('subPathUrl') });
		expect(p.errors).toEqual([]);
		const hydrated = await p.page.evaluate(() => document.querySelectorAll('h1').length);
		expect(hydrated).toBe(1);
		await p.close();
	});
});

describe('the 404 page', () => {
	it('answers a missing path with status 404 and links back to the explainers', async () => {
		const p = await open(browser, '/no-such-page/', { expectStatus: 404 });
		expect(p.errors).toEqual([]);
		expect(await p.page.locator('h1').count()).toBe(1);
		expect(await p.page.locator('h1').textContent()).toMatch(/could not be found/i);
		const hrefs = await p.page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		for (const slug of SLUGS) expect(hrefs.some((h) => h?.includes(slug))).toBe(true);
		const violations = await axe(p.page);
		expect(violations, describeViolations(violations)).toEqual([]);
		await p.close();
	});
});

describe('reported numbers', () => {
	it.each(SLUGS)('every number %s marks as reported matches its seeds file', async (slug) => {
		const p = await open(browser, `/${slug}/`);
		const shown = await p.page
			.locator('[data-fact]')
			.evaluateAll((els) => els.map((e) => ({ id: e.getAttribute('data-fact')!, text: e.textContent!.trim() })));
		const facts = new Map(ARTICLES[slug].seed.facts.map((f) => [f.id, f]));
		for (const { id, text } of shown) {
			const fact = facts.get(id);
			expect(fact, `unknown fact ${id}`).toBeDefined();
			expect(text.startsWith(fact!.display), `${id}: page shows "${text}", seed says "${fact!.display}"`).toBe(true);
		}
		await p.close();
	});

	it('the information-per-neuron figure shows both values in its table', async () => {
		const p = await open(browser, '/astrocytes-fear-extinction/');
		const figure = p.page.locator('#info-per-neuron');
		await expect.poll(() => figure.locator('.kind').textContent()).toMatch(/reported/i);
		const button = figure.getByRole('button', { name: 'Show data' });
		await button.click();
		const table = figure.locator('table');
		await expect.poll(() => table.isVisible()).toBe(true);
		const text = (await table.textContent()) ?? '';
		expect(text).toContain('0.31');
		expect(text).toContain('0.20');
		expect(await figure.getByRole('button', { name: 'Hide data' }).getAttribute('aria-expanded')).toBe('true');
		await p.close();
	});
});
