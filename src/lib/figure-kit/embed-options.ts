/**
 * What pages need with their first view: the options an embed page reads from its query string,
 * the message it posts to its parent, and the snippet a teacher pastes (shown on /teach/). Apart
 * from ./embed.ts (embed URLs and queries, which need the URL state code), which loads with the
 * figure's code or the /teach/ builder; it re-exports all of this.
 */

/** The message an embed page posts to its parent whenever its height changes. */
export const RESIZE_MESSAGE = 'engram:resize';

/**
 * What engram-embed.js asks each embed as it starts: the embed answers with its height again. A
 * script that starts after an embed posted its height (async, injected late by an LMS editor) would
 * otherwise wait for the next change in height, and the frame kept its snippet's height.
 */
export const MEASURE_MESSAGE = 'engram:measure';

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
