/**
 * Tests that try to break the built site. Everything is discovered, so new pages, figures and
 * embeds are covered without new code:
 *   - pages: every index.html in the build (articles, about, home, /embed/<slug>/<figure>/ ...);
 *   - figures and their parameters: every <figure id> on a page and its sliders
 *     (<input type="range" data-key>, whose min/max/step mirror the ParamSpec).
 *
 * What is checked:
 *   1. links: every internal link, asset and #anchor of every built page resolves (static crawl);
 *   2. every page: one h1, lang, title, description, a CSP meta tag with default-src 'self', no console
 *      error, no request to another host, no CSP violation, axe-core clean in light and dark, phone
 *      and desktop (site.test.ts already does light/desktop and dark/phone for the fixed page list);
 *   3. URL fuzzing: hostile and random query strings (prefixed `<figure>.<key>` and bare keys) never
 *      crash a page, never reach the DOM as markup, and sliders show clamped values or defaults;
 *   4. keyboard-only walk of each article: every control reachable with Tab, in document order,
 *      with a visible focus indicator, nothing hidden behind sticky parts;
 *   5. prefers-reduced-motion: no animated transitions or self-starting animation loops, and all
 *      content can still be reached.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import fc from 'fast-check';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { DESKTOP, PAGES, PHONE, axe, describeViolations, gotoSettled, launch, settle, urlOf } from './harness';
import { SLUGS } from '../../src/lib/articles';
import { parseNumber } from '../../src/lib/state/url';
import { sanitize, type ParamSpec } from '../../src/lib/models/types';

// ── What the build holds ─────────────────────────────────────────────────────────────────────────

const BUILD = inject('buildDir');

/** Every prerendered page as a site path ("/", "/about/", "/embed/x/y/"), plus its file. */
function builtPages(dir = BUILD, rel = ''): { path: string; file: string }[] {
	const out: { path: string; file: string }[] = [];
	for (const name of readdirSync(join(dir, rel))) {
		if (rel === '' && name === '_app') continue;
		const r = rel ? `${rel}/${name}` : name;
		const full = join(dir, r);
		if (statSync(full).isDirectory()) out.push(...builtPages(dir, r));
		else if (name === 'index.html') out.push({ path: `/${rel ? `${rel}/` : ''}`, file: full });
	}
	return out.sort((a, b) => a.path.localeCompare(b.path));
}

const ALL_PAGES = builtPages();
const EMBEDS = ALL_PAGES.filter((p) => p.path.startsWith('/embed/')).map((p) => p.path);
const SITE_PAGES = ALL_PAGES.filter((p) => !p.path.startsWith('/embed/')).map((p) => p.path);
const html = (path: string) => readFileSync(join(BUILD, path, 'index.html'), 'utf8');
const ARTICLE_PAGES = SLUGS.map((slug) => `/${slug}/`).filter((p) => SITE_PAGES.includes(p));
/** Range inputs in a page's prerendered HTML (figures loaded later add more). */
const rangesIn = (path: string) => html(path).match(/type="range"/g)?.length ?? 0;
/** Pages whose URL we fuzz: every article, and every embed with a slider. */
const FIGURE_PAGES = [...ARTICLE_PAGES, ...EMBEDS.filter((p) => rangesIn(p) > 0)];

// ── Pages that record everything that goes wrong ─────────────────────────────────────────────────

interface Watched {
	context: BrowserContext;
	page: Page;
	errors: string[];
	external: string[];
	/** Clears the records; returns what was recorded since the last call. */
	take(): Promise<{ errors: string[]; external: string[]; csp: string[] }>;
	visit(path: string, query?: string): Promise<number>;
}

/**
 * Records CSP violations, and the animation frames the page has asked for and not yet had, from
 * before any page script runs. A loop asks for its next frame inside each frame, so it always has
 * one pending; anything that draws once and stops has none left.
 */
const INIT = () => {
	const w = window as unknown as { __csp: string[]; __rafPending: Set<number> };
	w.__csp = [];
	w.__rafPending = new Set();
	document.addEventListener('securitypolicyviolation', (e) =>
		w.__csp.push(`${e.violatedDirective}: ${e.blockedURI || 'inline'} ${e.sample}`.trim())
	);
	const raf = window.requestAnimationFrame.bind(window);
	const cancel = window.cancelAnimationFrame.bind(window);
	window.requestAnimationFrame = (cb) => {
		const id = raf((t) => {
			w.__rafPending.delete(id);
			cb(t);
		});
		w.__rafPending.add(id);
		return id;
	};
	window.cancelAnimationFrame = (id) => {
		w.__rafPending.delete(id);
		cancel(id);
	};
};

async function watched(browser: Browser, options: BrowserContextOptions = {}): Promise<Watched> {
	const context = await browser.newContext({ viewport: DESKTOP, serviceWorkers: 'block', ...options });
	await context.addInitScript(INIT);
	const page = await context.newPage();
	const local = new URL(inject('baseUrl')).host;
	let errors: string[] = [];
	let external: string[] = [];
	let expect404 = false;
	page.on('console', (m) => {
		if (m.type() !== 'error') return;
		if (expect404 && /status of 404/.test(m.text())) return;
		errors.push(m.text());
	});
	page.on('pageerror', (e) => errors.push(`${e.name}: ${e.message}`));
	await context.route('**/*', (route) => {
		const u = new URL(route.request().url());
		if (u.protocol === 'data:' || u.protocol === 'blob:' || u.host === local) return route.continue();
		external.push(u.href);
		return route.abort();
	});
	return {
		context,
		page,
		get errors() {
			return errors;
		},
		get external() {
			return external;
		},
		async take() {
			const csp = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp?.splice(0) ?? []);
			const out = { errors, external, csp };
			errors = [];
			external = [];
			return out;
		},
		async visit(path, query = '') {
			expect404 = path === '/no-such-page/';
			const response = await gotoSettled(page, urlOf(path) + query);
			await revealAll(page);
			return response?.status() ?? 0;
		}
	};
}

/** Scrolls through the page (so figures loaded near the viewport load), then back to the top. */
async function revealAll(page: Page): Promise<void> {
	await page.evaluate(async () => {
		// One frame per screen, so scroll-driven parts see every position; bounded by a timer in case
		// frames stall in a busy headless browser.
		const frame = () => Promise.race([new Promise((r) => requestAnimationFrame(r)), new Promise((r) => setTimeout(r, 100))]);
		const h = window.innerHeight;
		for (let y = 0; y < document.documentElement.scrollHeight; y += h) {
			window.scrollTo(0, y);
			await frame();
		}
		window.scrollTo(0, 0);
		await frame();
		await frame();
	});
	// Figures mounted by the scroll may fetch their code: wait for it.
	await settle(page);
}

let browser: Browser;
let main: Watched;
beforeAll(async () => {
	browser = await launch();
	main = await watched(browser);
});
afterAll(async () => {
	await browser?.close();
});

async function expectClean(w: Watched, where: string) {
	const { errors, external, csp } = await w.take();
	expect(errors, `${where}: console errors`).toEqual([]);
	expect(external, `${where}: requests to another host`).toEqual([]);
	expect(csp, `${where}: CSP violations`).toEqual([]);
}

// ── 1. Links and anchors (static crawl of the build) ─────────────────────────────────────────────

function decode(s: string): string {
	return s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

function idsOf(html: string): Set<string> {
	return new Set([...html.matchAll(/\s(?:id|name)="([^"]*)"/g)].map((m) => decode(m[1])));
}

/** The file a site path is served from, as scripts/serve.mjs answers it (or undefined). */
function fileFor(pathname: string): string | undefined {
	const file = join(BUILD, decodeURIComponent(pathname));
	if (existsSync(file) && statSync(file).isFile()) return file;
	if (existsSync(join(file, 'index.html'))) return join(file, 'index.html');
	return undefined;
}

describe('links and anchors across the built site', () => {
	it('finds the pages to test', () => {
		expect(SITE_PAGES).toEqual(expect.arrayContaining([...PAGES]));
		expect(FIGURE_PAGES.length + ARTICLE_PAGES.length).toBeGreaterThan(0);
	});

	it.each(ALL_PAGES.map((p) => p.path))('every internal link, asset and anchor of %s resolves', (path) => {
		const page = html(path);
		const base = new URL(path, 'http://engram.test');
		const broken: string[] = [];
		const refs = [...page.matchAll(/\s(href|src)="([^"]*)"/g)].map((m) => decode(m[2]));
		expect(refs.length).toBeGreaterThan(0);
		for (const ref of refs) {
			if (ref === '' || /^(mailto|tel|data):/i.test(ref)) continue;
			if (/^javascript:/i.test(ref)) {
				broken.push(`${ref} (javascript: URL)`);
				continue;
			}
			const url = new URL(ref, base);
			if (url.host !== base.host) continue; // outside links (DOIs) are links, not requests
			const target = fileFor(url.pathname);
			if (!target) {
				broken.push(`${ref} -> ${url.pathname} (no such file)`);
				continue;
			}
			const fragment = decodeURIComponent(url.hash.slice(1));
			if (fragment && target.endsWith('.html') && !idsOf(readFileSync(target, 'utf8')).has(fragment)) {
				broken.push(`${ref} (no element with id "${fragment}")`);
			}
		}
		expect(broken).toEqual([]);
	});

	it.each(ALL_PAGES.map((p) => p.path))('%s carries a Content-Security-Policy meta tag with default-src self', (path) => {
		const page = html(path);
		const meta = page.match(/<meta http-equiv="content-security-policy" content="([^"]*)"/i);
		expect(meta, 'no CSP meta tag').not.toBeNull();
		const policy = decode(meta![1]);
		expect(policy).toMatch(/(^|;)\s*default-src 'self'\s*(;|$)/);
		expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
		// The meta tag only applies to what follows it: it must come before any script or style.
		const at = page.indexOf(meta![0]);
		const firstCode = page.search(/<script|<style|<link[^>]*rel="(stylesheet|modulepreload)"/);
		expect(firstCode === -1 || at < firstCode, 'CSP meta comes after a script or style').toBe(true);
	});
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
	it.each(SITE_PAGES.filter((p) => !(PAGES as readonly string[]).includes(p)))('%s: one h1, lang, title, description, CSP; no error, no other host', async (path) => {
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
	});

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

// ── 3. URL fuzzing ───────────────────────────────────────────────────────────────────────────────

interface SliderInfo {
	figure: string;
	key: string;
	min: number;
	max: number;
	step: number;
	/** Value and text shown with no query string. */
	default: number;
	text: string;
}

async function slidersOf(page: Page): Promise<SliderInfo[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll<HTMLInputElement>('figure[id] input[type="range"][data-key]')].map((input) => ({
			figure: input.closest('figure[id]')!.id,
			key: input.dataset.key!,
			min: Number(input.min),
			max: Number(input.max),
			step: Number(input.step),
			default: Number(input.value),
			text: input.getAttribute('aria-valuetext') ?? ''
		}))
	);
}

function specOf(s: SliderInfo): ParamSpec {
	return { key: s.key, label: s.key, unit: '', min: s.min, max: s.max, step: s.step, default: s.default, meaning: '' };
}

/** What url.ts promises: prefixed key first, then bare; first occurrence; strict parse; clamp + snap. */
function expected(s: SliderInfo, query: string, embedded: boolean): number {
	const q = new URLSearchParams(query);
	const names = embedded ? [s.key] : [`${s.figure}.${s.key}`, s.key];
	const name = names.find((n) => q.has(n));
	if (name === undefined) return s.default;
	const parsed = parseNumber(q.get(name));
	return parsed === undefined ? s.default : sanitize(specOf(s), parsed);
}

const MARK = 'engramPwned';
const HOSTILE: string[] = [
	'1e300',
	'-1e300',
	'99999999999999999999999999',
	'NaN',
	'Infinity',
	'-Infinity',
	'-0',
	'1e309',
	'-1e309',
	'',
	'   ',
	'0x10',
	'1,5',
	'½',
	'١٢',
	'🧠🧠',
	'\u202e42',
	'\u0000',
	`<script>window.${MARK}=1</script>`,
	`"><img src=x onerror="window.${MARK}=1">`,
	`'><svg onload=window.${MARK}=1>`,
	'javascript:alert(1)',
	'%E0%A4%A'
];
/** Long values go one per URL: with more, the URL passes the 16 kB a server accepts (Node's limit). */
const BIG = ['9'.repeat(10_240), '<b>x</b>'.repeat(600)];
/** Keys that are not parameters at all: must be ignored. */
const JUNK = [
	['__proto__', '1'],
	['constructor.prototype.polluted', '1'],
	['toString', 'x'],
	[`<script>window.${MARK}=1</script>`, '1'],
	['', '=='],
	['🧠', '🧠']
];

function enc(s: string): string {
	// Keep a malformed percent sequence malformed, encode everything else.
	return s === '%E0%A4%A' ? s : encodeURIComponent(s);
}

/**
 * Round r of hostile queries for a page: slider j of k gets HOSTILE[(r*k + j) % n] in one of four forms
 * (prefixed, bare, repeated with the hostile value first, prefixed and bare both present).
 */
function hostileQuery(sliders: SliderInfo[], round: number, embedded: boolean): string {
	const parts: string[] = JUNK.map(([k, v]) => `${enc(k)}=${enc(v)}`);
	sliders.forEach((s, j) => {
		const value = HOSTILE[(round * sliders.length + j) % HOSTILE.length];
		const form = (round + j) % 4;
		const prefixed = embedded ? s.key : `${s.figure}.${s.key}`;
		const valid = String(s.max);
		if (form === 0) parts.push(`${enc(prefixed)}=${enc(value)}`);
		else if (form === 1) parts.push(`${enc(s.key)}=${enc(value)}`);
		else if (form === 2) parts.push(`${enc(prefixed)}=${enc(value)}`, `${enc(prefixed)}=${valid}`);
		else parts.push(`${enc(s.key)}=${valid}`, `${enc(prefixed)}=${enc(value)}`);
	});
	return `?${parts.join('&')}`;
}

/** Random queries from fast-check: numbers of every kind and random strings, for random sliders. */
function randomQueries(sliders: SliderInfo[], count: number, seed: number, embedded: boolean): string[] {
	if (sliders.length === 0) return fc.sample(fc.string({ maxLength: 60, unit: 'binary' }), { numRuns: count, seed }).map((s) => `?${encodeURIComponent(s)}=${encodeURIComponent(s)}`);
	const value = fc.oneof(
		fc.double().map(String),
		fc.integer().map(String),
		fc.string({ maxLength: 40, unit: 'binary' }),
		fc.constantFrom(...HOSTILE.slice(0, 20))
	);
	const entry = fc.tuple(fc.integer({ min: 0, max: Math.max(0, sliders.length - 1) }), fc.boolean(), value);
	return fc.sample(fc.array(entry, { minLength: 1, maxLength: 3 * sliders.length + 2 }), { numRuns: count, seed }).map((entries) => {
		const parts = entries.map(([j, bare, v]) => {
			const s = sliders[j];
			const name = bare || embedded ? s.key : `${s.figure}.${s.key}`;
			return `${encodeURIComponent(name)}=${encodeURIComponent(v)}`;
		});
		return `?${parts.join('&')}`;
	});
}

interface SliderState {
	figure: string;
	key: string;
	value: number;
	text: string;
	/** Text after setting the slider to `expected` by hand: equal when the state already was. */
	textAfterSet: string;
}

/** Reads each slider, then sets it to the expected value through the UI and reads it again. */
async function readAndConfirm(page: Page, expectations: { figure: string; key: string; value: number }[]): Promise<SliderState[]> {
	return page.evaluate(async (list) => {
		const out: SliderState[] = [];
		for (const e of list) {
			const input = document.querySelector<HTMLInputElement>(`figure[id="${CSS.escape(e.figure)}"] input[type="range"][data-key="${CSS.escape(e.key)}"]`);
			if (!input) {
				out.push({ figure: e.figure, key: e.key, value: NaN, text: 'missing', textAfterSet: 'missing' });
				continue;
			}
			const text = input.getAttribute('aria-valuetext') ?? '';
			const value = Number(input.value);
			// Set it to what it shows (or to e.value when given): a consistent figure does not change.
			input.value = String(Number.isNaN(e.value) ? value : e.value);
			input.dispatchEvent(new Event('input', { bubbles: true }));
			await Promise.resolve();
			await new Promise((r) => setTimeout(r, 0));
			out.push({ figure: e.figure, key: e.key, value, text, textAfterSet: input.getAttribute('aria-valuetext') ?? '' });
		}
		return out;
	}, expectations);
}

/** Anything of the query that became markup, script or handler instead of text. */
async function injected(page: Page): Promise<string[]> {
	return page.evaluate((mark) => {
		const found: string[] = [];
		if ((window as unknown as Record<string, unknown>)[mark] !== undefined) found.push('a hostile script ran');
		if (({} as Record<string, unknown>).polluted !== undefined) found.push('Object.prototype polluted');
		for (const el of document.querySelectorAll('*')) {
			for (const a of el.attributes) {
				if (/^on/i.test(a.name)) found.push(`<${el.localName} ${a.name}="${a.value.slice(0, 60)}">`);
			}
			if ((el.localName === 'script' || el.localName === 'img' || el.localName === 'svg') && el.outerHTML.includes(mark)) {
				found.push(el.outerHTML.slice(0, 120));
			}
			if (el.localName === 'b' && el.closest('main') && !el.textContent) found.push('an empty <b> from the query');
		}
		return found;
	}, MARK);
}

describe.each(FIGURE_PAGES)('URL fuzzing on %s', (path) => {
	const embedded = path.startsWith('/embed/');
	let sliders: SliderInfo[] = [];
	let figures = 0;
	let fuzzed: Watched;

	beforeAll(async () => {
		fuzzed = await watched(browser);
		await fuzzed.visit(path);
		sliders = await slidersOf(fuzzed.page);
		figures = await fuzzed.page.locator('figure[id]').count();
		await fuzzed.take();
	});
	afterAll(async () => {
		await fuzzed?.context.close();
	});

	async function check(query: string) {
		expect(await fuzzed.visit(path, query)).toBe(200);
		const label = `${path}${query.slice(0, 200)}`;
		expect(await fuzzed.page.locator('h1').count(), `${label}: page lost its h1`).toBe(1);
		expect(await fuzzed.page.locator('figure[id]').count(), `${label}: figures missing`).toBe(figures);
		expect(await injected(fuzzed.page), label).toEqual([]);
		// Figures driven by scroll steps may preset their sliders, so the shown value is not always
		// the URL's: what must hold is a value inside the spec, on its grid, that is the figure's state.
		const got = await readAndConfirm(fuzzed.page, sliders.map((s) => ({ figure: s.figure, key: s.key, value: NaN })));
		for (let i = 0; i < sliders.length; i++) {
			const s = sliders[i];
			const where = `${label}: ${s.figure}.${s.key}`;
			expect(got[i].value, `${where} = ${got[i].value}`).toBeGreaterThanOrEqual(s.min);
			expect(got[i].value, `${where} = ${got[i].value}`).toBeLessThanOrEqual(s.max);
			expect(sanitize(specOf(s), got[i].value), `${where}: off the step grid`).toBeCloseTo(got[i].value, 9);
			expect(got[i].text, where).not.toMatch(/NaN|Infinity|undefined|null/);
			expect(got[i].text, `${where}: the figure's state differs from what its slider shows`).toBe(got[i].textAfterSet);
		}
		// Where no step presets them (embeds), the sliders show exactly what url.ts promises.
		if (embedded) {
			for (let i = 0; i < sliders.length; i++) {
				const want = expected(sliders[i], query.slice(1), embedded);
				expect(got[i].value, `${label}: ${sliders[i].key} shows ${got[i].value}, expected ${want}`).toBeCloseTo(want, 9);
			}
		}
		await expectClean(fuzzed, label);
	}

	it('finds the sliders of every figure on the page', () => {
		expect(sliders.length).toBeGreaterThanOrEqual(rangesIn(path));
		for (const s of sliders) {
			expect(s.min, `${s.figure}.${s.key}`).toBeLessThan(s.max);
			expect(s.text, `${s.figure}.${s.key}`).not.toMatch(/NaN|Infinity|undefined/);
		}
	});

	// Each check loads the page afresh; on a slow machine a page with many figures takes seconds.
	const FUZZ_TIMEOUT = 150_000;

	it('survives hostile values (huge, NaN, Infinity, -0, 1e309, empty, repeated, unicode, markup, 10 kB)', { timeout: FUZZ_TIMEOUT }, async () => {
		// Enough rounds for every hostile value to reach some slider on article pages (at most 4);
		// embeds run the same code with bare keys, so one round there.
		const rounds = Math.ceil(HOSTILE.length / Math.max(1, sliders.length));
		for (let r = 0; r < Math.min(rounds, embedded ? 1 : 4); r++) await check(hostileQuery(sliders, r, embedded));
	});

	// Embeds read their query with the same code as article pages (bare keys, which the hostile
	// round above covers): random queries and 10 kB values once per article page are enough.
	if (embedded) return;

	it('survives random query strings (fast-check, fixed seed)', { timeout: FUZZ_TIMEOUT }, async () => {
		for (const query of randomQueries(sliders, 1, 8, embedded)) await check(query);
	});

	it('survives 10 kB values, hostile fragments and a query with nothing but junk', { timeout: FUZZ_TIMEOUT }, async () => {
		// The numeric 10 kB value under the figure's prefixed key, the markup one under the bare key.
		const s = sliders[0];
		const prefixed = !s ? 'x' : `${s.figure}.${s.key}`;
		await check(`?${encodeURIComponent(prefixed)}=${encodeURIComponent(BIG[0])}`);
		await check(`?${encodeURIComponent(s ? s.key : 'x')}=${encodeURIComponent(BIG[1])}`);
		await check(`?${'a'.repeat(4_000)}=${'b'.repeat(6_240)}`);
		expect(await fuzzed.visit(path, `#${encodeURIComponent(`<img src=x onerror=window.${MARK}=1>`)}`)).toBe(200);
		expect(await injected(fuzzed.page)).toEqual([]);
		await expectClean(fuzzed, `${path}#hostile`);
	});
});

// ── 4. Keyboard-only walk ────────────────────────────────────────────────────────────────────────

interface Stop {
	index: number;
	tag: string;
	name: string;
	visible: boolean;
	focusStyle: boolean;
	obscured: boolean;
}

describe.each(['/', ...ARTICLE_PAGES])('keyboard-only walk of %s', (path) => {
	it('reaches every control with Tab, in document order, with visible focus', async () => {
		await main.visit(path);
		const expectedControls = await main.page.evaluate(() => {
			const all = [...document.querySelectorAll('*')];
			(window as unknown as { __order: Element[] }).__order = all;
			const sel =
				'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
			return [...document.querySelectorAll<HTMLElement>(sel)]
				.filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden' && !el.closest('[inert]'))
				// A radio group is one Tab stop (arrow keys move inside it): its checked radio, or its first.
				.filter((el) => {
					if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || !el.name) return true;
					const group = [...document.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter((r) => r.name === el.name && r.form === el.form);
					return el === (group.find((r) => r.checked) ?? group[0]);
				})
				.map((el) => all.indexOf(el));
		});
		const positive = await main.page.locator('[tabindex]:not([tabindex="-1"]):not([tabindex="0"])').count();
		expect(positive, 'elements with a positive tabindex').toBe(0);

		const stops: Stop[] = [];
		const limit = expectedControls.length + 15;
		for (let i = 0; i < limit; i++) {
			await main.page.keyboard.press('Tab');
			const stop = await main.page.evaluate(() => {
				const el = document.activeElement as HTMLElement | null;
				if (!el || el === document.body) return null;
				const order = (window as unknown as { __order: Element[] }).__order;
				const cs = getComputedStyle(el);
				const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
				const ring = cs.boxShadow !== 'none';
				const r = el.getBoundingClientRect();
				const cx = Math.min(window.innerWidth - 1, Math.max(0, r.left + r.width / 2));
				const cy = Math.min(window.innerHeight - 1, Math.max(0, r.top + r.height / 2));
				const hit = document.elementFromPoint(cx, cy);
				return {
					index: order.indexOf(el),
					tag: el.localName,
					name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40) || el.id,
					visible: r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < window.innerHeight,
					focusStyle: outline || ring,
					obscured: !!hit && hit !== el && !el.contains(hit) && !hit.contains(el) && !(el.localName === 'input' && hit.closest('label')?.htmlFor === el.id)
				};
			});
			if (!stop) break; // focus left the document: the walk wrapped
			if (stops.length && stop.index === stops[0].index) break;
			if (stops.length && stop.index === stops.at(-1)!.index) continue; // inside an iframe or widget
			stops.push(stop);
		}

		expect(stops.length, 'Tab reached nothing').toBeGreaterThan(0);
		expect(stops[0].name, 'the first Tab stop is the skip link').toMatch(/skip/i);
		const reached = new Set(stops.map((s) => s.index));
		const missed = expectedControls.filter((i) => !reached.has(i));
		const names = await main.page.evaluate(
			(list) => list.map((i) => { const el = (window as unknown as { __order: Element[] }).__order[i]; return `${el.localName}#${el.id}.${el.className} "${(el.textContent ?? '').trim().slice(0, 30)}"`; }),
			missed
		);
		expect(names, `${missed.length} focusable elements never reached with Tab`).toEqual([]);
		for (let i = 1; i < stops.length; i++) {
			expect(stops[i].index, `Tab went backwards: "${stops[i - 1].name}" -> "${stops[i].name}"`).toBeGreaterThan(stops[i - 1].index);
		}
		const noRing = stops.filter((s) => !s.focusStyle).map((s) => `${s.tag} "${s.name}"`);
		expect(noRing, 'focused without a visible focus indicator').toEqual([]);
		const offscreen = stops.filter((s) => !s.visible).map((s) => `${s.tag} "${s.name}"`);
		expect(offscreen, 'focused but not scrolled into view').toEqual([]);
		const hidden = stops.filter((s) => s.obscured).map((s) => `${s.tag} "${s.name}"`);
		expect(hidden, 'focused but covered by something else').toEqual([]);
		await expectClean(main, `${path} keyboard walk`);
	});

	it('moves every slider with the arrow keys', async () => {
		await main.visit(path);
		const sliders = main.page.locator('figure[id] input[type="range"]');
		const n = await sliders.count();
		for (let i = 0; i < n; i++) {
			const s = sliders.nth(i);
			await s.focus();
			const before = await s.inputValue();
			const atMax = (await s.evaluate((el: HTMLInputElement) => el.value === el.max)) as boolean;
			await main.page.keyboard.press(atMax ? 'ArrowLeft' : 'ArrowRight');
			expect(await s.inputValue(), `slider ${i} did not move`).not.toBe(before);
		}
		await expectClean(main, `${path} arrow keys`);
	});
});

// ── 5. Reduced motion ────────────────────────────────────────────────────────────────────────────

describe('prefers-reduced-motion: reduce', () => {
	let w: Watched;
	beforeAll(async () => {
		w = await watched(browser, { reducedMotion: 'reduce', viewport: PHONE });
	});
	afterAll(async () => {
		await w?.context.close();
	});

	it.each(['/', ...ARTICLE_PAGES, ...EMBEDS])('%s: no animated transitions, no animation loop, all content reachable', async (path) => {
		await w.visit(path);
		const report = await w.page.evaluate(async () => {
			const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
			const moving = new Set<string>();
			const noteAnimations = () => {
				for (const a of document.getAnimations()) {
					const t = a.effect?.getComputedTiming();
					const long = t && (t.iterations === Infinity || Number(t.duration ?? 0) * Number(t.iterations ?? 1) > 20);
					if (a.playState === 'running' && long) {
						const target = (a.effect as KeyframeEffect | null)?.target as Element | null;
						const name = (a as CSSAnimation).animationName ?? (a as CSSTransition).transitionProperty ?? 'script animation';
						moving.add(`${target?.localName}.${target?.className}: ${name}`);
					}
				}
			};
			const smooth = getComputedStyle(document.documentElement).scrollBehavior === 'smooth';
			// Walk down the page a screen at a time, noting any animation and anything still invisible.
			const faint = new Set<string>();
			const h = window.innerHeight;
			for (let y = 0; y < document.documentElement.scrollHeight; y += h * 0.8) {
				window.scrollTo(0, y);
				await frame();
				await frame();
				noteAnimations();
				for (const el of document.querySelectorAll<HTMLElement>('main p, main h2, main h3, main li, main figcaption, main .step, main canvas')) {
					const r = el.getBoundingClientRect();
					if (r.height === 0 || r.bottom < 0 || r.top > h) continue;
					let opacity = 1;
					for (let e: HTMLElement | null = el; e; e = e.parentElement) opacity *= Number(getComputedStyle(e).opacity);
					if (opacity < 0.3 || getComputedStyle(el).visibility === 'hidden') faint.add(`${el.localName}: ${(el.textContent ?? '').trim().slice(0, 50)}`);
				}
			}
			// Step through every scrolly with its buttons: each step must become active.
			const stuck: string[] = [];
			for (const nav of document.querySelectorAll<HTMLElement>('.step-nav')) {
				const next = [...nav.querySelectorAll('button')].at(-1) as HTMLButtonElement | undefined;
				const where = nav.querySelector('.where');
				let guard = 0;
				while (next && !next.disabled && guard++ < 40) {
					const before = where?.textContent;
					next.click();
					await frame();
					await frame();
					noteAnimations();
					if (where?.textContent === before) {
						stuck.push(`${before} did not advance`);
						break;
					}
				}
			}
			return { moving: [...moving], faint: [...faint], stuck, smooth };
		});
		expect(report.smooth, 'html has scroll-behavior: smooth').toBe(false);
		expect(report.moving, 'animations running').toEqual([]);
		expect(report.faint, 'content left invisible').toEqual([]);
		expect(report.stuck).toEqual([]);
		// Left alone, the page stops asking for frames: an animation loop never does.
		const pending = () => w.page.evaluate(() => (window as unknown as { __rafPending: Set<number> }).__rafPending.size);
		await expect.poll(pending, { message: 'an animation loop keeps running', timeout: 5_000 }).toBe(0);
		await expectClean(w, `${path} reduced motion`);
	});
});
