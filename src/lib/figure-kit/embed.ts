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

/** The message an embed page posts to its parent whenever its height changes. */
export const RESIZE_MESSAGE = 'engram:resize';

export interface ResizeMessage {
	type: typeof RESIZE_MESSAGE;
	/** "<slug>/<figure-id>" */
	id: string;
	/** Height of the embed's content in CSS pixels. */
	height: number;
}

export type Theme = 'light' | 'dark';

export interface EmbedOptions {
	lock: boolean;
	theme?: Theme;
	/** 1-based step of a scroll-driven figure. */
	step?: number;
	/** Open in Predict first mode (only for a figure in PREDICT_FIGURES). */
	predict?: boolean;
}

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

/** Reads lock, theme and step from an embed page's query string. Never throws. */
export function readEmbedOptions(search: string | URLSearchParams, steps = 0): EmbedOptions {
	let q: URLSearchParams;
	try {
		q = typeof search === 'string' ? new URLSearchParams(search) : search;
	} catch {
		q = new URLSearchParams();
	}
	const lock = ['1', 'true', 'yes'].includes((q.get('lock') ?? '').trim().toLowerCase());
	const t = (q.get('theme') ?? '').trim().toLowerCase();
	const theme = t === 'light' || t === 'dark' ? t : undefined;
	let step: number | undefined;
	const raw = q.get('step');
	if (steps > 0 && raw !== null && /^\s*\d{1,4}\s*$/.test(raw)) {
		step = Math.min(steps, Math.max(1, Number(raw)));
	}
	return { lock, theme, step };
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

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The HTML a teacher pastes into a page: a responsive iframe, and our small script that lets
 * the iframe take the height of its content (without it, the iframe keeps `height`). With
 * `integrity` (the script's build-time SRI hash, see embed-integrity.ts) the browser runs the
 * script only if it is byte for byte the file we built; `crossorigin="anonymous"` is what lets it
 * check a script from another host (which must then send Access-Control-Allow-Origin).
 */
export function embedSnippet(src: string, title: string, scriptSrc: string, height = 560, integrity = ''): string {
	const check = integrity ? ` integrity="${escapeAttr(integrity)}" crossorigin="anonymous"` : '';
	return (
		`<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" width="100%" height="${height}" ` +
		`style="border:0;width:100%;min-width:280px" loading="lazy" data-engram-embed></iframe>\n` +
		`<script src="${escapeAttr(scriptSrc)}"${check} async></script>`
	);
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
