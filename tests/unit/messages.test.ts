/**
 * The message files (messages/<locale>.json, compiled by Paraglide): every key in every language,
 * with the same parameters, and keys kept in sorted order so that parallel edits merge cleanly.
 * A new language: add its file and its code to project.inlang/settings.json; this test lists what
 * it is missing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Complex = { declarations?: string[]; selectors?: string[]; match: Record<string, string> }[];
type Messages = Record<string, string | Complex>;

const settings = JSON.parse(readFileSync('project.inlang/settings.json', 'utf8')) as { baseLocale: string; locales: string[] };
const files = readdirSync('messages').filter((f) => f.endsWith('.json'));
const messages: Record<string, Messages> = Object.fromEntries(
	settings.locales.map((locale) => {
		const { $schema: _, ...rest } = JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Messages;
		return [locale, rest];
	})
);

/** The names a message takes: its {placeholders}, and the inputs a message with variants declares. */
function params(value: string | Complex): string[] {
	const texts = typeof value === 'string' ? [value] : value.flatMap((v) => Object.values(v.match));
	const inputs =
		typeof value === 'string'
			? []
			: value.flatMap((v) => (v.declarations ?? []).filter((d) => d.startsWith('input ')).map((d) => d.slice(6).trim()));
	const used = texts.flatMap((t) => [...t.matchAll(/(?<!\\)\{([A-Za-z_]\w*)\}/g)].map((x) => x[1]));
	const locals =
		typeof value === 'string'
			? []
			: value.flatMap((v) => (v.declarations ?? []).filter((d) => d.startsWith('local ')).map((d) => d.slice(6).split('=')[0].trim()));
	return [...new Set([...inputs, ...used])].filter((p) => !locals.includes(p)).sort();
}

describe('message files', () => {
	it('has one file per language of the project', () => {
		expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual([...settings.locales].sort());
	});

	const base = messages[settings.baseLocale];
	for (const locale of settings.locales.filter((l) => l !== settings.baseLocale)) {
		it(`${locale}: every message of ${settings.baseLocale}, and no other`, () => {
			const missing = Object.keys(base).filter((k) => !(k in messages[locale]));
			const extra = Object.keys(messages[locale]).filter((k) => !(k in base));
			expect({ missing, extra }).toEqual({ missing: [], extra: [] });
		});

		it(`${locale}: the same parameters as ${settings.baseLocale}`, () => {
			const differ = Object.keys(base)
				.filter((k) => k in messages[locale])
				.filter((k) => params(base[k]).join() !== params(messages[locale][k]).join())
				.map((k) => `${k}: ${params(base[k]).join(', ')} ≠ ${params(messages[locale][k]).join(', ')}`);
			expect(differ).toEqual([]);
		});

		it(`${locale}: nothing empty`, () => {
			const empty = Object.entries(messages[locale])
				.filter(([k, v]) => typeof v === 'string' && v.trim() === '' && base[k] !== '')
				.map(([k]) => k);
			expect(empty).toEqual([]);
		});
	}

	it('keeps keys sorted in every file', () => {
		for (const locale of settings.locales) {
			const keys = Object.keys(messages[locale]);
			expect(keys, locale).toEqual([...keys].sort());
		}
	});
});
