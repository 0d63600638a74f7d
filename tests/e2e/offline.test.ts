/**
 * Offline use. (1) The one-file build, opened from disk through file://: every explainer, a slider
 * moved, a chart redrawn, no error, nothing fetched. (2) The hosted build after a first visit:
 * the service worker serves pages with the network gone.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { SLUGS } from '../../src/lib/articles';
import { launch, open, setSlider, urlOf } from './harness';
import { localBin } from '../../scripts/bin.mjs';

let browser: Browser;
let dir = '';
let file = '';

beforeAll(async () => {
	// Built here, into a temporary folder, so the test always checks the current code.
	dir = mkdtempSync(join(tmpdir(), 'engram-offline-'));
	file = join(dir, 'engram-offline.html');
	const [node, vite] = localBin('vite');
	execFileSync(node, [vite, 'build', '--config', 'vite.offline.config.ts', '--logLevel', 'error'], {
		env: { ...process.env, ENGRAM_OFFLINE_DIR: join(dir, 'site'), ENGRAM_OFFLINE_FILE: file },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	browser = await launch();
}, 240_000);

afterAll(async () => {
	await browser?.close();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

async function openFile(): Promise<{ page: Page; errors: string[]; requests: string[]; context: BrowserContext }> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	const errors: string[] = [];
	const requests: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(`${e.name}: ${e.message}`));
	page.on('request', (r) => {
		const u = r.url();
		if (!u.startsWith('file:') && !u.startsWith('data:') && !u.startsWith('blob:')) requests.push(u);
	});
	await page.goto(pathToFileURL(file).href);
	await page.locator('h1').first().waitFor();
	return { page, errors, requests, context };
}

/** What a figure shows: its canvases' pixels, its SVG drawing and its summary sentence. */
async function figureState(figure: Locator): Promise<string> {
	return figure.evaluate((el) => {
		const canvases = [...el.querySelectorAll('canvas')].map((c) => (c as HTMLCanvasElement).toDataURL());
		let h = 0;
		const text = canvases.join('') + [...el.querySelectorAll('svg')].map((s) => s.innerHTML).join('') + (el.querySelector('.summary')?.textContent ?? '');
		for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
		return `${text.length}:${h}`;
	});
}

describe('the one-file offline site', () => {
	it('is a single HTML file with nothing to fetch', () => {
		expect(existsSync(file)).toBe(true);
		expect(statSync(file).size).toBeGreaterThan(50_000);
	});

	it('opens from file:// and links to every explainer with #/ links', async () => {
		const { page, errors, requests, context } = await openFile();
		for (const slug of SLUGS) expect(await page.locator(`a[href="#/${slug}/"]`).count(), slug).toBeGreaterThan(0);
		expect(await page.locator('a[href^="#/teach"]').count()).toBeGreaterThan(0);
		expect(errors).toEqual([]);
		expect(requests).toEqual([]);
		await context.close();
	});

	it('navigates to each explainer, where moving a slider redraws its figure', async () => {
		const { page, errors, requests, context } = await openFile();
		let moved = 0;
		for (const slug of SLUGS) {
			await page.locator(`a[href="#/${slug}/"]`).first().click();
			await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#/${slug}/`);
			await expect.poll(() => page.locator('article h1').count()).toBe(1);
			const slider = page.locator('figure input[type="range"]').first();
			if ((await slider.count()) > 0) {
				await slider.scrollIntoViewIfNeeded();
				const figure = slider.locator('xpath=ancestor::figure[1]');
				const before = await figureState(figure);
				const { min, max, value } = await slider.evaluate((el) => {
					const i = el as HTMLInputElement;
					return { min: Number(i.min), max: Number(i.max), value: Number(i.value) };
				});
				const target = Math.abs(max - value) > Math.abs(value - min) ? max : min;
				const id = await slider.getAttribute('id');
				await setSlider(page, `[id="${id}"]`, target);
				await expect.poll(() => figureState(figure), { message: `${slug}: figure redraws` }).not.toBe(before);
				moved++;
			}
			await page.goBack();
			await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#?\/?$/);
		}
		expect(moved, 'at least one explainer has a slider').toBeGreaterThan(0);
		expect(errors).toEqual([]);
		expect(requests).toEqual([]);
		await context.close();
	});

	it('opens the teachers’ page and the about page', async () => {
		const { page, errors, context } = await openFile();
		for (const path of ['teach', 'about']) {
			await page.evaluate((p) => (location.hash = `#/${p}/`), path);
			await expect.poll(() => page.locator('h1').first().textContent()).not.toMatch(/brain keep a memory/);
		}
		expect(errors).toEqual([]);
		await context.close();
	});
});

describe('the hosted site after a first visit', () => {
	it('offers the offline file on the home page only when the build carries it, and the link works', async () => {
		const p = await open(browser, '/');
		const link = p.page.locator('a[download="engram-offline.html"]');
		if ((await link.count()) > 0) {
			const href = await link.evaluate((a) => (a as HTMLAnchorElement).href);
			const status = await p.page.evaluate(async (u) => (await fetch(u, { method: 'HEAD' })).status, href);
			expect(status).toBe(200);
		}
		expect(p.errors).toEqual([]);
		await p.close();
	});

	it('keeps working with the network gone (service worker)', async () => {
		const p = await open(browser, '/', { serviceWorkers: 'allow' });
		const page = p.page;
		await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
		});
		await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 15_000 }).toBe(true);
		// Let the install finish caching every page.
		await page.evaluate(async () => {
			const keys = await caches.keys();
			return keys.length;
		});
		await page.context().setOffline(true);
		for (const path of ['/about/', `/${SLUGS[0]}/`, '/teach/']) {
			await page.goto(urlOf(path), { waitUntil: 'load' });
			expect(await page.locator('h1').count(), path).toBe(1);
		}
		await page.context().setOffline(false);
		expect(p.external).toEqual([]);
		await p.close();
	});
});
