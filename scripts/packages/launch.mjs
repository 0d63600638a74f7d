/**
 * Turns the one-file offline site into a package's launch page: it opens at the article (the hash
 * router's `#/<slug>/`, or `#/es/<slug>/` for a Spanish package) instead of the home page, with
 * <html lang> in the package's language, and, in a SCORM package, marks <html> with
 * data-lms="scorm" so the article's LmsBridge looks for the LMS. The small script that does this is
 * inserted before the app's own and its hash is added to the page's Content-Security-Policy.
 */
import { createHash } from 'node:crypto';

/** @param {string} code */
export function cspHash(code) {
	return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

/** The language's prefix in the site's paths: "" for English, "es/" for Spanish. @param {string} [locale] */
export function localePrefix(locale) {
	return locale && locale !== 'en' ? `${locale}/` : '';
}

/**
 * @param {string} slug
 * @param {string | undefined} lms
 * @param {string} [locale]
 */
export function launchScript(slug, lms, locale) {
	const start = JSON.stringify(`#/${localePrefix(locale)}${slug}/`);
	const mark = lms ? `document.documentElement.dataset.lms=${JSON.stringify(lms)};` : '';
	// replaceState keeps the LMS's back button clean; a sandbox that forbids it still allows the hash.
	return `${mark}if(!location.hash||location.hash==="#"||location.hash==="#/"){try{history.replaceState(history.state,"",${start})}catch(e){location.hash=${start}}}`;
}

/**
 * @param {string} html the offline site (build/engram-offline.html)
 * @param {{ slug: string, title?: string, lms?: string, locale?: string }} o
 * @returns {string}
 */
export function launchPage(html, { slug, title, lms, locale }) {
	const code = launchScript(slug, lms, locale);
	const csp = /(<meta http-equiv="content-security-policy" content="[^"]*script-src )/i;
	if (!csp.test(html) && /content-security-policy/i.test(html)) {
		throw new Error('launchPage: the offline page has a CSP without script-src; cannot allow the launch script.');
	}
	let out = html.replace(csp, `$1${cspHash(code)} `);
	if (locale && /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(locale)) out = out.replace(/(<html\b[^>]*\blang=")[^"]*"/i, `$1${locale}"`);
	const head = /<head[^>]*>/i.exec(out);
	if (!head) throw new Error('launchPage: no <head> in the offline page.');
	const at = head.index + head[0].length;
	out = `${out.slice(0, at)}\n\t\t<script>${code}</script>${out.slice(at)}`;
	// The title only inside <head>: the inlined app's code holds "<title>" strings of its own.
	const headEnd = out.search(/<\/head>/i);
	if (title && headEnd > 0) {
		const safe = title.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'));
		const head = out.slice(0, headEnd);
		const titled = /<title>[^<]*<\/title>/i.test(head)
			? head.replace(/<title>[^<]*<\/title>/i, `<title>${safe}</title>`)
			: `${head}\t<title>${safe}</title>\n\t`;
		out = titled + out.slice(headEnd);
	}
	return out;
}
