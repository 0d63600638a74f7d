/**
 * Shared helpers for the e2e tests: a Chromium per test file, pages that record console errors
 * and any request that tries to leave the machine, axe-core, and slider helpers.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { expect, inject } from 'vitest';
import { LAUNCH_ARGS } from '../../scripts/chromium.mjs';
import { stopServer } from '../../scripts/serve.mjs';
import { watchStuck } from './stuck';
import {
	chromium,
	type Browser,
	type BrowserContext,
	type BrowserContextOptions,
	type Frame,
	type Locator,
	type Page,
	type Request
} from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const PAGES = [
	'/',
	'/about/',
	'/astrocytes-fear-extinction/',
	'/inhibitory-plasticity/',
	'/emotional-memory-integration/',
	'/intrinsic-excitability/'
] as const;

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1440, height: 900 };

export function baseUrl(): string {
	return inject('baseUrl');
}

/** Absolute URL of a site path such as "/about/" (works with a sub-path base too). */
export function urlOf(path: string, base = baseUrl()): string {
	return new URL(path.replace(/^\//, ''), base).href;
}

/**
 * Nothing leaves the machine: every host name but the test servers' resolves to nothing, in the
 * browser itself. (Playwright's request interception would do the same at twice the browser's work
 * per page load, and it turns the HTTP cache off, so a page visited again would fetch and compile
 * its code again.) What a page asked of other hosts is recorded by `recordExternal`.
 */
const OFFLINE = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost';

/**
 * V8 without its optimising compilers (Maglev, Turbofan); the interpreter and the baseline compiler
 * (Sparkplug) run the code. A page in a test lives for seconds, and most of its code runs a few times:
 * optimising it cost more than it saved. Measured here on whole files with every Chromium thread's CPU
 * from /proc, two runs each: sweep-site 56.9 and 56.8 core-s with them, 45.0 and 45.1 without;
 * sweep-embeds 57.2 and 56.6, 52.2 and 42.9; the whole e2e run, two pairs run back to back, 704 and 663
 * with them, 630 and 613 without. (Turning off Maglev alone made Turbofan work harder: 82 and 77.) The
 * code does the same thing either way, only slower to run; the bench, which measures speed, keeps
 * Chromium's defaults. A test whose page computes for long (the JavaScript spiking engine of the offline
 * file) asks for `optimised`: unoptimised, that test took 56 s instead of 14 s.
 */
const NO_OPTIMISING_JIT = '--js-flags=--no-opt --no-maglev';

/**
 * A Chromium for one test file, launched in its beforeAll and closed in its afterAll. (One browser per
 * worker, kept from file to file, saved about 8 core-s a run; but in nine full runs with it two tests
 * failed that had not failed before (a page in the sweep that stopped answering, a keyboard walk), so
 * it is left out until their cause is known.)
 */
export async function launch({ optimised = false } = {}): Promise<Browser> {
	const args = [...LAUNCH_ARGS, OFFLINE, ...(optimised ? [] : [NO_OPTIMISING_JIT])];
	return chromium.launch({ executablePath: inject('chromePath'), args, headless: true });
}

/**
 * Stops a test's own HTTP server with its connections (scripts/serve.mjs): the file's browser and its
 * kept tabs (open, tab) outlive the test and hold sockets to it.
 */
export const closed = (server: Server | undefined): Promise<void> => (server ? stopServer(server) : Promise.resolve());

/**
 * Records, into the returned list, every request of a context's (or one page's) pages and frames to anything but
 * `allowed` hosts (host:port; the test server's by default), and data: and blob: addresses. The
 * browser cannot reach them (see OFFLINE); the list says that the page tried.
 */
export function recordExternal(pages: BrowserContext | Page, allowed: string[] = [new URL(baseUrl()).host]): string[] {
	const external: string[] = [];
	const hosts = new Set(allowed);
	pages.on('request', (request) => {
		const u = new URL(request.url());
		if (u.protocol === 'data:' || u.protocol === 'blob:' || hosts.has(u.host)) return;
		external.push(u.href);
	});
	return external;
}

/** Requests in flight per page, from the page's own events (see settle): each with its address. */
const inFlight = new WeakMap<Page, { open: Map<Request, string>; last: number }>();

function track(page: Page): { open: Map<Request, string>; last: number } {
	const known = inFlight.get(page);
	if (known) return known;
	const s = { open: new Map<Request, string>(), last: Date.now() };
	const done = (request: Request) => {
		s.open.delete(request);
		s.last = Date.now();
	};
	page.on('request', (request) => {
		s.open.set(request, request.url());
		s.last = Date.now();
	});
	page.on('requestfinished', done);
	page.on('requestfailed', done);
	inFlight.set(page, s);
	return s;
}

/**
 * Waits until the page has had no request in flight for `quietMs` (at most `limitMs`). Playwright's
 * 'networkidle' is the same idea with a fixed 500 ms window, which adds up over hundreds of visits;
 * figures that load their code when they near the viewport ask for it within a frame or two. When the
 * limit is reached it says which requests never ended (on stderr, and the test goes on: what it
 * checks next waits on its own conditions), so a slow run shows what it waited for.
 */
export async function settle(page: Page, quietMs = 150, limitMs = 15_000): Promise<void> {
	const s = track(page);
	const end = Date.now() + limitMs;
	while (Date.now() < end) {
		if (s.open.size === 0 && Date.now() - s.last >= quietMs) return;
		await new Promise((r) => setTimeout(r, 25));
	}
	const open = [...s.open.values()];
	console.warn(
		`settle: ${page.url()} still had ${open.length} request(s) in flight after ${limitMs / 1000} s: ${open.slice(0, 5).join(', ')}`
	);
}

/**
 * Which figures a test brings live once the page has hydrated: every one (the default), or only those
 * with these ids. A figure left alone stays prerendered until the test scrolls to it or touches it,
 * as for a reader; bringing every figure of an article live costs about as much as loading it.
 */
export type LiveFigures = 'all' | readonly string[];

/**
 * Navigates and waits for the load event, then (with `hydrate`, for the site's own pages with
 * JavaScript on) for the page's code to run and the `live` figures to go live, then for the network
 * to settle.
 */
export async function gotoSettled(page: Page, url: string, { hydrate = false, live = 'all' as LiveFigures } = {}) {
	track(page);
	return watchStuck(page, `opening ${url}`, async () => {
		const response = await page.goto(url, { waitUntil: 'load' });
		if (hydrate) await hydrated(page, 30_000, live);
		await settle(page);
		return response;
	});
}

/**
 * Waits until the site's code has taken over the page: the root layout sets
 * `<html data-hydrated>` in its onMount, which runs after every component on the page has mounted.
 * A click or key press before that lands on the prerendered HTML alone and is lost (a "Show data"
 * button that never opens its table), so every interaction that needs JavaScript waits for this;
 * open() and the hardening pages' visit() do it for you.
 */
export async function hydrated(page: Page | Frame, timeout = 30_000, live: LiveFigures = 'all'): Promise<void> {
	// A page with no script at all has nothing to wait for (the 404 page has one, which sets the flag).
	if (!(await page.evaluate(() => document.querySelector('script') !== null))) return;
	await page
		.waitForFunction(() => document.documentElement.dataset.hydrated !== undefined, null, { timeout, polling: 25 })
		.catch((e: Error) => {
			throw new Error(`${page.url()}: the page's code never ran (no data-hydrated on <html>): ${e.message}`);
		});
	// Figures load their code when a reader scrolls to them or touches them (src/lib/figure-kit/lazy-figure.ts);
	// a test acts on live figures, so bring those it names (or every one) in, as a mouse passing over
	// them does, and wait until they are.
	const ids = live === 'all' ? null : [...live];
	await page.evaluate((ids) => {
		for (const figure of Array.from(document.querySelectorAll('.lazy-figure > *'))) {
			if (ids && !ids.some((id) => figure.matches(`[id="${id}"]`) || figure.querySelector(`[id="${id}"]`))) continue;
			figure.dispatchEvent(new PointerEvent('pointerover', { pointerType: 'mouse', bubbles: true }));
		}
	}, ids);
	await page
		.waitForFunction(
			(ids) =>
				ids
					? ids.every(
							(id) => document.querySelector(`[id="${id}"]`) !== null && document.querySelector(`.lazy-figure [id="${id}"]`) === null
						)
					: document.querySelector('.lazy-figure') === null,
			ids,
			{ timeout, polling: 25 }
		)
		.catch((e: Error) => {
			throw new Error(`${page.url()}: a figure never went live (${ids ? ids.join(', ') : 'a .lazy-figure slot is left'}): ${e.message}`);
		});
}

export interface OpenPage {
	page: Page;
	/** Console errors and uncaught exceptions. */
	errors: string[];
	/** Requests to any host other than the local test server (they cannot leave: see OFFLINE). */
	external: string[];
	close(): Promise<void>;
}

/** Context options a page can take on its own (open() sets them on the page). */
const PAGE_LEVEL = new Set(['viewport', 'colorScheme', 'reducedMotion']);

/**
 * The contexts of open()'s pages, per browser: one for pages that need nothing of their context (the
 * rest of their options go on the page), and one for each set of options a page cannot take alone
 * (touch, permissions ...). Pages in a context share its HTTP cache, so the site's code is fetched
 * and compiled once per test file, not once per test. Nothing else carries over between tests: the
 * site keeps state only in sessionStorage, which is each tab's own (and cleared when a tab is kept:
 * see release).
 */
const contexts = new WeakMap<Browser, Map<string, Promise<BrowserContext>>>();
/** What each context gives a new tab: its viewport and emulated media. */
const freshOf = new WeakMap<BrowserContext, Fresh>();
interface Fresh {
	viewport: { width: number; height: number };
	media: Parameters<Page['emulateMedia']>[0];
}
function contextFor(browser: Browser, options: BrowserContextOptions): Promise<BrowserContext> {
	const ofBrowser = contexts.get(browser) ?? contexts.set(browser, new Map()).get(browser)!;
	const key = JSON.stringify(options);
	let context = ofBrowser.get(key);
	if (!context) {
		// Service workers blocked: they would precache the whole site in the background.
		const settings = { viewport: DESKTOP, serviceWorkers: 'block' as const, ...options };
		// A new tab's media as Playwright emulates it (page.emulateMedia's null is "none").
		const media = {
			media: null,
			colorScheme: settings.colorScheme ?? 'light',
			reducedMotion: settings.reducedMotion ?? 'no-preference',
			forcedColors: settings.forcedColors ?? 'none',
			contrast: settings.contrast ?? 'no-preference'
		};
		context = browser.newContext(settings).then((c) => {
			freshOf.set(c, { viewport: settings.viewport ?? DESKTOP, media });
			return c;
		});
		ofBrowser.set(key, context);
	}
	return context;
}

/**
 * Tabs that a test is done with, per context, kept for the next open(): navigating a tab again costs
 * the browser about half the work of a new one (measured: 0.41 against 0.72 core-s per article loaded
 * with its figures live). A kept tab is handed on as a new one would be: on about:blank, without the
 * last test's listeners, sessionStorage, pointer position, viewport or emulated media.
 */
const idle = new WeakMap<BrowserContext, Page[]>();
/** The origins each tab of open() has shown. */
const originsOf = new WeakMap<Page, Set<string>>();

async function release(context: BrowserContext, page: Page): Promise<void> {
	if (page.isClosed()) return;
	// sessionStorage is kept per origin in a tab; the page can clear only its own origin's.
	if ((originsOf.get(page)?.size ?? 0) > 1) return page.close();
	page.removeAllListeners();
	inFlight.delete(page);
	originsOf.delete(page);
	// Frames too: an embed keeps its sessionStorage in the tab, under the page that framed it.
	await Promise.all(page.frames().map((f) => f.evaluate(() => sessionStorage.clear()).catch(() => {})));
	await page.goto('about:blank');
	// Nothing hovered on the next page: the pointer leaves the window.
	await page.mouse.move(-1, -1);
	const fresh = freshOf.get(context)!;
	const size = page.viewportSize();
	if (size?.width !== fresh.viewport.width || size.height !== fresh.viewport.height) await page.setViewportSize(fresh.viewport);
	await page.emulateMedia(fresh.media);
	(idle.get(context) ?? idle.set(context, []).get(context)!).push(page);
}

/**
 * A tab for a test of its own making (a host page, a download ...): one a test handed back when there
 * is one, as a new tab would be. Options a tab can take alone (viewport, colour scheme, reduced motion)
 * go on the tab; with any other, every option goes to a context of those options. close() hands it back.
 */
export async function tab(browser: Browser, options: BrowserContextOptions = {}): Promise<{ page: Page; close(): Promise<void> }> {
	const own = Object.keys(options).some((k) => !PAGE_LEVEL.has(k));
	const context = await contextFor(browser, own ? options : {});
	const page = idle.get(context)?.pop() ?? (await context.newPage());
	const origins = new Set<string>();
	originsOf.set(page, origins);
	page.on('framenavigated', (frame) => {
		if (frame === page.mainFrame()) origins.add(new URL(frame.url()).origin);
	});
	if (!own) {
		if (options.viewport) await page.setViewportSize(options.viewport);
		const { colorScheme, reducedMotion } = options;
		if (colorScheme || reducedMotion) await page.emulateMedia({ colorScheme, reducedMotion });
	}
	return { page, close: () => release(context, page) };
}

/** A site page in a tab (see tab()), loaded, its figures live (`live`), recording errors and requests elsewhere. */
export async function open(
	browser: Browser,
	path: string,
	options: BrowserContextOptions & { base?: string; expectStatus?: number; live?: LiveFigures } = {}
): Promise<OpenPage> {
	const { base, expectStatus = 200, live = 'all', ...contextOptions } = options;
	const { page, close } = await tab(browser, contextOptions);
	const errors: string[] = [];
	const external = recordExternal(page, [new URL(base ?? baseUrl()).host]);
	page.on('console', (m) => {
		if (m.type() === 'error' && !(expectStatus === 404 && /status of 404/.test(m.text()))) errors.push(m.text());
	});
	page.on('pageerror', (e) => errors.push(`${e.name}: ${e.message}`));
	const response = await gotoSettled(page, urlOf(path, base), { hydrate: contextOptions.javaScriptEnabled !== false, live });
	if (response && response.status() !== expectStatus) {
		errors.push(`HTTP ${response.status()} for ${path} (expected ${expectStatus})`);
	}
	return { page, errors, external, close };
}

export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string[]; html: string }[];
}

/** Which axe-core rules to run (axe.run's options): by default every WCAG 2.x A/AA rule and best practice. */
export interface AxeOptions {
	runOnly: { type: 'tag' | 'rule'; values: string[] };
}
const ALL_RULES: AxeOptions = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } };

/** Runs axe-core (WCAG 2.x A and AA rules plus best practices, or `options`) and returns its violations. */
export async function axe(page: Page, options: AxeOptions = ALL_RULES): Promise<AxeViolation[]> {
	// Evaluated over the DevTools protocol, not as an inline <script>: the site's CSP forbids those.
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
	return page.evaluate(async (o) => {
		// @ts-expect-error injected global
		// Only violations are read: axe then keeps one node of each passing rule (its documented speed-up).
		const result = await window.axe.run(document, { ...o, resultTypes: ['violations'] });
		return result.violations.map((v: AxeViolation) => ({
			id: v.id,
			impact: v.impact,
			help: v.help,
			nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, html: n.html.slice(0, 200) }))
		}));
	}, options);
}

/** Human-readable axe report for assertion messages. */
export function describeViolations(violations: AxeViolation[]): string {
	return violations
		.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `   ${n.target.join(' ')}  ${n.html}`).join('\n')}`)
		.join('\n');
}

/**
 * Moves a range input to `value` the way a user would (sets it, then fires input and change).
 * `selector` should identify one <input type="range">.
 */
export async function setSlider(page: Page, selector: string, value: number): Promise<void> {
	await page.locator(selector).evaluate((el, v) => {
		const input = el as HTMLInputElement;
		input.value = String(v);
		input.dispatchEvent(new Event('input', { bubbles: true }));
		input.dispatchEvent(new Event('change', { bubbles: true }));
	}, value);
}

/** Pixel fingerprint of a canvas, to tell whether a chart was redrawn differently. */
export async function canvasSignature(page: Page, selector: string): Promise<string> {
	return page.locator(selector).evaluate((el) => {
		const canvas = el as HTMLCanvasElement;
		const data = canvas.toDataURL();
		let h = 0;
		for (let i = 0; i < data.length; i++) h = (h * 31 + data.charCodeAt(i)) | 0;
		return `${data.length}:${h}`;
	});
}

/**
 * Waits for `n` animation frames in the page: the unit of "a while" for checks that something does
 * not happen (a paused player stays put). A loop driven by requestAnimationFrame would have moved.
 */
export async function frames(page: Page, n = 10): Promise<void> {
	await page.evaluate(async (count) => {
		for (let i = 0; i < count; i++) await new Promise((r) => requestAnimationFrame(() => r(null)));
	}, n);
}

/**
 * Fingerprint of a canvas once it has been drawn: waits until it has ink and holds still for two
 * frames (Chart.js loads when a chart nears the viewport, then may resize once). Take the "before"
 * of a redraw check with this, or the first draw alone would count as the change.
 */
export async function drawnSignature(page: Page, selector: string, timeoutMs = 15_000): Promise<string> {
	const out = await page
		.locator(selector)
		.first()
		.evaluate(async (el, limit) => {
			const canvas = el as HTMLCanvasElement;
			const sign = () => {
				const data = canvas.toDataURL();
				let h = 0;
				for (let i = 0; i < data.length; i++) h = (h * 31 + data.charCodeAt(i)) | 0;
				return `${data.length}:${h}`;
			};
			const inked = () => {
				if (!canvas.width || !canvas.height) return false;
				const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
				for (let i = 3; i < data.length; i += 4) if (data[i] > 0) return true;
				return false;
			};
			const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null))));
			const end = performance.now() + limit;
			let last = '';
			while (performance.now() < end) {
				await frame();
				const now = inked() ? sign() : '';
				if (now && now === last) return now;
				last = now;
			}
			return '';
		}, timeoutMs);
	if (!out) throw new Error(`${selector}: the canvas was never drawn, or never held still`);
	return out;
}

/**
 * Picks the second choice of a quiz with the keyboard (focus the first, ArrowDown), once the page's
 * code is running: a choice made on the prerendered HTML before hydration would be forgotten, so it
 * is made again until the quiz's Check button takes it.
 */
export async function pickSecondChoiceByKeyboard(page: Page, quiz: Locator): Promise<void> {
	const check = quiz.getByRole('button', { name: 'Check' });
	await expect
		.poll(async () => {
			await quiz.locator('input[type="radio"]').first().focus();
			await page.keyboard.press('ArrowDown');
			return check.isEnabled();
		})
		.toBe(true);
}
