/**
 * Where Engram meets schools' servers and LMS pages (issue 19), in Chromium:
 *   - a school server: Engram at the root beside another application (/other/), and two course
 *     copies in folders of their own (/course-a/, /course-b/), with service workers allowed:
 *     the worker keeps to its own files and caches (1, 5), only the site registers it (7), and the
 *     retiring worker removes it (10);
 *   - an LMS page: the embed snippet with its integrity check, and hostile frames that post
 *     resize messages to engram-embed.js (2, 4);
 *   - the built pages' CSP (10);
 *   - the one-file offline edition from file://, in English and Spanish: the spiking figure runs, and
 *     nothing writes file:/// embed code (6, 11).
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';
import { OFFLINE_FILE_NAME } from '../../scripts/paths.mjs';
import { SLUGS } from '../../src/lib/articles';
import { FIGURES } from '../../src/lib/figures/registry';
import { embedHeight } from '../../src/lib/lms/embed-heights';
import { closed, hydrated, launch, open, settle, tab } from './harness';

const BUILD = inject('buildDir');
const VERSION = JSON.parse(readFileSync(join(BUILD, '_app', 'version.json'), 'utf8')).version as string;
const SRI = `sha384-${createHash('sha384')
	.update(readFileSync(join(BUILD, 'engram-embed.js')))
	.digest('base64')}`;
const FIRST = SLUGS.flatMap((slug) => FIGURES[slug].map((f) => ({ slug, id: f.id })))[0];

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

// ── A school server ──────────────────────────────────────────────────────────────────────────────

interface School {
	url: string;
	/** Serve the retiring worker as the root copy's service-worker.js from now on. */
	retire(): void;
	close(): Promise<void>;
}

/**
 * One origin: Engram's build at the root and again in /course-a/ and /course-b/ (course-b as a
 * different version, as when two courses updated at different times), and another application's
 * pages under /other/ (sent with Cache-Control: no-store, as a page with a student's data would be).
 */
async function schoolServer(): Promise<School> {
	const root = await startServer({ dir: BUILD, port: 0, memory: true });
	const a = await startServer({ dir: BUILD, port: 0, base: '/course-a', memory: true });
	const b = await startServer({ dir: BUILD, port: 0, base: '/course-b', memory: true });
	let retiring = false;
	const portOf = (s: { server: Server }) => (s.server.address() as { port: number }).port;
	const proxy = (to: { server: Server }, req: IncomingMessage, res: ServerResponse) => {
		const out = request({ host: '127.0.0.1', port: portOf(to), path: req.url, method: req.method, headers: req.headers }, (r) => {
			res.writeHead(r.statusCode ?? 502, r.headers);
			r.pipe(res);
		});
		out.on('error', () => res.writeHead(502).end());
		req.pipe(out);
	};
	const js = (res: ServerResponse, body: string) =>
		res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-cache' }).end(body);
	const front = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://school');
		if (url.pathname.startsWith('/other/')) {
			const who = (url.searchParams.get('student') ?? 'nobody').replace(/[^a-z]/gi, '');
			return res
				.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
				.end(`<!doctype html><title>Account</title><h1>Account of ${who}</h1>`);
		}
		if (url.pathname === '/service-worker.js' && retiring) {
			return js(res, readFileSync(join(BUILD, 'engram-retire-service-worker.js'), 'utf8'));
		}
		if (url.pathname === '/course-b/service-worker.js') {
			return js(res, readFileSync(join(BUILD, 'service-worker.js'), 'utf8').replaceAll(VERSION, `${VERSION}-b`));
		}
		if (url.pathname === '/course-a' || url.pathname.startsWith('/course-a/')) return proxy(a, req, res);
		if (url.pathname === '/course-b' || url.pathname.startsWith('/course-b/')) return proxy(b, req, res);
		return proxy(root, req, res);
	});
	await new Promise<void>((ok) => front.listen(0, '127.0.0.1', ok));
	return {
		url: `http://127.0.0.1:${portOf({ server: front })}`,
		retire: () => (retiring = true),
		close: async () => {
			await closed(front);
			await Promise.all([root.close(), a.close(), b.close()]);
		}
	};
}

let school: School;
let context: BrowserContext;
beforeAll(async () => {
	school = await schoolServer();
});
afterAll(async () => {
	await school?.close();
});

/** A fresh browser profile with service workers allowed, errors recorded. */
async function freshPage(): Promise<{ page: Page; errors: string[] }> {
	context = await browser.newContext({ serviceWorkers: 'allow', viewport: { width: 1200, height: 900 } });
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(`${e.name}: ${e.message}`));
	return { page, errors };
}

/** Opens a site page and waits until a service worker controls it and its install has finished. */
async function installFrom(page: Page, url: string): Promise<void> {
	await page.goto(url, { waitUntil: 'load' });
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 20_000 }).toBe(true);
}

const cacheNames = (page: Page) => page.evaluate(() => caches.keys());
/** Every path stored in any cache of the origin. */
const cachedPaths = (page: Page) =>
	page.evaluate(async () => {
		const out: string[] = [];
		for (const name of await caches.keys()) {
			for (const r of await (await caches.open(name)).keys()) out.push(new URL(r.url).pathname + new URL(r.url).search);
		}
		return out;
	});

describe('on a school server, Engram at the root beside another application', () => {
	// Service-worker installs and reloads: 12-26 s with the whole suite running; room for a loaded machine.
	it('the worker never answers for, stores or replays the other application’s pages (1)', { timeout: 150_000 }, async () => {
		const { page, errors } = await freshPage();
		try {
			await installFrom(page, `${school.url}/`);
			// The other app's page, visited while Engram's worker controls the origin.
			const first = await page.goto(`${school.url}/other/account.html?student=alice`, { waitUntil: 'load' });
			expect(await page.locator('h1').textContent()).toBe('Account of alice');
			expect(first!.fromServiceWorker(), 'served by the network, not by Engram’s worker').toBe(false);
			await page.goto(`${school.url}/about/`, { waitUntil: 'load' });
			expect((await cachedPaths(page)).filter((p) => p.startsWith('/other/'))).toEqual([]);

			// Offline, on a shared computer: another student's address must not get alice's page.
			await context.setOffline(true);
			const leaked = await page
				.goto(`${school.url}/other/account.html?student=bob`, { waitUntil: 'load' })
				.then(() => page.locator('h1').textContent())
				.catch(() => 'not served');
			expect(leaked).not.toMatch(/alice/);
			// Engram's own pages still work offline (in another tab: this one shows the browser's error page).
			const tab = await context.newPage();
			await tab.goto(`${school.url}/teach/?x=1`, { waitUntil: 'load' });
			expect(await tab.locator('h1').first().textContent()).toMatch(/Teaching with Engram/);
			// A mistyped Spanish address inside Engram's folders: the Spanish not-found page, from the cache.
			const missing = await tab.goto(`${school.url}/es/astrocytes-fear-extinction/typo/`, { waitUntil: 'load' });
			expect(missing!.status()).toBe(404);
			expect(await tab.locator('h1').first().textContent()).toMatch(/No se encontró esta página/);
			await context.setOffline(false);
			expect(errors).toEqual([]);
		} finally {
			await context.close();
		}
	});

	it('an embed page does not register the service worker; the site does (7)', async () => {
		const { page, errors } = await freshPage();
		try {
			await page.goto(`${school.url}/embed/${FIRST.slug}/${FIRST.id}/`, { waitUntil: 'load' });
			await settle(page);
			await page.locator(`[id="${FIRST.id}"]`).waitFor();
			expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
			expect(await cacheNames(page)).toEqual([]);
			// The site's own pages register it.
			await installFrom(page, `${school.url}/about/`);
			expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(1);
			expect(errors).toEqual([]);
		} finally {
			await context.close();
		}
	});

	it('two course copies on one server keep their own caches; each deletes only its own (5)', { timeout: 150_000 }, async () => {
		const { page, errors } = await freshPage();
		try {
			await installFrom(page, `${school.url}/course-a/`);
			await expect.poll(() => cacheNames(page)).toEqual([`engram:/course-a/:${VERSION}`]);
			// Another application's cache on the same origin.
			await page.evaluate(() => caches.open('other-app').then((c) => c.put('/other/x', new Response('x'))));
			// The second course, built at another time (another version), installs beside it.
			await installFrom(page, `${school.url}/course-b/`);
			await expect
				.poll(async () => (await cacheNames(page)).sort())
				.toEqual([`engram:/course-a/:${VERSION}`, `engram:/course-b/:${VERSION}-b`, 'other-app'].sort());
			// Course A still opens offline.
			await context.setOffline(true);
			await page.goto(`${school.url}/course-a/about/`, { waitUntil: 'load' });
			expect(await page.locator('h1').count()).toBe(1);
			await context.setOffline(false);
			expect(errors).toEqual([]);
		} finally {
			await context.close();
		}
	});

	it('the retiring worker, put in place of service-worker.js, removes Engram’s worker and only its caches (10)', async () => {
		const { page, errors } = await freshPage();
		try {
			await installFrom(page, `${school.url}/`);
			await page.evaluate(() => caches.open('other-app').then((c) => c.put('/other/x', new Response('x'))));
			expect(await cacheNames(page)).toContain(`engram:/:${VERSION}`);
			// Marks this document, to see the worker reload it.
			await page.evaluate(() => ((window as unknown as { beforeRetiring?: boolean }).beforeRetiring = true));
			school.retire();
			await page.evaluate(async () => {
				const reg = await navigator.serviceWorker.getRegistration();
				await reg?.update();
			});
			await expect
				.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), { timeout: 20_000 })
				.toBe(0);
			await expect.poll(() => cacheNames(page)).toEqual(['other-app']);
			// The worker reloads the page (its last step), from the server, with nothing controlling it.
			// Waited for before going on: a goto while that reload is in flight can lose its load event.
			await expect
				.poll(() => page.evaluate(() => (window as unknown as { beforeRetiring?: boolean }).beforeRetiring !== true).catch(() => false), {
					timeout: 20_000
				})
				.toBe(true);
			await page.waitForLoadState('load');
			await page.goto(`${school.url}/about/`, { waitUntil: 'load' });
			expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
			expect(errors).toEqual([]);
		} finally {
			await context.close();
		}
	});
});

// ── An LMS page ──────────────────────────────────────────────────────────────────────────────────

describe('in an LMS page', () => {
	it('the Embed dialog and the builder on /teach/ give a snippet whose script carries its integrity hash (2)', async () => {
		const p = await open(browser, `/${FIRST.slug}/`, { live: [FIRST.id] });
		await p.page.locator(`[id="${FIRST.id}"]`).getByRole('button', { name: 'Embed', exact: true }).click();
		const dialog = p.page.getByRole('dialog', { name: 'Embed this figure' });
		await expect
			.poll(() =>
				dialog
					.getByLabel('Embed code')
					.inputValue()
					.catch(() => '')
			)
			.toContain('engram-embed.js');
		const code = await dialog.getByLabel('Embed code').inputValue();
		expect(code).toMatch(
			new RegExp(
				`<script src="[^"]+/engram-embed\\.js" integrity="${SRI.replace(/[+/]/g, '\\$&')}" crossorigin="anonymous" async></script>`
			)
		);
		expect(code).toContain('data-engram-embed');
		// Predict first (issue 20) is offered only for the charts that have it: not this one...
		const predictBox = (within: Locator) => within.getByRole('checkbox', { name: /^Predict first/ });
		expect(await predictBox(dialog).count()).toBe(0);
		await p.page.keyboard.press('Escape');
		// ...but the fear model's, on the same page, where it adds predict=1 to the snippet.
		await p.page.locator('[id="fear-model"]').getByRole('button', { name: 'Embed', exact: true }).click();
		const fear = p.page.getByRole('dialog', { name: 'Embed this figure' });
		await predictBox(fear).check();
		await expect
			.poll(() => fear.getByLabel('Embed code').inputValue())
			.toMatch(/\/embed\/astrocytes-fear-extinction\/fear-model\/\?predict=1"/);
		expect(p.errors).toEqual([]);
		await p.close();

		const t = await open(browser, '/teach/');
		await t.page.locator('#builder-figure').focus(); // the builder's code loads when the teacher reaches it
		await expect.poll(() => t.page.locator('#builder-code').inputValue()).not.toBe('');
		const built = await t.page.locator('#builder-code').inputValue();
		expect(built).toContain(`integrity="${SRI}" crossorigin="anonymous"`);
		// The builder too, with the height the figure has in that mode (lms/embed-heights.json).
		await t.page.locator('#builder-figure').selectOption('inhibitory-plasticity/network');
		await predictBox(t.page.locator('#builder')).check();
		await expect.poll(() => t.page.locator('#builder-code').inputValue()).toMatch(/\/embed\/inhibitory-plasticity\/network\/\?predict=1"/);
		expect(await t.page.locator('#builder-code').inputValue()).toContain(
			`height="${embedHeight('inhibitory-plasticity', 'network', false, true)}"`
		);
		expect(t.errors).toEqual([]);
		await t.close();
	});

	it('engram-embed.js resizes only marked Engram frames, from their own page, by a number, within a cap (4)', async () => {
		const embed = `${school.url}/embed/${FIRST.slug}/${FIRST.id}/`;
		const script = `${school.url}/engram-embed.js`;
		const hostile = (message: string) =>
			`<!doctype html><title>x</title><script>onload = () => parent.postMessage(${message}, '*'); addEventListener('message', () => parent.postMessage(${message}, '*'));</script>`;
		const frames: Record<string, string> = {
			'/frame.html': hostile(`{ type: 'engram:resize', id: 'unmarked', height: 3000 }`),
			'/text.html': hostile(`{ type: 'engram:resize', id: 'text', height: '3000' }`),
			'/huge.html': hostile(`{ type: 'engram:resize', id: 'huge', height: 90000 }`),
			'/sandboxed.html': hostile(`{ type: 'engram:resize', id: 'sandboxed', height: 3000 }`)
		};
		// The LMS on one origin (127.0.0.1), the hostile frames on another (localhost), both on this
		// machine: Chrome refuses a public page's requests to loopback addresses.
		let lms = '';
		const server = createServer((req, res) => {
			const path = new URL(req.url ?? '/', 'http://x').pathname;
			const body = path === '/course.html' ? lms : frames[path];
			if (!body) return res.writeHead(404).end();
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
		});
		await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
		const port = (server.address() as { port: number }).port;
		const evil = `http://localhost:${port}`;
		lms = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Course</title></head><body>
<h1>Week 3</h1>
<iframe id="engram" src="${embed}" title="Engram figure" height="300" style="border:0;width:100%" data-engram-embed></iframe>
<iframe id="unmarked" src="${evil}/frame.html" title="An ad" height="100" style="border:0"></iframe>
<iframe id="text" src="${evil}/text.html" title="Marked, string height" height="100" style="border:0" data-engram-embed></iframe>
<iframe id="huge" src="${evil}/huge.html" title="Marked, huge height" height="100" style="border:0" data-engram-embed></iframe>
<iframe id="sandboxed" sandbox="allow-scripts" src="${evil}/sandboxed.html" title="Marked, sandboxed" height="100" style="border:0" data-engram-embed></iframe>
<script src="${script}" integrity="${SRI}" crossorigin="anonymous" async></script>
<script>window.seen = []; addEventListener('message', (e) => { if (e.data && e.data.type === 'engram:resize') seen.push(e.data.id); });</script>
</body></html>`;
		const { page, close } = await tab(browser, { viewport: { width: 1000, height: 800 } });
		const errors: string[] = [];
		try {
			page.on('pageerror', (e) => errors.push(e.message));
			page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
			await page.goto(`http://127.0.0.1:${port}/course.html`, { waitUntil: 'load' });
			const height = (id: string) => page.locator(`#${id}`).evaluate((el) => Math.round(el.getBoundingClientRect().height));
			// The real embed resizes: the script loaded, past its integrity check and CORS.
			await expect.poll(() => height('engram'), { timeout: 20_000, message: `errors: ${errors.join('\n')}` }).not.toBe(300);
			// Every hostile message reaches the page once more, now that the script listens...
			await page.evaluate(() => ((window as unknown as { seen: string[] }).seen = []));
			for (const id of ['unmarked', 'text', 'huge', 'sandboxed']) {
				await page.locator(`#${id}`).evaluate((el) => (el as HTMLIFrameElement).contentWindow!.postMessage('again', '*'));
				await expect.poll(() => page.evaluate((i) => (window as unknown as { seen: string[] }).seen.includes(i), id)).toBe(true);
			}
			// ...and none of them moved its frame past the rules.
			expect(await height('unmarked')).toBe(100);
			expect(await height('text')).toBe(100);
			expect(await height('sandboxed')).toBe(100);
			expect(await height('huge')).toBeLessThanOrEqual(20_000);
			// (The test server has no favicon.)
			expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
		} finally {
			await close();
			await closed(server);
		}
	});
});

// ── The CSP of every built page ──────────────────────────────────────────────────────────────────

function builtPages(dir = BUILD): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		// The one-file offline edition is not a hosted page: it starts its worker from blob: on purpose.
		if (name === '_app' || name === OFFLINE_FILE_NAME) return [];
		if (statSync(full).isDirectory()) return builtPages(full);
		return name.endsWith('.html') ? [full] : [];
	});
}

const workerSrc = (html: string) => /worker-src ([^;"]*)/.exec(html)?.[1].trim();

describe('the Content-Security-Policy', () => {
	it('allows workers from our own files only: no blob: on any hosted page (10)', () => {
		const pages = builtPages();
		expect(pages.length).toBeGreaterThan(10);
		for (const file of pages) expect(workerSrc(readFileSync(file, 'utf8')), file).toBe("'self'");
	});
});

// ── The one-file offline edition ─────────────────────────────────────────────────────────────────

describe('the one-file offline edition, from file://', () => {
	// The file `npm run build` writes (scripts/build-offline.mjs), as a reader downloads it.
	const file = join(inject('buildDir'), OFFLINE_FILE_NAME);
	// A browser of its own, with V8's optimising compilers: the spiking network computes here for
	// seconds of model time (see launch()).
	let optimised: Browser;
	beforeAll(async () => {
		optimised = await launch({ optimised: true });
	});
	afterAll(async () => {
		await optimised?.close();
	});

	async function openFile(hash: string) {
		const ctx = await optimised.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await ctx.newPage();
		const errors: string[] = [];
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		page.on('pageerror', (e) => errors.push(`${e.name}: ${e.message}`));
		await page.goto(`${pathToFileURL(file).href}${hash}`);
		await page.locator('h1').first().waitFor();
		await hydrated(page);
		return { page, errors, close: () => ctx.close() };
	}

	it('its CSP allows the inlined simulation worker (blob:) and nothing more', () => {
		expect(workerSrc(readFileSync(file, 'utf8'))).toBe("'self' blob:");
	});

	it('runs the spiking network in both languages: Start pressed, spikes drawn (11)', async () => {
		const { page, errors, close } = await openFile('#/inhibitory-plasticity/');
		try {
			// The Spanish page is reached by its hash link, in the same file: the worker starts there too.
			for (const [hash, start, time] of [
				['#/inhibitory-plasticity/', 'Start', /model time ([\d.,]+) s/],
				['#/es/inhibitory-plasticity/', 'Iniciar', /tiempo del modelo ([\d.,]+) s/]
			] as const) {
				await page.evaluate((h) => (location.hash = h), hash);
				await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(hash.startsWith('#/es/') ? 'es' : 'en');
				const fig = page.locator('#spiking-network');
				await fig.scrollIntoViewIfNeeded();
				await fig.getByRole('button', { name: start, exact: true }).click();
				const modelTime = async () => {
					const m = time.exec((await fig.locator('.sim-status').textContent()) ?? '');
					// 1,234.5 s in English, 1.234,5 s in Spanish.
					const text = hash.startsWith('#/es/') ? m?.[1].replace(/\./g, '').replace(',', '.') : m?.[1].replace(/,/g, '');
					return text ? Number(text) : -1;
				};
				await expect.poll(modelTime, { timeout: 30_000, message: `${hash}: model time advances` }).toBeGreaterThanOrEqual(0.3);
				const inked = () =>
					fig.locator('canvas.raster').evaluate((el) => {
						const c = el as HTMLCanvasElement;
						const { data } = c.getContext('2d')!.getImageData(30, 0, c.width - 40, Math.round(c.height * 0.85));
						let n = 0;
						for (let i = 3; i < data.length; i += 4) if (data[i] > 200) n++;
						return n;
					});
				await expect.poll(inked, { message: `${hash}: spikes on the raster` }).toBeGreaterThan(200);
				expect(await fig.locator('.sim-status').textContent()).not.toMatch(
					/could not start|stopped with an error|no pudo iniciar|se detuvo por un error/
				);
			}
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('offers no embed code: no Embed button, no builder, no file:/// snippet (6)', async () => {
		const { page, errors, close } = await openFile('#/teach/');
		try {
			await expect.poll(() => page.locator('h1').first().textContent()).toMatch(/Teaching with Engram/);
			await page.locator('#builder').waitFor();
			expect(await page.locator('#builder-code').count()).toBe(0);
			expect(await page.locator('textarea').count()).toBe(0);
			expect(await page.locator('#builder').textContent()).toMatch(/offline copy/);
			expect(await page.content()).not.toContain('file:///');
			await page.evaluate((slug) => (location.hash = `#/${slug}/`), FIRST.slug);
			await page.locator(`[id="${FIRST.id}"]`).waitFor();
			expect(await page.getByRole('button', { name: 'Embed', exact: true }).count()).toBe(0);
			// The same in Spanish: the teachers' page says so, no figure offers "Insertar".
			await page.evaluate(() => (location.hash = '#/es/teach/'));
			await expect.poll(() => page.locator('h1').first().textContent()).not.toMatch(/Teaching with Engram/);
			await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('es');
			await page.locator('#builder').waitFor();
			expect(await page.locator('#builder-code').count()).toBe(0);
			expect(await page.locator('textarea').count()).toBe(0);
			expect(await page.locator('#builder .offline-note').count()).toBe(1);
			await page.evaluate((slug) => (location.hash = `#/es/${slug}/`), FIRST.slug);
			await page.locator(`[id="${FIRST.id}"]`).waitFor();
			expect(await page.getByRole('button', { name: 'Insertar', exact: true }).count()).toBe(0);
			expect(await page.content()).not.toContain('file:///');
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});
});
