/**
 * The figures' and models' messages (keys fig_* and param_*, issue 16): every key has both
 * languages, the same parameters in both, and the Spanish writes a percent sign the Spanish way
 * (after a non-breaking space). Every parameter's wording comes as a label and meaning pair.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (lang: string): Record<string, string> =>
	JSON.parse(readFileSync(new URL(`../../messages/${lang}.json`, import.meta.url), 'utf8'));
const en = read('en');
const es = read('es');
const ours = (messages: Record<string, string>) => Object.keys(messages).filter((k) => /^(fig|param)_/.test(k));
const params = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe('figure and parameter messages', () => {
	it('exist, in both languages, with the same keys', () => {
		expect(ours(en).length).toBeGreaterThan(500);
		expect(ours(es).sort()).toEqual(ours(en).sort());
	});

	it.each(ours(en))('%s: Spanish text with the same parameters', (key) => {
		expect(typeof es[key], key).toBe('string');
		expect(es[key].trim().length, key).toBeGreaterThan(0);
		expect(params(es[key]), key).toEqual(params(en[key]));
	});

	it('keys are snake_case', () => {
		for (const key of ours(en)) expect(key).toMatch(/^[a-z][a-z0-9_]*$/);
	});

	it('the Spanish writes "83 %" with a non-breaking space, never "83%" or a plain space', () => {
		for (const key of ours(es)) {
			expect(es[key], key).not.toMatch(/[\d}]%/);
			expect(es[key], key).not.toMatch(/[\d}] %/);
		}
	});

	it('every parameter has a label and a meaning', () => {
		const labels = ours(en).filter((k) => /^param_.*_label$/.test(k));
		expect(labels.length).toBeGreaterThan(30);
		for (const k of labels) {
			const meaning = k.replace(/_label$/, '_meaning');
			// the assembly's network size reuses the spiking network's label with its own meaning
			if (k === 'param_spiking_n_label') continue;
			expect(en[meaning], meaning).toBeTypeOf('string');
		}
	});
});
