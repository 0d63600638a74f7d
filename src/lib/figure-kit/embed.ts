/**
 * Embedding a figure in another page: the URL of its /embed/ page, the iframe snippet a teacher
 * pastes, and the options an embed reads from its query string. Pure functions (no DOM), shared
 * by the figure's "Embed" dialog, the builder on /teach/ and the embed page itself.
 *
 * Query string of an embed page: the figure's parameters with bare keys (`gain=1.4&seed=3`), plus
 *   lock=1            hide the sliders and step buttons (a fixed demonstration)
 *   theme=light|dark  force a colour scheme (otherwise the reader's system setting)
 *   step=N            for scroll-driven figures: show step N (1-based)
 *   predict=1|0       for the figures with Predict first (PREDICT_FIGURES): open with it on, or
 *                     without the toggle (read by figure-kit/predict, with `sketch` and `reveal`)
 */
import { writeParams } from '../state/url';
import type { ParamSpec, Params } from '../models/types';
import { RESIZE_MESSAGE, type EmbedOptions, type ResizeMessage } from './embed-options';

export { RESIZE_MESSAGE, embedSnippet, readEmbedOptions, type EmbedOptions, type ResizeMessage, type Theme } from './embed-options';

/** Keys an embed reserves for itself; a figure parameter must not use them. */
export const EMBED_KEYS = ['lock', 'theme', 'step', 'predict', 'sketch', 'reveal'] as const;

/**
 * The charts with a Predict first mode (figure-kit/predict), as "<slug>/<figure-id>": their embed
 * options offer predict=1. tests/unit/embed.test.ts checks this list against the figures' code.
 */
export const PREDICT_FIGURES: ReadonlySet<string> = new Set([
	'astrocytes-fear-extinction/fear-model',
	'inhibitory-plasticity/network',
	'emotional-memory-integration/model',
	'intrinsic-excitability/linking'
]);

export function canPredict(slug: string, figureId: string): boolean {
	return PREDICT_FIGURES.has(`${slug}/${figureId}`);
}

/**
 * Query string (with `?`, or empty) of an embed page: the parameters that differ from their
 * defaults, with bare keys, then the embed options that are set.
 */
export function embedQuery(spec: readonly ParamSpec[], values: Params, options: Partial<EmbedOptions> = {}): string {
	return withEmbedOptions(`?${writeParams(spec, values)}`, options);
}

/**
 * A bare query string (`?gain=1.4`, or empty) with the embed options that are set added after it
 * (step, lock, theme, predict), replacing any it already had.
 */
export function withEmbedOptions(query: string, options: Partial<EmbedOptions> = {}): string {
	const q = new URLSearchParams(query.replace(/^\?/, ''));
	for (const key of EMBED_KEYS) q.delete(key);
	if (options.step !== undefined) q.set('step', String(options.step));
	if (options.lock) q.set('lock', '1');
	if (options.theme) q.set('theme', options.theme);
	if (options.predict) q.set('predict', '1');
	const s = q.toString();
	return s ? `?${s}` : '';
}

/**
 * An article page keeps each figure's values under a prefix (`decoding.gain=1.4`); an embed
 * page uses bare keys. Turns the one into the other, dropping keys of other figures.
 */
export function bareQuery(prefixed: string, figureId: string): string {
	const from = new URLSearchParams(prefixed.replace(/^\?/, ''));
	const out = new URLSearchParams();
	const prefix = `${figureId}.`;
	for (const [k, v] of from) {
		if (k.startsWith(prefix) && !out.has(k.slice(prefix.length))) out.set(k.slice(prefix.length), v);
	}
	const s = out.toString();
	return s ? `?${s}` : '';
}

/**
 * Absolute URL of an embed page. `path` is the embed page's path as the router writes it
 * (`/lessons/engram/embed/a/b/`, `../embed/a/b/`, or `#/embed/a/b/` in the one-file build, where
 * the query must come before the hash); `query` starts with `?` or is empty; `page` is the URL of
 * the page we are on.
 */
export function embedUrl(path: string, query: string, page: string): string {
	const hash = path.indexOf('#');
	if (hash >= 0) {
		const file = new URL(path.slice(0, hash) || page, page);
		file.search = query;
		file.hash = path.slice(hash + 1);
		return file.href;
	}
	return new URL(path.replace(/\/?$/, '/') + query, page).href;
}

/** True for a well-formed resize message (the host script checks the same). */
export function isResizeMessage(data: unknown): data is ResizeMessage {
	if (!data || typeof data !== 'object') return false;
	const m = data as Record<string, unknown>;
	return (
		m.type === RESIZE_MESSAGE &&
		typeof m.id === 'string' &&
		typeof m.height === 'number' &&
		Number.isFinite(m.height) &&
		m.height >= 0 &&
		m.height < 100_000
	);
}
