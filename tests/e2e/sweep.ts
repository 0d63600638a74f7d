/**
 * The per-page sweep: every built page is loaded once, and every check that only reads a page runs on
 * that one load, in each look the page must pass (viewport and colour scheme switched in place, without
 * a reload): structure (one h1, lang, title, description, CSP), console errors, requests to another
 * host, CSP violations, axe-core, no horizontal scrolling, and the checks of its kind (an embed shows its
 * figure alone; an article shows every registered figure under its id).
 *
 * The pages are discovered from the build (hardening-shared.ts), so new pages (the Spanish ones under
 * /es/) are swept without new code. A check every page must pass goes into `CHECKS` below (one
 * function, run on the page's one load); a check for some pages only goes into its kind's list.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, PHONE, axe, describeViolations, frames, gotoSettled, settle, tab, urlOf, type AxeOptions } from './harness';
import { findEnglish } from './english-detector';
import { watchStuck } from './stuck';
import { HEIGHT_SLACK, NARROW, UPDATE_HEIGHTS, steadyHeight } from './embeds';
import { REFERENCE_WIDTH, embedHeight } from '../../src/lib/lms/embed-heights';
import { ALL_PAGES, BUILD, expectClean, langOf, watched, type Watched } from './hardening-shared';
import { FIGURES } from '../../src/lib/figures/registry';
import { SLUGS, isSlug } from '../../src/lib/articles';
import en from '../../messages/en.json';
import es from '../../messages/es.json';

/** A message as the page at `path` says it (its language from the path). */
const said = (path: string, key: 'embed_open_full' | 'notfound_heading'): string => ({ en, es })[langOf(path) as 'en' | 'es'][key];
const named = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');

export interface Look {
	name: string;
	viewport: { width: number; height: number };
	colorScheme: 'light' | 'dark';
	/**
	 * Which axe rules: all of them, or only the rules that read colours. A look that differs from an
	 * earlier one of the same page only in its colour scheme needs only the colour rules: dark mode
	 * changes colour variables and nothing else (app.css, the palette tokens), so every other rule
	 * sees the same DOM and layout and would give the same answer.
	 */
	axe: 'all' | 'colour';
}

const LIGHT_DESKTOP: Look = { name: 'light, desktop', viewport: DESKTOP, colorScheme: 'light', axe: 'all' };
const DARK_PHONE: Look = { name: 'dark, phone', viewport: PHONE, colorScheme: 'dark', axe: 'all' };
const DARK_DESKTOP: Look = { name: 'dark, desktop', viewport: DESKTOP, colorScheme: 'dark', axe: 'colour' };
const LIGHT_PHONE: Look = { name: 'light, phone', viewport: PHONE, colorScheme: 'light', axe: 'colour' };
/** The narrowest width an embed promises (the snippet's min-width), dark. */
const DARK_NARROW: Look = { name: 'dark, 280 px', viewport: NARROW, colorScheme: 'dark', axe: 'all' };
/** A translated page in two looks with every rule: both widths, both colour schemes between them. */
const LIGHT_PHONE_ALL: Look = { ...LIGHT_PHONE, axe: 'all' };
const DARK_DESKTOP_ALL: Look = { ...DARK_DESKTOP, axe: 'all' };

/**
 * The looks each kind of page is checked in, in order (the first is the one it loads in). A Spanish
 * page has the same markup, styles and colours as its English twin (the sweep checks the English one
 * in every look); only its words differ, and with them line breaks and widths. So it gets fewer
 * looks: two for a site page (every rule, phone and desktop, light and dark between them) and one for
 * an embed (every rule at its narrowest width, where longer words would overflow first).
 */
export const LOOKS = {
	site: [LIGHT_DESKTOP, DARK_PHONE, DARK_DESKTOP, LIGHT_PHONE],
	// Embeds: a phone (light) and the narrowest width an embed promises (dark), every rule in both. No
	// desktop look: an embed's figure is the article's own component, which the site sweep checks at
	// desktop width in both schemes; what is the embed's own (its narrow layout, its frame) is here.
	embed: [LIGHT_PHONE_ALL, DARK_NARROW],
	missing: [LIGHT_DESKTOP, DARK_PHONE]
} satisfies Record<string, Look[]>;
const TRANSLATED_LOOKS: Record<keyof typeof LOOKS, Look[]> = {
	site: [LIGHT_PHONE_ALL, DARK_DESKTOP_ALL],
	embed: [DARK_NARROW],
	missing: [DARK_PHONE]
};

/**
 * An English site page whose Spanish twin is swept needs only its two looks with every rule: the twin,
 * with the same markup and colours, is checked in the other two combinations of width and colour
 * scheme (light phone, dark desktop) with every rule, so between them all four are covered.
 */
const WITH_TWIN: Look[] = [LIGHT_DESKTOP, DARK_PHONE];
const hasTwin = (path: string) => ALL_PAGES.some((p) => p.path === `/es${path}`);

/** The looks a page at `path` is checked in. */
export function looksOf(path: string, kind: Kind): Look[] {
	if (langOf(path) !== 'en') return TRANSLATED_LOOKS[kind];
	return kind === 'site' && hasTwin(path) ? WITH_TWIN : LOOKS[kind];
}

export type Kind = keyof typeof LOOKS;

const COLOUR_RULES: AxeOptions = { runOnly: { type: 'rule', values: ['color-contrast', 'link-in-text-block'] } };

/** One page as the sweep sees it. */
export interface Swept {
	path: string;
	kind: Kind;
	w: Watched;
	page: Page;
	status: number;
}

type Check = (s: Swept) => Promise<void>;

/** Checks every page passes, on its one load (in its first look). */
const CHECKS: Check[] = [
	async ({ path, kind, page }) => {
		const info = await page.evaluate(() => ({
			h1: document.querySelectorAll('h1').length,
			lang: document.documentElement.lang,
			title: document.title,
			description: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
			csp: document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? ''
		}));
		expect(info.h1, `${path}: h1 count`).toBe(1);
		expect(info.lang, path).toBe(langOf(path));
		expect(info.title.length, `${path}: title`).toBeGreaterThan(5);
		expect(info.csp, `${path}: CSP`).toContain("default-src 'self'");
		if (kind !== 'missing') expect(info.description.length, `${path}: description`).toBeGreaterThan(30);
	}
];

/**
 * Checks of a translated page, on the same load: it names both versions (hreflang, x-default
 * English), links only to pages in its language (the language switcher aside), shows no English
 * outside titles, journals and citations (english-detector.ts), and every reported number has its
 * tooltip (in the page's language: the detector reads tooltips too).
 */
const TRANSLATED_CHECKS: Check[] = [
	async ({ path, kind, page }) => {
		const alternates = await page.$$eval('link[rel="alternate"][hreflang]', (links) =>
			Object.fromEntries(links.map((l) => [l.getAttribute('hreflang'), (l as HTMLLinkElement).href]))
		);
		const english = path.replace(/^\/es\//, '/');
		if (kind !== 'missing') {
			expect(alternates.es, `${path}: hreflang es`).toBe(new URL(urlOf(path)).href);
			expect(alternates.en, `${path}: hreflang en`).toBe(new URL(urlOf(english)).href);
			expect(alternates['x-default'], `${path}: x-default`).toBe(alternates.en);
		}
		const base = new URL(urlOf('/'));
		const hrefs = await page.$$eval('a[href]:not([hreflang])', (links) => links.map((a) => (a as HTMLAnchorElement).href));
		const elsewhere = hrefs.filter((h) => {
			const u = new URL(h);
			if (u.origin !== base.origin || /\.[a-z0-9]+$/i.test(u.pathname)) return false;
			return !u.pathname.startsWith(`${base.pathname}${langOf(path)}/`);
		});
		expect([...new Set(elsewhere)], `${path}: links to pages in another language`).toEqual([]);
		const found = await findEnglish(page);
		expect(found, `English on ${path}:\n${found.join('\n')}`).toEqual([]);
		expect(await page.locator('.fact:not([title])').count(), `${path}: numbers without a tooltip`).toBe(0);
	}
];

/** The missing address the sweep also opens under the sub-path (one more load, in a page of its own). */
const SUB_PATH_MISS = '/astrocytes-fear-extinction/no-such-page/';

/**
 * The links (href and src) on `page` that lead to nothing in the build, for a site served at `base`:
 * a page's folder must be a built page, any other file must exist. Links within the page ("#main")
 * and to other hosts aside.
 */
async function deadLinks(page: Page, base: string): Promise<string[]> {
	const links = await page.evaluate(() =>
		[...document.querySelectorAll('[href], [src]')].flatMap((el) =>
			['href', 'src']
				.map((attr) => el.getAttribute(attr))
				.filter((v): v is string => v !== null && !v.startsWith('#'))
				.map((v) => ({ written: v, url: new URL(v, document.baseURI).href }))
		)
	);
	const root = new URL(base);
	const pages = new Set(ALL_PAGES.map((p) => p.path));
	return links
		.filter(({ url }) => {
			const u = new URL(url);
			if (u.origin !== root.origin) return false;
			if (!u.pathname.startsWith(root.pathname)) return true;
			const rest = decodeURIComponent(u.pathname.slice(root.pathname.length));
			return rest === '' || rest.endsWith('/') ? !pages.has(`/${rest}`) : !existsSync(join(BUILD, rest));
		})
		.map(({ written, url }) => `${written} -> ${url}`);
}

/** Checks for one kind of page, on the same load. */
const KIND_CHECKS: Record<Kind, Check[]> = {
	site: [
		// No sentence of the prose is cut in two: text outside any paragraph, list item or heading. A
		// source line that starts with a glossary term (<Term>) inside a paragraph ended the paragraph
		// there, and the rest of the sentence stood outside it, without its spacing.
		async ({ path, page }) => {
			const loose = await page.evaluate(() => {
				const blocks =
					'p, li, dt, dd, td, th, h1, h2, h3, h4, h5, h6, figcaption, caption, blockquote, summary, legend, label, pre, .callout';
				const out: string[] = [];
				for (const area of Array.from(document.querySelectorAll('.prose'))) {
					const walker = document.createTreeWalker(area, NodeFilter.SHOW_TEXT);
					for (let n = walker.nextNode(); n; n = walker.nextNode()) {
						const text = n.textContent?.trim() ?? '';
						const parent = n.parentElement;
						if (!text || !parent || parent.closest(blocks) || parent.closest('figure, svg, button, nav, .bubble, [hidden]')) continue;
						out.push(text.slice(0, 60));
					}
				}
				return out;
			});
			expect(loose, `${path}: prose text outside any paragraph`).toEqual([]);
		},
		// An article shows each registered figure under its id (embeds and shared links point there).
		async ({ path, page }) => {
			const slug = path.replace(/^\/(?:es\/)?/, '').slice(0, -1);
			if (!isSlug(slug)) return;
			for (const figure of FIGURES[slug]) {
				expect(await page.locator(`[id="${figure.id}"]`).count(), `${path}: figure #${figure.id}`).toBe(1);
			}
		}
	],
	embed: [
		// Alone: no site chrome, its figure under its id, a way to the full explainer.
		async ({ path, page }) => {
			const id = path.split('/').at(-2)!;
			expect(await page.locator('.site-header, .site-footer').count(), `${path}: site chrome`).toBe(0);
			expect(await page.locator(`[id="${id}"]`).count(), `${path}: #${id}`).toBe(1);
			expect(await page.getByRole('link', { name: named(said(path, 'embed_open_full')) }).count(), `${path}: explainer link`).toBe(1);
		},
		// Prerendered as it opens: once live, with no settings in the address, its sliders hold the values
		// the prerendered page (picture, summary, settings line) was made with (a step-by-step figure: its
		// first step's, not the spec's defaults). Read from the built file: no page load.
		async ({ path, page }) => {
			if (new URL(page.url()).search) return;
			await page.locator('figure.figure[data-live]').waitFor();
			const read = (html: string) =>
				[...html.matchAll(/<input[^>]*\btype="range"[^>]*>/g)].map(
					(m) => `${/data-key="([^"]*)"/.exec(m[0])?.[1]}=${/\bvalue="([^"]*)"/.exec(m[0])?.[1]}`
				);
			const live = await page.$$eval('figure.figure input[type="range"][data-key]', (inputs) =>
				inputs.map((i) => `${i.getAttribute('data-key')}=${(i as HTMLInputElement).value}`)
			);
			expect(live, `${path}: live sliders vs prerendered`).toEqual(read(readFileSync(join(BUILD, path, 'index.html'), 'utf8')));
		}
	],
	missing: [
		// It says so, and links back to every explainer.
		async ({ path, page }) => {
			expect(await page.locator('h1').textContent()).toContain(said(path, 'notfound_heading'));
			const hrefs = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
			for (const slug of SLUGS)
				expect(
					hrefs.some((h) => h?.includes(slug)),
					slug
				).toBe(true);
		},
		// At any depth, once its script has found the site's root, every link (header, articles, home,
		// language switch, favicon) leads to something the build has; under a sub-path too.
		async ({ path, page }) => {
			expect(await deadLinks(page, urlOf('/')), `${path}: links to nothing`).toEqual([]);
			if (path !== SUB_PATH_MISS) return;
			const base = inject('subPathUrl');
			// A tab of another context: the sweep's counts requests to any other port as another host.
			const { page: sub, close } = await tab(page.context().browser()!);
			try {
				const response = await gotoSettled(sub, urlOf(path, base), { hydrate: true });
				expect(response?.status(), `${path} under ${base}: HTTP status`).toBe(404);
				expect(await deadLinks(sub, base), `${path} under ${base}: links to nothing`).toEqual([]);
			} finally {
				await close();
			}
		}
	]
};

/** Checks a page must pass in every look (after the switch). */
/**
 * No button's label is wider than the button: it would run into the next one or be cut (a row of four
 * step tiles in Spanish on a phone did both).
 */
async function labelsFit({ page }: Swept, look: Look): Promise<void> {
	const over = await page.evaluate(() =>
		Array.from(document.querySelectorAll<HTMLElement>('button, summary'))
			.filter((e) => e.offsetParent !== null && e.scrollWidth > e.clientWidth + 1)
			.map((e) => `"${e.textContent?.trim().slice(0, 40)}" ${e.scrollWidth} > ${e.clientWidth} px`)
	);
	expect(over, `${look.name}: labels wider than their button`).toEqual([]);
}

const LOOK_CHECKS: Record<Kind, ((s: Swept, look: Look) => Promise<void>)[]> = {
	site: [labelsFit],
	embed: [
		labelsFit,
		// Once its charts have loaded and sized themselves, nothing is wider than the frame.
		async ({ page }, look) => {
			await expect
				.poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), {
					message: `${look.name}: horizontal scrolling (px)`
				})
				.toBeLessThanOrEqual(0);
		}
	],
	missing: []
};

/** A browser page that sweeps pages one after another (one per test file, reused for every page). */
export async function sweeper(browser: Browser): Promise<Watched> {
	return watched(browser, { viewport: DESKTOP, colorScheme: 'light' });
}

/**
 * Bad query values for the figures on a translated page (every /es/ page is swept with them, so the
 * same checks hold there on a fuzzed address as on a clean English one; hardening-fuzz.test.ts fuzzes
 * the English articles and every embed at length): each figure's first setting not a number, its second
 * out of range, a key no figure has, and markup.
 */
export function badQuery(path: string): string {
	if (langOf(path) === 'en') return '';
	const [slug, figureId] = path.replace(/^\/es\/(?:embed\/)?/, '').split('/');
	const figures = isSlug(slug) ? FIGURES[slug].filter((f) => !figureId || f.id === figureId) : [];
	const pairs = figures.flatMap((f) => f.spec.slice(0, 2).map((p, i) => `${f.id}.${p.key}=${i ? '1e309' : 'NaN'}`));
	return `?${[...pairs, 'nope.key=1', 'bad=%3Cb%3Ex%3C%2Fb%3E'].join('&')}`;
}

/** Loads `path` in `kind`'s first look and runs the load-time checks. */
export async function load(w: Watched, path: string, kind: Kind): Promise<Swept> {
	const [first] = looksOf(path, kind);
	// The visit watches itself (gotoSettled); the switch before it is watched here.
	await watchStuck(w.page, `switching to ${first.name} before opening ${path}`, async () => {
		await w.page.setViewportSize(first.viewport);
		await w.page.emulateMedia({ colorScheme: first.colorScheme });
	});
	const status = await w.visit(path, badQuery(path));
	const s: Swept = { path, kind, w, page: w.page, status };
	expect(status, `${path}: HTTP status`).toBe(kind === 'missing' ? 404 : 200);
	const translated = langOf(path) === 'en' ? [] : TRANSLATED_CHECKS;
	for (const check of [...CHECKS, ...KIND_CHECKS[kind], ...translated]) await check(s);
	return s;
}

/** Switches the page to `look` (no reload) and runs axe and the per-look checks there. */
export async function checkLook(s: Swept, look: Look): Promise<void> {
	await watchStuck(s.page, `checking ${s.path} in ${look.name}`, () => checkLookOnce(s, look));
}

async function checkLookOnce(s: Swept, look: Look): Promise<void> {
	const { page } = s;
	const size = page.viewportSize();
	if (size?.width !== look.viewport.width || size.height !== look.viewport.height) await page.setViewportSize(look.viewport);
	await page.emulateMedia({ colorScheme: look.colorScheme });
	// Charts resize and recolour a frame or two after the change; a resized figure may load code.
	await frames(page, 3);
	await settle(page);
	// Colours that fade (CSS transitions on background-color) must have arrived before axe reads them.
	await page.evaluate(async () => {
		const fading = document.getAnimations().filter((a) => a instanceof CSSTransition);
		const done = Promise.all(fading.map((a) => a.finished.catch(() => null)));
		await Promise.race([done, new Promise((r) => setTimeout(r, 5_000))]);
	});
	for (const check of LOOK_CHECKS[s.kind]) await check(s, look);
	const violations = await axe(page, look.axe === 'colour' ? COLOUR_RULES : undefined);
	expect(violations, `${s.path}, ${look.name}:\n${describeViolations(violations)}`).toEqual([]);
}

/**
 * An English embed at the snippet's reference width, once its looks are done: it offers its data as
 * CSV when it has a data table, and its content fits the height the snippet is given
 * (lms/embed-heights.json; lms-embeds.test.ts checks the locked and predicting states, and rewrites
 * the table with UPDATE_EMBED_HEIGHTS=1, when this comparison is left out).
 */
export async function checkSnippetHeight(s: Swept): Promise<void> {
	const { page, path } = s;
	const [slug, figureId] = path.replace(/^\/embed\//, '').split('/');
	await page.setViewportSize({ width: REFERENCE_WIDTH, height: 2400 });
	await page.emulateMedia({ colorScheme: 'light' });
	const h = await steadyHeight(page);
	const hasTable = (await page.getByRole('button', { name: 'Show data' }).count()) > 0;
	if (hasTable) expect(await page.locator('button.csv').count(), `${path}: a data table and no Download CSV`).toBeGreaterThan(0);
	if (UPDATE_HEIGHTS) return;
	const want = embedHeight(slug, figureId);
	expect(h, `${path}: content ${h} px, snippet ${want} px (run UPDATE_EMBED_HEIGHTS=1 on lms-embeds.test.ts)`).toBeLessThanOrEqual(want);
	expect(want - h, `${path}: content ${h} px, snippet ${want} px, more than ${HEIGHT_SLACK} px to spare`).toBeLessThanOrEqual(HEIGHT_SLACK);
}

/** After every look: nothing went wrong on the page the whole time. */
export async function checkClean(s: Swept): Promise<void> {
	await expectClean(s.w, s.path);
}
