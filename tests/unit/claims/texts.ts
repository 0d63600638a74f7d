/**
 * What a reader of an article sees, in English and in Spanish, for the claims tests: the article's
 * prose, its figures (their sources with each message call replaced by its text in that language),
 * its quiz and its teachers' lesson. `says` holds a claim in both languages at once: the English
 * sentence and its Spanish counterpart must each still be in their file, and they must give the same
 * numbers, so the checks a test makes on the English numbers hold the Spanish ones too.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { expect } from 'vitest';

export type Lang = 'en' | 'es';

const root = new URL('../../../', import.meta.url);
export const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

const messages: Record<Lang, Record<string, unknown>> = {
	en: JSON.parse(read('messages/en.json')),
	es: JSON.parse(read('messages/es.json'))
};

/**
 * A figure's source with its message calls ({m.key(...)} in markup, m.key(...) in scripts) replaced by
 * their text in `lang` (parameters stay as {name}).
 */
export function rendered(source: string, lang: Lang = 'en'): string {
	const text = (call: string, key: string) => (typeof messages[lang][key] === 'string' ? (messages[lang][key] as string) : call);
	return source.replace(/\{m\.(\w+)\(.*?\)\}/gs, text).replace(/\bm\.(\w+)\(\)/g, text);
}

export interface Texts {
	/** The article's prose (content/<slug>.svx or content/<lang>/<slug>.svx). */
	page: string;
	/**
	 * Every figure of the article (its .svelte and .ts files but the quiz, so captions, blurbs and the
	 * Predict-first comments) rendered in the language, then the
	 * text of every message they use in a form `rendered` cannot inline (m.key({ ... }) in a script).
	 */
	figures: string;
	quiz: string;
	lesson: string;
}

/** An article's texts in one language; `quiz` and `lesson` are that language's modules' exports. */
export function texts(slug: string, lang: Lang, quiz: unknown, lesson: unknown): Texts {
	const dir = `src/lib/figures/${slug}`;
	const sources = readdirSync(new URL(dir, root))
		.filter((f) => f.endsWith('.svelte') || (f.endsWith('.ts') && !f.startsWith('quiz')))
		.map((f) => read(`${dir}/${f}`));
	const keys = new Set(sources.flatMap((src) => [...src.matchAll(/\bm\.(\w+)\b/g)].map((k) => k[1])));
	const used = [...keys].map((key) => messages[lang][key]).filter((text): text is string => typeof text === 'string');
	return {
		page: read(lang === 'en' ? `content/${slug}.svx` : `content/${lang}/${slug}.svx`),
		figures: [...sources.map((src) => rendered(src, lang)), ...used].join('\n'),
		quiz: JSON.stringify(quiz),
		lesson: JSON.stringify(lesson)
	};
}

const squash = (s: string) => s.replace(/\\"/g, '"').replace(/\s+/g, ' ');

/** The sentence must still be in the text (whitespace-insensitive), so the test guards real text. */
export function quoted(text: string, sentence: string) {
	expect(squash(text), `no longer on the page: "${sentence}"`).toContain(squash(sentence));
}

/**
 * The numbers written in a sentence, language-neutral: thousands separators dropped (2,000 in English,
 * 2000 or 2 000 in Spanish), the Spanish decimal comma read as a point, sorted.
 */
export function numbers(sentence: string, lang: Lang): number[] {
	const plain =
		lang === 'en'
			? sentence.replace(/(\d),(?=\d{3}\b)/g, '$1')
			: sentence.replace(/(\d)[\s\u00a0\u202f](?=\d{3}\b)/g, '$1').replace(/(\d),(?=\d)/g, '$1.');
	return (plain.match(/\d+(?:\.\d+)?/g) ?? []).map(Number).sort((a, b) => a - b);
}

/**
 * A claim the page makes in both languages: the English sentence is in `enText`, its Spanish
 * counterpart in `esText`, and both give the same numbers.
 */
export function says(enText: string, en: string, esText: string, es: string) {
	quoted(enText, en);
	quoted(esText, es);
	expect(numbers(es, 'es'), `the Spanish "${es}" gives other numbers than the English "${en}"`).toEqual(numbers(en, 'en'));
}
