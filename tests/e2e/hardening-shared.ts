/**
 * Shared by the hardening-*.test.ts files, which try to break the built site. Everything is
 * discovered, so new pages, figures and embeds are covered without new code:
 *   - pages: every index.html in the build (articles, about, home, /embed/<slug>/<figure>/ ...);
 *   - figures and their parameters: every <figure id> on a page and its sliders
 *     (<input type="range" data-key>, whose min/max/step mirror the ParamSpec).
 * Here: what the build holds, and browser pages that record everything that goes wrong (console
 * errors, requests to another host, CSP violations, animation frames asked for).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { DESKTOP, gotoSettled, recordExternal, settle, urlOf } from './harness';
import { SLUGS } from '../../src/lib/articles';

// ── What the build holds ─────────────────────────────────────────────────────────────────────────

export const BUILD = inject('buildDir');

/** Every prerendered page as a site path ("/", "/about/", "/embed/x/y/"), plus its file. */
export function builtPages(dir = BUILD, rel = ''): { path: string; file: string }[] {
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

export const ALL_PAGES = builtPages();
/** A page's language, from its path: /es/… is Spanish, the rest English. */
export const langOf = (path: string) => (/^\/es\//.test(path) ? 'es' : 'en');
/** Embed pages (/embed/… and a translation's /es/embed/…). */
export const isEmbed = (path: string) => /^\/(?:es\/)?embed\//.test(path);
export const EMBEDS = ALL_PAGES.filter((p) => isEmbed(p.path)).map((p) => p.path);
export const SITE_PAGES = ALL_PAGES.filter((p) => !isEmbed(p.path)).map((p) => p.path);
export const html = (path: string) => readFileSync(join(BUILD, path, 'index.html'), 'utf8');
export const ARTICLE_PAGES = SLUGS.map((slug) => `/${slug}/`).filter((p) => SITE_PAGES.includes(p));
/** Range inputs in a page's prerendered HTML (figures loaded later add more). */
export const rangesIn = (path: string) => html(path).match(/type="range"/g)?.length ?? 0;
/** Pages whose URL we fuzz: every article, and every embed with a slider. */
export const FIGURE_PAGES = [...ARTICLE_PAGES, ...EMBEDS.filter((p) => rangesIn(p) > 0)];

// ── Pages that record everything that goes wrong ─────────────────────────────────────────────────

export interface Watched {
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

export async function watched(browser: Browser, options: BrowserContextOptions = {}): Promise<Watched> {
	const context = await browser.newContext({ viewport: DESKTOP, serviceWorkers: 'block', ...options });
	await context.addInitScript(INIT);
	const page = await context.newPage();
	let errors: string[] = [];
	// Emptied in place by take(): the list recordExternal fills.
	const external = recordExternal(context);
	let expect404 = false;
	page.on('console', (m) => {
		if (m.type() !== 'error') return;
		if (expect404 && /status of 404/.test(m.text())) return;
		errors.push(m.text());
	});
	page.on('pageerror', (e) => errors.push(`${e.name}: ${e.message}`));
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
			const out = { errors, external: external.splice(0), csp };
			errors = [];
			return out;
		},
		async visit(path, query = '') {
			expect404 = path.endsWith('/no-such-page/');
			const response = await gotoSettled(page, urlOf(path) + query, { hydrate: true });
			await revealAll(page);
			return response?.status() ?? 0;
		}
	};
}

/** Scrolls through the page (so figures loaded near the viewport load), then back to the top. */
export async function revealAll(page: Page): Promise<void> {
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

export async function expectClean(w: Watched, where: string) {
	const { errors, external, csp } = await w.take();
	expect(errors, `${where}: console errors`).toEqual([]);
	expect(external, `${where}: requests to another host`).toEqual([]);
	expect(csp, `${where}: CSP violations`).toEqual([]);
}
