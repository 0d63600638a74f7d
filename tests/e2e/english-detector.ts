/**
 * Finds English on a translated page: every text node (hidden ones too: closed glossary bubbles,
 * print-only lines, a collapsed data table) and accessible name (aria-label, title, alt, placeholder,
 * aria-valuetext), outside elements marked with another language (lang="en": the switcher's
 * "English", a paper's title and journal), citations, DOI links and code, is checked against (1) the
 * English message values that differ from their Spanish ones, and the seeds' English words (fact
 * labels: the numbers' tooltips; places in the paper; sample notes; reference notes), (2) a short list
 * of common English words that are not Spanish words, and (3) a number written with a decimal point
 * ("P = 0.0048": a seed's display that skipped fact-text.ts). Used by the sweep on every /es/ page
 * (sweep.ts) and by the Spanish journeys after a slider, Show data and print (spanish.test.ts).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { SLUGS } from '../../src/lib/articles';
import { ARTICLES } from '../../src/lib/articles-all';

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
function findEnglishIn(page: Page, messages: string[], words: string[], allowed: string[]): Promise<string[]> {
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

const ENGLISH_TEXTS = [...englishMessages(), ...englishSeedWords()];

/** The English on the page, as short quotes with their element ("p: “Show data”"). */
export function findEnglish(page: Page): Promise<string[]> {
	return findEnglishIn(page, ENGLISH_TEXTS, ENGLISH_WORDS, [...ALLOWED]);
}
