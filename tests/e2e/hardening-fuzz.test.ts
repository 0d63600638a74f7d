/**
 * URL fuzzing: hostile and random query strings (prefixed `<figure>.<key>` and bare keys) never crash a
 * page, never reach the DOM as markup, and sliders show clamped values or defaults.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from './harness';
import { parseNumber } from '../../src/lib/state/url';
import { sanitize, type ParamSpec } from '../../src/lib/models/types';
import { BIG, HOSTILE, JUNK, MARK } from '../hostile-queries';
import { FIGURE_PAGES, expectClean, html, rangesIn, watched, type Watched } from './hardening-shared';
import { watchStuck } from './stuck';
import { FIGURES } from '../../src/lib/figures/registry';
import { isSlug } from '../../src/lib/articles';

let browser: Browser;
/**
 * One tab for every fuzzed page, as a reader going from link to link: the site's code is fetched and
 * compiled once, not once per page (a fresh context has an empty cache). Each load's checks read only
 * that load (take() empties the lists). What a query can store (projector mode, for the tab) changes
 * none of the checks.
 */
let fuzzed: Watched;
beforeAll(async () => {
	browser = await launch();
	fuzzed = await watched(browser);
});
afterAll(async () => {
	await browser?.close();
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

function enc(s: string): string {
	// Keep a malformed percent sequence malformed, encode everything else.
	return s === '%E0%A4%A' ? s : encodeURIComponent(s);
}

/** The values that would become markup or script if they reached the page as HTML. */
const MARKUP = HOSTILE.filter((v) => /[<>"']/.test(v));

/**
 * Hostile query for a page: slider j gets HOSTILE[(start + j) % n] in one of four forms (prefixed, bare,
 * repeated with the hostile value first, prefixed and bare both present); the markup values also go
 * under keys of their own.
 */
function hostileQuery(sliders: SliderInfo[], start: number, embedded: boolean): string {
	const parts: string[] = JUNK.map(([k, v]) => `${enc(k)}=${enc(v)}`);
	MARKUP.forEach((v, i) => parts.push(`${enc(`x${i}`)}=${enc(v)}`));
	sliders.forEach((s, j) => {
		const value = HOSTILE[(start + j) % HOSTILE.length];
		const form = (start + j) % 4;
		const prefixed = embedded ? s.key : `${s.figure}.${s.key}`;
		const valid = String(s.max);
		if (form === 0) parts.push(`${enc(prefixed)}=${enc(value)}`);
		else if (form === 1) parts.push(`${enc(s.key)}=${enc(value)}`);
		else if (form === 2) parts.push(`${enc(prefixed)}=${enc(value)}`, `${enc(prefixed)}=${valid}`);
		else parts.push(`${enc(s.key)}=${valid}`, `${enc(prefixed)}=${enc(value)}`);
	});
	return `?${parts.join('&')}`;
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
			const input = document.querySelector<HTMLInputElement>(
				`figure[id="${CSS.escape(e.figure)}"] input[type="range"][data-key="${CSS.escape(e.key)}"]`
			);
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

/**
 * What a page's sliders are before any query, from its prerendered HTML: every figure is there with its
 * sliders (an article's are hidden until its code runs), each input named `<figure>-<key>`, at the
 * values the page opens with (an embed of a figure with scroll steps: its first step's).
 */
function slidersInHtml(path: string): SliderInfo[] {
	const attrs = (tag: string) => Object.fromEntries([...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
	return [...html(path).matchAll(/<input[^>]*type="range"[^>]*>/g)]
		.map((m) => attrs(m[0]))
		.filter((a) => a['data-key'] && a.id?.endsWith(`-${a['data-key']}`))
		.map((a) => ({
			figure: a.id.slice(0, -a['data-key'].length - 1),
			key: a['data-key'],
			min: Number(a.min),
			max: Number(a.max),
			step: Number(a.step),
			default: Number(a.value),
			text: (a['aria-valuetext'] ?? '').replace(/&nbsp;|&#160;/g, '\u00a0')
		}));
}

/** Figures in a page's prerendered HTML (each under its id, as the live page must keep them). */
const figuresInHtml = (path: string) => html(path).match(/<figure\b[^>]*\sid="/g)?.length ?? 0;

/** What a URL can preset on the page: its figures' specs in the registry, as `<figure>.<key> min..max/step`. */
function presettable(path: string): string[] {
	const [slug, figure] = path
		.replace(/^\/embed\//, '/')
		.split('/')
		.filter(Boolean);
	if (!isSlug(slug)) return [];
	return FIGURES[slug]
		.filter((f) => !figure || f.id === figure)
		.flatMap((f) => f.spec.map((p) => `${f.id}.${p.key} ${p.min}..${p.max}/${p.step}`));
}

/**
 * The pages fuzzed: every English article in full (hostile values, 10 kB values and
 * a hostile fragment) and every English embed with sliders once (its figure's own keys, bare). Which
 * value each slider reads is settled by the unit tests of url.ts (url-state.test.ts, property-based);
 * here the question is what reaches the page. Spanish pages: the sweep loads every one of them with
 * bad values (sweep.ts, badQuery), and their queries are read by the same code.
 */
const FUZZED = FIGURE_PAGES.filter((p) => !p.startsWith('/es/'));
const ARTICLES_FUZZED = FUZZED.filter((p) => !p.startsWith('/embed/'));
/** How far along HOSTILE each English article starts, so that together they cover it. */
const STRIDE = Math.ceil(HOSTILE.length / ARTICLES_FUZZED.length);

describe.each(FUZZED)('URL fuzzing on %s', (path) => {
	const embedded = path.startsWith('/embed/');
	const full = !embedded;
	// Read from the built page, not a load of it: the fuzzed loads show that each is there and live.
	const sliders = slidersInHtml(path);
	const figures = figuresInHtml(path);

	/** One fuzzed load and its checks; a load that hangs says what the page is doing (stuck.ts). */
	const check = (query: string) => watchStuck(fuzzed.page, `fuzzing ${path}`, () => checkOnce(query), 45_000);

	async function checkOnce(query: string) {
		expect(await fuzzed.visit(path, query)).toBe(200);
		const label = `${path}${query.slice(0, 200)}`;
		expect(await fuzzed.page.locator('h1').count(), `${label}: page lost its h1`).toBe(1);
		expect(await fuzzed.page.locator('figure[id]').count(), `${label}: figures missing`).toBe(figures);
		expect(await injected(fuzzed.page), label).toEqual([]);
		// Figures driven by scroll steps may preset their sliders, so the shown value is not always
		// the URL's: what must hold is a value inside the spec, on its grid, that is the figure's state.
		const got = await readAndConfirm(
			fuzzed.page,
			sliders.map((s) => ({ figure: s.figure, key: s.key, value: NaN }))
		);
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
				const want = expected(sliders[i], query.replace(/#.*$/, '').slice(1), embedded);
				expect(got[i].value, `${label}: ${sliders[i].key} shows ${got[i].value}, expected ${want}`).toBeCloseTo(want, 9);
			}
		}
		await expectClean(fuzzed, label);
	}

	it('finds the sliders of every figure in the page, each a setting its figure lets a URL preset', () => {
		expect(sliders.length).toBeGreaterThanOrEqual(rangesIn(path));
		expect(figures, 'figures in the page').toBeGreaterThan(0);
		const specs = presettable(path);
		for (const s of sliders) {
			expect(s.min, `${s.figure}.${s.key}`).toBeLessThan(s.max);
			expect(s.text, `${s.figure}.${s.key}`).not.toMatch(/NaN|Infinity|undefined/);
			expect(specs, `${s.figure}.${s.key}: a slider the registry's spec does not list`).toContain(
				`${s.figure}.${s.key} ${s.min}..${s.max}/${s.step}`
			);
		}
	});

	// Each check loads the page afresh; on a slow machine a page with many figures takes seconds.
	const FUZZ_TIMEOUT = 150_000;

	it(
		'survives hostile values (huge, NaN, Infinity, -0, 1e309, empty, repeated, unicode, markup, 10 kB)',
		{ timeout: FUZZ_TIMEOUT },
		async () => {
			// One load per page. Article i starts i * STRIDE along the list, so between the English
			// articles every hostile value reaches a slider (each has more than STRIDE sliders); the markup
			// values reach every page under keys of their own. Every value in HOSTILE goes through the
			// parser in url-state.test.ts; what these loads show is that what is read never reaches the
			// page as markup.
			const article = ARTICLES_FUZZED.indexOf(path);
			if (article >= 0) expect(sliders.length, `${path}: fewer sliders than the stride`).toBeGreaterThanOrEqual(STRIDE);
			await check(hostileQuery(sliders, Math.max(0, article) * STRIDE, embedded));
		}
	);

	if (!full) return;

	it('survives 10 kB values, hostile fragments and a query with nothing but junk', { timeout: FUZZ_TIMEOUT }, async () => {
		// The numeric 10 kB value under the figure's prefixed key, then the markup one under the bare
		// key with a hostile fragment (the query is read, the fragment only scrolled to).
		const s = sliders[0];
		const prefixed = !s ? 'x' : `${s.figure}.${s.key}`;
		await check(`?${encodeURIComponent(prefixed)}=${encodeURIComponent(BIG[0])}`);
		await check(
			`?${encodeURIComponent(s ? s.key : 'x')}=${encodeURIComponent(BIG[1])}&${'a'.repeat(400)}=${'b'.repeat(600)}#${encodeURIComponent(`<img src=x onerror=window.${MARK}=1>`)}`
		);
	});
});
