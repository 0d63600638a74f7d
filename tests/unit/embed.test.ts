/** Embed URLs, snippets and options: what a teacher copies must reproduce what they set. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	EMBED_KEYS,
	PREDICT_FIGURES,
	bareQuery,
	canPredict,
	embedQuery,
	embedSnippet,
	embedUrl,
	isResizeMessage,
	readEmbedOptions,
	withEmbedOptions
} from '../../src/lib/figure-kit/embed';
import { readParams } from '../../src/lib/state/url';
import { defaults, sanitize, type ParamSpec } from '../../src/lib/models/types';
import { FIGURES } from '../../src/lib/figures/registry';
import { SLUGS } from '../../src/lib/articles';

const spec: ParamSpec[] = [
	{ key: 'gain', label: 'Gain', unit: '×', min: 0, max: 2, step: 0.05, default: 1, meaning: 'tuning gain' },
	{ key: 'n', label: 'Neurons', unit: '', min: 1, max: 200, step: 1, default: 50, meaning: 'ensemble size' }
];

describe('readEmbedOptions', () => {
	it('reads lock, theme and a 1-based step', () => {
		expect(readEmbedOptions('?lock=1&theme=dark&step=3', 4)).toEqual({ lock: true, theme: 'dark', step: 3 });
	});
	it('defaults to unlocked, no theme, no step', () => {
		expect(readEmbedOptions('', 4)).toEqual({ lock: false, theme: undefined, step: undefined });
	});
	it('clamps the step to the figure and ignores it for figures without steps', () => {
		expect(readEmbedOptions('?step=99', 4).step).toBe(4);
		expect(readEmbedOptions('?step=0', 4).step).toBe(1);
		expect(readEmbedOptions('?step=2', 0).step).toBeUndefined();
	});
	it('ignores junk', () => {
		expect(readEmbedOptions('?lock=0&theme=purple&step=2.5', 4)).toEqual({ lock: false, theme: undefined, step: undefined });
		fc.assert(
			fc.property(fc.string(), (s) => {
				const o = readEmbedOptions(s, 5);
				return typeof o.lock === 'boolean' && (o.step === undefined || (o.step >= 1 && o.step <= 5));
			})
		);
	});
});

describe('embedQuery', () => {
	it('writes only values that differ from the defaults, with bare keys, then the options', () => {
		expect(embedQuery(spec, { gain: 1.4, n: 50 }, { lock: true, theme: 'light', step: 2 })).toBe('?gain=1.4&step=2&lock=1&theme=light');
		expect(embedQuery(spec, defaults(spec))).toBe('');
	});
	it('round-trips through the reader the embed page uses', () => {
		fc.assert(
			fc.property(fc.double({ min: 0, max: 2, noNaN: true }), fc.integer({ min: 1, max: 200 }), (g, n) => {
				const values = { gain: sanitize(spec[0], g), n };
				const read = readParams(spec, embedQuery(spec, values, { lock: true }));
				return read.params.gain === values.gain && read.params.n === values.n && read.adjusted.length === 0;
			})
		);
	});
});

describe('Predict first in the snippet', () => {
	it('predict=1 comes after the figure’s values and the other options, only when asked for', () => {
		expect(embedQuery(spec, { gain: 1.4, n: 50 }, { lock: true, predict: true })).toBe('?gain=1.4&lock=1&predict=1');
		expect(embedQuery(spec, defaults(spec), { predict: true })).toBe('?predict=1');
		expect(embedQuery(spec, defaults(spec), { predict: false })).toBe('');
	});
	it('the Embed dialog’s form: options replace any the page’s query already had', () => {
		expect(withEmbedOptions('?gain=1.4&predict=0&sketch=abc&lock=1', { step: 2, predict: true })).toBe('?gain=1.4&step=2&predict=1');
		expect(withEmbedOptions('', {})).toBe('');
		expect(withEmbedOptions('?gain=2', { theme: 'dark' })).toBe('?gain=2&theme=dark');
	});
	it('is offered for exactly the charts whose code has a Predict first mode', () => {
		const withPredict: string[] = [];
		for (const slug of SLUGS) {
			const index = readFileSync(join('src/lib/figures', slug, 'index.ts'), 'utf8');
			for (const f of FIGURES[slug]) {
				// The entry's component, as its load() names it.
				const entry = index.slice(index.indexOf(`id: '${f.id}'`));
				const file = /import\('\.\/(\w+)\.svelte'\)/.exec(entry)?.[1];
				expect(file, `${slug}/${f.id}`).toBeTruthy();
				const code = readFileSync(join('src/lib/figures', slug, `${file}.svelte`), 'utf8');
				if (/\bprediction\(/.test(code)) withPredict.push(`${slug}/${f.id}`);
			}
		}
		expect([...PREDICT_FIGURES].sort()).toEqual(withPredict.sort());
		// The teachers' page links each of them with Predict first on (its own list, with a line per chart).
		const teach = readFileSync('src/routes/(site)/teach/+page.svelte', 'utf8');
		const linked = [...teach.matchAll(/\{ slug: '([a-z-]+)', figure: '([a-z-]+)', what:/g)].map((x) => `${x[1]}/${x[2]}`);
		expect(linked.sort()).toEqual(withPredict.sort());
		expect(canPredict('inhibitory-plasticity', 'network')).toBe(true);
		expect(canPredict('inhibitory-plasticity', 'rule')).toBe(false);
	});
});

describe('bareQuery', () => {
	it('keeps this figure’s keys without their prefix and drops other figures’ keys', () => {
		expect(bareQuery('?decoding.gain=1.4&other.gain=2&decoding.n=10', 'decoding')).toBe('?gain=1.4&n=10');
		expect(bareQuery('', 'decoding')).toBe('');
	});
});

describe('embedUrl', () => {
	const page = 'https://example.org/lessons/engram/astrocytes-fear-extinction/?x.gain=1';
	it('resolves root-absolute and relative paths against the page', () => {
		expect(embedUrl('/lessons/engram/embed/a/b', '?gain=2', page)).toBe('https://example.org/lessons/engram/embed/a/b/?gain=2');
		expect(embedUrl('../embed/a/b/', '', page)).toBe('https://example.org/lessons/engram/embed/a/b/');
	});
	it('puts the query before the hash in the one-file (hash-routed) build', () => {
		expect(embedUrl('#/embed/a/b', '?lock=1', 'file:///media/usb/engram-offline.html#/teach/')).toBe(
			'file:///media/usb/engram-offline.html?lock=1#/embed/a/b'
		);
	});
});

describe('embedSnippet', () => {
	it('is an iframe plus the resize script, with attributes escaped', () => {
		const s = embedSnippet('https://e.org/embed/a/b/?gain=1&n=2', 'Tone "information"', 'https://e.org/engram-embed.js');
		expect(s).toContain('<iframe src="https://e.org/embed/a/b/?gain=1&amp;n=2"');
		expect(s).toContain('title="Tone &quot;information&quot;"');
		expect(s).toContain('<script src="https://e.org/engram-embed.js" async></script>');
	});
});

describe('isResizeMessage', () => {
	it('accepts the documented message and nothing else', () => {
		expect(isResizeMessage({ type: 'engram:resize', id: 'a/b', height: 640 })).toBe(true);
		for (const bad of [
			null,
			'engram:resize',
			{ type: 'engram:resize', id: 'a/b', height: -1 },
			{ type: 'engram:resize', id: 'a/b', height: Infinity },
			{ type: 'x', id: 'a', height: 5 }
		]) {
			expect(isResizeMessage(bad)).toBe(false);
		}
	});
});

describe('every registered figure can be embedded', () => {
	const all = SLUGS.flatMap((slug) => FIGURES[slug].map((f) => ({ slug, f })));
	it.each(all.map(({ slug, f }) => [`${slug}/${f.id}`, f] as const))('%s: unique id, no reserved parameter keys', (key, f) => {
		const [slug] = key.split('/');
		expect(FIGURES[slug as (typeof SLUGS)[number]].filter((g) => g.id === f.id)).toHaveLength(1);
		expect(f.id).toMatch(/^[a-z0-9-]+$/);
		for (const p of f.spec) expect(EMBED_KEYS as readonly string[]).not.toContain(p.key);
		if (f.steps !== undefined) expect(f.steps).toBeGreaterThan(0);
	});
});
