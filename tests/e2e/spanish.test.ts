/**
 * The Spanish site (/es/…): every page loads in Spanish, says so (<html lang="es">, hreflang
 * alternates), keeps its links in Spanish, passes axe, and shows no English outside the reference
 * list. One load per page for all of that; then a few journeys (the language switcher there and
 * back with the reader's settings, a slider that redraws, the 404, a sub-path).
 *
 * "No English": every text node (hidden ones too: closed glossary bubbles, print-only lines, a
 * collapsed data table) and accessible name (aria-label, title, alt, placeholder, aria-valuetext) on
 * the page, outside elements marked with another language (lang="en": the switcher's "English", a
 * paper's title and journal), citations, DOI links and code, is checked against (1) the English
 * message values that differ from their Spanish ones, and the seeds' English words (fact labels:
 * the numbers' tooltips; places in the paper; sample notes; reference notes), (2) a short list of
 * common English words that are not Spanish words, and (3) a number written with a decimal point
 * ("P = 0.0048": a seed's display that skipped fact-text.ts). What it finds is listed by page.
 * The reference list is checked like the rest (its lead, note and download links are Spanish).
 * A journey then changes a slider, opens "Show data" and emulates print on one article, and runs the
 * same check again on what only appears then (live read-outs, the point-by-point tables, settings
 * in words for paper).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ARTICLES, SLUGS } from '../../src/lib/articles';
import { FIGURES } from '../../src/lib/figures/registry';
import { axe, describeViolations, drawnSignature, gotoSettled, launch, open, setSlider, urlOf, type OpenPage } from './harness';

/**
 * Pages whose English check is expected to fail (it.fails). Empty since issue 16's branches merged:
 * every Spanish page must pass; a page put back here must say why.
 */
const PENDING_UNTIL_MERGE = new Set<string>([]);

/** Pages whose links check is expected to fail. Empty: the page prose links with localHref. */
const LINKS_PENDING_UNTIL_MERGE = new Set<string>([]);

/** Every Spanish page: the site's pages, the four explainers, and one embed per explainer. */
const ES_PAGES = [
	'/es/',
	'/es/about/',
	'/es/teach/',
	'/es/lab/spiking/',
	...SLUGS.map((s) => `/es/${s}/`),
	...SLUGS.map((s) => `/es/embed/${s}/${FIGURES[s][0].id}/`)
];

/** Allowed as they are in Spanish text: names, units, formats. Checked word by word (lowercase). */
const ALLOWED = new Set(['engram', 'bibtex', 'ris', 'csv', 'doi', 'mit', 'scorm', 'lti', 'canvas', 'moodle', 'et', 'al']);

/** Common English words that are not Spanish words (so "a", "no", "red", "once", "has" are not here). */
const ENGLISH_WORDS = [
	'the',
	'and',
	'of',
	'with',
	'is',
	'are',
	'this',
	'that',
	'these',
	'those',
	'to',
	'from',
	'for',
	'what',
	'which',
	'when',
	'where',
	'how',
	'it',
	'its',
	'by',
	'on',
	'at',
	'an',
	'be',
	'was',
	'were',
	'have',
	'not',
	'or',
	'into',
	'than',
	'then',
	'each',
	'every',
	'you',
	'your',
	'we',
	'our',
	'will',
	'would',
	'should',
	'show',
	'shows',
	'hide',
	'read',
	'more',
	'between',
	'during',
	'after',
	'before',
	'only',
	'same',
	'memory',
	'fear',
	'learning',
	'imaging',
	'retrieval',
	'neurons',
	'trials',
	'block',
	'study',
	'results',
	'methods',
	'supplement',
	'essay',
	'anonymous',
	'erratum',
	'none',
	'source',
	'printed',
	'close',
	'next',
	'previous',
	'page',
	'about',
	'teachers',
	'explainer',
	'explainers',
	'settings',
	'reported',
	'step',
	'steps',
	'data',
	'point',
	'value',
	'chart',
	'figure',
	'slider',
	'start',
	'pause',
	'reset',
	'embed',
	'copy',
	'link',
	'print',
	'download',
	'check',
	'right',
	'quite',
	'glossary',
	'references',
	'based',
	'draws',
	'model',
	'illustrative',
	'sound',
	'play',
	'keys'
];

/** The seeds' English words (labels, places, sample notes, reference notes): exact matches are English. */
function englishSeedWords(): string[] {
	return SLUGS.flatMap((slug) => {
		const { facts, references } = ARTICLES[slug].seed;
		return [...facts.flatMap((f) => [f.label, f.where ?? '', f.n ?? '']), ...references.map((r) => r.note ?? '')];
	}).filter((t) => /\p{L}{3}/u.test(t) && !/^n = \d+$/.test(t));
}

/** English message values that differ from the Spanish ones, without placeholders: exact matches are English. */
function englishMessages(): string[] {
	const read = (l: string) => JSON.parse(readFileSync(`messages/${l}.json`, 'utf8')) as Record<string, unknown>;
	const en = read('en');
	const es = read('es');
	const texts = (v: unknown): string[] =>
		typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap((x) => Object.values((x as { match: Record<string, string> }).match)) : [];
	const spanish = new Set(Object.values(es).flatMap(texts));
	return Object.entries(en)
		.filter(([k]) => k !== '$schema')
		.flatMap(([, v]) => texts(v))
		.filter((t) => !t.includes('{') && /\p{L}{2}/u.test(t) && !spanish.has(t));
}

/** Runs in the page: the English it finds, as short quotes. */
function findEnglish(page: Page, messages: string[], words: string[], allowed: string[]): Promise<string[]> {
	return page.evaluate(
		({ messages, words, allowed }) => {
			const english = new Set(messages.map((s) => s.trim()));
			const wordSet = new Set(words);
			const allow = new Set(allowed);
			const SKIP = 'script, style, template, noscript, code, kbd, pre, cite, [data-citation], a[href^="https://doi.org/"]';
			const otherLanguage = (el: Element) => {
				const lang = el.closest('[lang]')?.getAttribute('lang') ?? '';
				return !lang.toLowerCase().startsWith('es');
			};
			const verdict = (raw: string): boolean => {
				const text = raw.replace(/\s+/g, ' ').trim();
				if (!text) return false;
				if (english.has(text)) return true;
				// A decimal point between digits: Spanish writes 0,31. Not a version ("2.0.1") nor a
				// Spanish thousands separator ("10.000": groups of three after a non-zero lead).
				const points = text.match(/(?<![\d.])\d+\.\d+(?![.\d])/g) ?? [];
				if (points.some((n) => !/^[1-9]\d{0,2}\.\d{3}$/.test(n))) return true;
				const tokens = (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((t) => !allow.has(t));
				const hits = tokens.filter((t) => wordSet.has(t)).length;
				return hits >= 2 || (hits >= 1 && tokens.length <= 3);
			};
			const found = new Set<string>();
			const note = (text: string, where: Element) => {
				if (verdict(text)) found.add(`${where.tagName.toLowerCase()}: “${text.replace(/\s+/g, ' ').trim().slice(0, 90)}”`);
			};
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			for (let n = walker.nextNode(); n; n = walker.nextNode()) {
				const el = n.parentElement;
				if (!el || el.closest(SKIP) || otherLanguage(el)) continue;
				note(n.textContent ?? '', el);
			}
			for (const el of Array.from(document.querySelectorAll('[aria-label], [title], [alt], [placeholder], [aria-valuetext]'))) {
				if (el.closest(SKIP) || otherLanguage(el)) continue;
				for (const a of ['aria-label', 'title', 'alt', 'placeholder', 'aria-valuetext']) {
					const v = el.getAttribute(a);
					if (v) note(v, el);
				}
			}
			note(document.title, document.documentElement);
			const description = document.querySelector('meta[name="description"]')?.getAttribute('content');
			if (description) note(description, document.head);
			return [...found];
		},
		{ messages, words, allowed }
	);
}

let browser: Browser;
const messages = [...englishMessages(), ...englishSeedWords()];
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe.each(ES_PAGES)('Spanish page %s', (path) => {
	let p: OpenPage;
	beforeAll(async () => {
		p = await open(browser, path);
	});
	afterAll(async () => {
		await p?.close();
	});

	it('answers 200 with no console error, in Spanish (<html lang="es">)', async () => {
		expect(p.errors).toEqual([]);
		expect(p.external).toEqual([]);
		expect(await p.page.getAttribute('html', 'lang')).toBe('es');
	});

	it('names its English and Spanish versions (hreflang, x-default English)', async () => {
		const alternates = await p.page.$$eval('link[rel="alternate"][hreflang]', (links) =>
			Object.fromEntries(links.map((l) => [l.getAttribute('hreflang'), (l as HTMLLinkElement).href]))
		);
		const here = new URL(urlOf(path)).href;
		expect(alternates.es).toBe(here);
		expect(alternates.en).toBe(new URL(urlOf(path.replace(/^\/es\//, '/'))).href);
		expect(alternates['x-default']).toBe(alternates.en);
	});

	const linksCheck = LINKS_PENDING_UNTIL_MERGE.has(path) ? it.fails : it;
	linksCheck('links only to Spanish pages (the language switcher aside)', async () => {
		const base = new URL(urlOf('/'));
		const hrefs = await p.page.$$eval('a[href]:not([hreflang])', (links) => links.map((a) => (a as HTMLAnchorElement).href));
		const english = hrefs.filter((h) => {
			const u = new URL(h);
			if (u.origin !== base.origin || /\.[a-z0-9]+$/i.test(u.pathname)) return false;
			return !u.pathname.startsWith(`${base.pathname}es/`);
		});
		expect([...new Set(english)]).toEqual([]);
	});

	it('has no axe-core violations', async () => {
		const violations = await axe(p.page);
		expect(violations, describeViolations(violations)).toEqual([]);
	});

	const check = PENDING_UNTIL_MERGE.has(path) ? it.fails : it;
	check('shows no English outside titles, journals and citations (text and accessible names)', async () => {
		const found = await findEnglish(p.page, messages, ENGLISH_WORDS, [...ALLOWED]);
		expect(found, `English on ${path}:\n${found.join('\n')}`).toEqual([]);
		// Every reported number says what it measures (its tooltip, in Spanish: checked just above).
		expect(await p.page.locator('.fact:not([title])').count(), `${path}: numbers without a tooltip`).toBe(0);
	});
});

describe('Spanish journeys', () => {
	it('the language switcher keeps the place (hash) and the settings (query), there and back', async () => {
		const slug = SLUGS[0];
		const figure = FIGURES[slug].find((f) => f.spec.length) ?? FIGURES[slug][0];
		const param = figure.spec[0];
		const query = param ? `?${figure.id}.${param.key}=${param.max}` : '';
		const p = await open(browser, `/es/${slug}/${query}#${figure.id}`);
		try {
			const toEnglish = p.page.locator('.language-switch a[hreflang="en"]');
			expect(await toEnglish.textContent()).toBe('English');
			// Once the page runs, the link carries the address's query and hash.
			await expect.poll(() => toEnglish.getAttribute('href')).toContain(`${query}#${figure.id}`);
			await Promise.all([p.page.waitForURL(`**/${slug}/${query}#${figure.id}`), toEnglish.click()]);
			expect(new URL(p.page.url()).pathname).toBe(new URL(urlOf(`/${slug}/`)).pathname);
			expect(await p.page.getAttribute('html', 'lang')).toBe('en');
			const toSpanish = p.page.locator('.language-switch a[hreflang="es"]');
			await expect.poll(() => toSpanish.getAttribute('href')).toContain(`${query}#${figure.id}`);
			await Promise.all([p.page.waitForURL(`**/es/${slug}/${query}#${figure.id}`), toSpanish.click()]);
			expect(await p.page.getAttribute('html', 'lang')).toBe('es');
			expect(p.errors).toEqual([]);
		} finally {
			await p.close();
		}
	});

	it('a slider redraws its chart, and buttons answer in Spanish once the page runs', async () => {
		const p = await open(browser, `/es/${SLUGS[0]}/`);
		try {
			const figure = p.page.locator('figure[id]:has(input[type="range"][data-key]):has(canvas)').first();
			const id = (await figure.getAttribute('id'))!;
			await figure.scrollIntoViewIfNeeded();
			const before = await drawnSignature(p.page, `[id="${id}"] canvas`);
			const slider = figure.locator('input[type="range"][data-key]').first();
			const key = (await slider.getAttribute('data-key'))!;
			const { min, max, value } = await slider.evaluate((el) => {
				const i = el as HTMLInputElement;
				return { min: i.min, max: i.max, value: i.value };
			});
			await setSlider(p.page, `[id="${id}"] input[data-key="${key}"]`, Number(value === max ? min : max));
			await expect.poll(() => drawnSignature(p.page, `[id="${id}"] canvas`)).not.toBe(before);
			// Rendered by the browser after a click: the client reads the language too.
			const data = figure.locator('button[aria-controls$="-data"]');
			await expect
				.poll(async () => {
					if ((await data.getAttribute('aria-expanded')) !== 'true') await data.click();
					return data.textContent();
				})
				.toBe('Ocultar datos');
			// What appears only now (the slider's read-outs, the point-by-point tables built in the
			// browser) and on paper (the settings in words, refreshed before printing) is Spanish too.
			await p.page.emulateMedia({ media: 'print' });
			await p.page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
			await expect.poll(() => figure.locator('.print-settings').textContent()).toMatch(/^Ajustes: \S/);
			const found = await findEnglish(p.page, messages, ENGLISH_WORDS, [...ALLOWED]);
			expect(found, `English after a slider, Show data and print:\n${found.join('\n')}`).toEqual([]);
			await p.page.emulateMedia({ media: 'screen' });
			expect(p.errors).toEqual([]);
		} finally {
			await p.close();
		}
	});

	it('a missing Spanish page answers 404 in Spanish', async () => {
		const p = await open(browser, '/es/no-such-page/', { expectStatus: 404 });
		try {
			expect(p.errors).toEqual([]);
			expect(await p.page.getAttribute('html', 'lang')).toBe('es');
			const es = JSON.parse(readFileSync('messages/es.json', 'utf8')) as Record<string, string>;
			expect(await p.page.locator('h1').textContent()).toBe(es.notfound_heading);
		} finally {
			await p.close();
		}
	});

	it('works under a sub-path: Spanish page, Spanish links, Spanish client-side text', async () => {
		const base = inject('subPathUrl');
		const p = await open(browser, `/es/${SLUGS[1]}/`, { base });
		try {
			expect(p.errors).toEqual([]);
			expect(await p.page.getAttribute('html', 'lang')).toBe('es');
			const home = p.page.locator('header a.brand');
			expect(new URL((await home.evaluate((a) => (a as HTMLAnchorElement).href)) as string).pathname).toBe(
				new URL(urlOf('/es/', base)).pathname
			);
			const data = p.page.locator('figure button[aria-controls$="-data"]').first();
			await data.scrollIntoViewIfNeeded();
			await expect
				.poll(async () => {
					if ((await data.getAttribute('aria-expanded')) !== 'true') await data.click();
					return data.textContent();
				})
				.toBe('Ocultar datos');
			await gotoSettled(p.page, urlOf('/es/about/', base));
			expect(await p.page.getAttribute('html', 'lang')).toBe('es');
		} finally {
			await p.close();
		}
	});
});
