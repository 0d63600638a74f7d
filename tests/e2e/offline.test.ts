/**
 * Offline use. (1) The one-file site that `npm run build` writes beside the pages
 * (<build>/engram-offline.html), opened from disk through file://: every explainer, a slider moved,
 * a chart redrawn, no error, nothing fetched. (2) The hosted build after a first visit: the service
 * worker has cached the app's code and every page, serves each page as itself with the network gone,
 * and deletes the caches of an older version of the site once the new one is active.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { SLUGS } from '../../src/lib/articles';
import { startServer } from '../../scripts/serve.mjs';
import { OFFLINE_FILE_NAME } from '../../scripts/paths.mjs';
import { drawnSignature, hydrated, launch, open, setSlider } from './harness';

const BUILD = inject('buildDir');
const file = join(BUILD, OFFLINE_FILE_NAME);
let browser: Browser;

beforeAll(async () => {
	browser = await launch();
});

afterAll(async () => {
	await browser?.close();
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
	await hydrated(page);
	return { page, errors, requests, context };
}

/** What a figure shows: its canvases' pixels, its SVG drawing and its summary sentence. */
async function figureState(figure: Locator): Promise<string> {
	return figure.evaluate((el) => {
		const canvases = [...el.querySelectorAll('canvas')].map((c) => (c as HTMLCanvasElement).toDataURL());
		let h = 0;
		const text =
			canvases.join('') +
			[...el.querySelectorAll('svg')].map((s) => s.innerHTML).join('') +
			(el.querySelector('.summary')?.textContent ?? '');
		for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
		return `${text.length}:${h}`;
	});
}

describe('the one-file offline site', () => {
	it('is a single HTML file with nothing to fetch', () => {
		expect(existsSync(file), `${file} (npm run build writes it)`).toBe(true);
		expect(statSync(file).size).toBeGreaterThan(50_000);
		// No script, style or icon taken from beside the file (the inlined scripts' code left out).
		const tags = readFileSync(file, 'utf8').replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/g, '$1</script>');
		expect(tags).not.toMatch(/<script[^>]+src=|<link[^>]+rel="(stylesheet|modulepreload|icon)"[^>]+href="(?!data:)/);
	});

	// One opening of the file, in the order a reader would go: its links, each explainer (and back),
	// then the teachers' and about pages and Predict first.
	describe('opened once from disk', () => {
		let opened: Awaited<ReturnType<typeof openFile>>;
		beforeAll(async () => {
			opened = await openFile();
		});
		afterAll(async () => {
			await opened?.context.close();
		});

		it('opens from file:// and links to every explainer with #/ links', async () => {
			const { page, errors, requests } = opened;
			for (const slug of SLUGS) expect(await page.locator(`a[href="#/${slug}/"]`).count(), slug).toBeGreaterThan(0);
			expect(await page.locator('a[href^="#/teach"]').count()).toBeGreaterThan(0);
			// It does not offer a copy of itself.
			expect(await page.locator(`a[download="${OFFLINE_FILE_NAME}"]`).count()).toBe(0);
			expect(errors).toEqual([]);
			expect(requests).toEqual([]);
		});

		it('navigates to each explainer, where moving a slider redraws its figure', async () => {
			const { page, errors, requests } = opened;
			let moved = 0;
			for (const slug of SLUGS) {
				await page.locator(`a[href="#/${slug}/"]`).first().click();
				await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#/${slug}/`);
				await expect.poll(() => page.locator('article h1').count()).toBe(1);
				const slider = page.locator('figure input[type="range"]').first();
				if ((await slider.count()) > 0) {
					await slider.scrollIntoViewIfNeeded();
					const figure = slider.locator('xpath=ancestor::figure[1]');
					// The figure's first drawing done (Chart.js loads near the viewport), then the slider.
					let before = '';
					await expect
						.poll(async () => {
							const now = await figureState(figure);
							const still = now === before;
							before = now;
							return still;
						})
						.toBe(true);
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
			expect(moved, 'every explainer has a slider').toBe(SLUGS.length);
			expect(errors).toEqual([]);
			expect(requests).toEqual([]);
		});

		it('opens the teachers’ page and the about page; Predict first works in the file', async () => {
			const { page, errors, requests } = opened;
			const titles = new Set<string>();
			for (const path of ['teach', 'about']) {
				await page.evaluate((p) => (location.hash = `#/${p}/`), path);
				await expect.poll(() => page.locator('h1').first().textContent()).not.toMatch(/brain keep a memory/);
				titles.add((await page.locator('h1').first().textContent()) ?? '');
			}
			expect(titles.size).toBe(2);

			// Predict first (issue 20) on the linking chart: turned on, a point set by keyboard, revealed.
			await page.evaluate(() => (location.hash = '#/intrinsic-excitability/'));
			const figure = page.locator('#linking');
			await figure.scrollIntoViewIfNeeded();
			await figure.getByRole('button', { name: 'Predict first' }).click();
			const chart = figure.locator('[data-sketching]');
			await chart.waitFor();
			await chart.focus();
			// The sketch starts at 50% everywhere; the last point (72 h) left there, the model gives 10%.
			await page.keyboard.press('Home');
			await page.keyboard.press('ArrowUp');
			await expect.poll(() => figure.locator('[data-chart-readout]').first().textContent()).toMatch(/Point 1 of 6\.$/);
			const reveal = figure.getByRole('button', { name: 'Reveal the model’s answer' });
			await reveal.focus();
			await page.keyboard.press('Enter');
			await expect
				.poll(() => figure.locator('[data-predict-comment]').textContent())
				.toMatch(/^Furthest off at a gap of 72 h: you drew 50%, the model gives 10% \(40 points too high\)\./);
			expect(errors).toEqual([]);
			expect(requests).toEqual([]);
		});
	});
});

/** The h1 of a built page, read from its prerendered HTML. */
function builtTitle(dir: string, path: string): string {
	const html = readFileSync(join(dir, path, 'index.html'), 'utf8');
	return (/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '')
		.replace(/<[^>]+>/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Every file of the built app's code (what a page needs to run, beyond its HTML). */
function appFiles(dir: string, rel = '_app/immutable'): string[] {
	const out: string[] = [];
	for (const name of readdirSync(join(dir, rel))) {
		const r = `${rel}/${name}`;
		if (statSync(join(dir, r)).isDirectory()) out.push(...appFiles(dir, r));
		else out.push(`/${r}`);
	}
	return out;
}

const cacheKeys = (page: Page) => page.evaluate(() => caches.keys());
const cachedPaths = (page: Page) =>
	page.evaluate(async () => {
		const paths: string[] = [];
		for (const key of await caches.keys()) {
			for (const request of await (await caches.open(key)).keys()) paths.push(new URL(request.url).pathname);
		}
		return paths;
	});

describe('the hosted site', () => {
	it('offers the offline file on the home page, and the link gives the file', async () => {
		const p = await open(browser, '/');
		const link = p.page.locator(`a[download="${OFFLINE_FILE_NAME}"]`);
		expect(await link.count()).toBe(1);
		const href = await link.evaluate((a) => (a as HTMLAnchorElement).href);
		const got = await p.page.evaluate(async (u) => {
			const r = await fetch(u);
			return { status: r.status, type: r.headers.get('content-type'), size: (await r.text()).length };
		}, href);
		expect(got.status).toBe(200);
		expect(got.type).toMatch(/text\/html/);
		expect(got.size).toBe(readFileSync(file, 'utf8').length);
		expect(p.errors).toEqual([]);
		await p.close();
	});
});

describe('the hosted site after a first visit (service worker)', () => {
	// A copy of the build on its own server, so that the test can publish "a newer version" of it.
	let dir = '';
	let server: { url: string; close(): Promise<void> };
	let context: BrowserContext;
	let page: Page;
	const version = () => JSON.parse(readFileSync(join(BUILD, '_app', 'version.json'), 'utf8')).version as string;
	const worker = () => readFileSync(join(BUILD, 'service-worker.js'), 'utf8');

	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'engram-sw-'));
		cpSync(BUILD, dir, { recursive: true });
		// The first visit meets an older version of the site: the same worker with another build version.
		writeFileSync(join(dir, 'service-worker.js'), worker().split(version()).join('1000000000000'));
		server = await startServer({ dir, port: 0 });
		context = await browser.newContext({ serviceWorkers: 'allow' });
		page = await context.newPage();
		await page.goto(new URL('', server.url).href, { waitUntil: 'load' });
		await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
		await page.waitForFunction(() => !!navigator.serviceWorker.controller, undefined, { timeout: 30_000 });
	}, 120_000);

	afterAll(async () => {
		await context?.close();
		await server?.close();
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	it('has cached the app’s code and every page on install', async () => {
		const cached = new Set(await cachedPaths(page));
		const missing = appFiles(dir).filter((p) => !cached.has(p));
		expect(missing, 'app files not cached').toEqual([]);
		const pages = ['/', '/about/', '/teach/', ...SLUGS.map((s) => `/${s}/`)];
		// Both languages, and the host's not-found page of each (written as 404.html, not not-found/).
		// _app/version.json too: the not-found page finds the site's root by it (its links, offline).
		for (const path of [...pages, ...pages.map((p) => `/es${p}`), '/404.html', '/es/404.html', '/_app/version.json']) {
			expect(cached.has(path), path).toBe(true);
		}
		expect([...cached].filter((p) => p.includes('not-found'))).toEqual([]);
	});

	it('serves each page as itself, with its figures working, with the network gone', async () => {
		await context.setOffline(true);
		try {
			const seen = new Set<string>();
			for (const path of ['/about/', `/${SLUGS[0]}/`, '/teach/', `/${SLUGS[3]}/`]) {
				await page.goto(new URL(path.slice(1), server.url).href, { waitUntil: 'load' });
				const h1 = ((await page.locator('h1').textContent()) ?? '').replace(/\s+/g, ' ').trim();
				expect(h1, path).toBe(builtTitle(dir, path));
				seen.add(h1);
			}
			expect(seen.size).toBe(4);
			// The page's code came from the cache too (its figures go live): a figure answers its slider.
			await hydrated(page);
			const figure = page.locator('figure[id]:has(input[type="range"][data-key])').first();
			const id = await figure.getAttribute('id');
			const slider = figure.locator('input[type="range"][data-key]').first();
			const summary = page.locator(`[id="${id}-summary"]`);
			await figure.scrollIntoViewIfNeeded();
			if (await figure.locator('canvas').count()) await drawnSignature(page, `[id="${id}"] canvas`);
			const before = await summary.textContent();
			const { min, max, value } = await slider.evaluate((el) => {
				const i = el as HTMLInputElement;
				return { min: i.min, max: i.max, value: i.value };
			});
			await setSlider(page, `[id="${id}"] input[data-key="${await slider.getAttribute('data-key')}"]`, Number(value === max ? min : max));
			await expect.poll(() => summary.textContent(), { message: 'the figure did not answer offline' }).not.toBe(before);
		} finally {
			await context.setOffline(false);
		}
	});

	it('deletes the caches of the older version once the new version is active', async () => {
		const older = await cacheKeys(page);
		expect(older.length).toBeGreaterThan(0);
		// The site is updated: the real worker of this build is published, and the browser checks for it.
		writeFileSync(join(dir, 'service-worker.js'), worker());
		// The new version installs, then waits while a tab still runs the old one (its lazy code must
		// keep loading): the old caches are still there.
		// Asked again until it finds it: just after the network comes back (the test before ends
		// offline), a check may still run offline, find nothing new and say so without an error.
		const checkForUpdate = () =>
			page.evaluate(async () => {
				const reg = await navigator.serviceWorker.getRegistration();
				await reg?.update().catch(() => undefined);
				const next = reg?.installing ?? reg?.waiting;
				if (!next) return 'no new version found';
				if (next.state === 'installing') {
					await new Promise<void>((done) => next.addEventListener('statechange', () => next.state !== 'installing' && done()));
				}
				return next.state;
			});
		await expect.poll(checkForUpdate, { timeout: 30_000, interval: 500 }).toBe('installed');
		expect((await cacheKeys(page)).some((k) => older.includes(k))).toBe(true);
		// The reader closes that tab: with no page left on the old version, the new one takes over and
		// clears the old caches. (Read from the workers themselves: a page opened too soon would become a
		// client of the old version and keep the new one waiting.)
		const url = page.url();
		await page.close();
		const workerCacheKeys = async () => {
			for (const worker of context.serviceWorkers()) {
				try {
					return await worker.evaluate(() => caches.keys());
				} catch {
					// a worker that has just been replaced: ask the next one
				}
			}
			return [];
		};
		await expect
			.poll(
				async () => {
					const keys = await workerCacheKeys();
					return keys.length > 0 && !keys.some((k) => older.includes(k));
				},
				{ timeout: 60_000, message: `older caches (${older.join(', ')}) still there` }
			)
			.toBe(true);
		page = await context.newPage();
		await page.goto(url, { waitUntil: 'load' });
		// And the new version's cache holds the site.
		const cached = new Set(await cachedPaths(page));
		expect(cached.has('/')).toBe(true);
	}, 150_000);
});
