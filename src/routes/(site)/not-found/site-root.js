/**
 * The static 404.html's links, right at any depth. A host serves that page at the missing address
 * (/no-such-page/, /lessons/engram/some-article/typo), so its relative links ("./about/", the favicon),
 * written for the folder 404.html lives in, point below the missing folder. A small inline script
 * finds the site's root (the nearest folder above the address that holds SvelteKit's
 * _app/version.json) and rewrites them against it. Without JavaScript the links stay as written,
 * right for a miss one level down. svelte.config.js adds the script (with its hash in the page's CSP)
 * to each language's 404.html only; the one-file offline build has no 404.html.
 *
 * The functions below run in the browser as written: their source is the script (no imports, no
 * names from outside but each other).
 */
import { createHash } from 'node:crypto';

/**
 * The folders that may be the site's root for a page at `pathname`, deepest first: the page's own
 * folder, then each one above it, up to "/".
 * @param {string} pathname
 * @returns {string[]}
 */
export function rootCandidates(pathname) {
	const folders = pathname.split('/').slice(1, -1);
	const out = [];
	for (let n = folders.length; n >= 0; n--) out.push(`/${folders.slice(0, n).join('/')}${n ? '/' : ''}`);
	return out;
}

/**
 * Finds the site's root (stops at the first folder whose _app/version.json answers as SvelteKit
 * writes it), then points every relative href/src at `folder` under it ("" for the English
 * 404.html at the root, "es/" for the Spanish one). Marks <html data-hydrated> when done, as the
 * site's pages do once their code has run (the e2e harness waits for it).
 * @param {string} folder
 */
export async function relink(folder) {
	try {
		for (const dir of rootCandidates(location.pathname)) {
			const answer = await fetch(`${dir}_app/version.json`, { cache: 'no-store' }).catch(() => null);
			if (!answer?.ok) continue;
			const body = await answer.json().catch(() => null);
			if (typeof body?.version !== 'string') continue;
			const base = new URL(`${dir}${folder}`, location.href);
			for (const el of document.querySelectorAll('[href], [src]')) {
				for (const attr of ['href', 'src']) {
					const value = el.getAttribute(attr);
					// Relative paths only: not "/x", "#x", "//host", "https:", "mailto:", "data:".
					if (value === null || /^(?:[a-z][a-z0-9+.-]*:|[/#?]|$)/i.test(value)) continue;
					const url = new URL(value, base);
					el.setAttribute(attr, url.pathname + url.search + url.hash);
				}
			}
			return;
		}
	} finally {
		document.documentElement.dataset.hydrated = '';
	}
}

/**
 * The inline script for the 404.html in `folder` ("" or "es/").
 * @param {string} folder
 */
export function relinkScript(folder) {
	return `(() => {${rootCandidates}\n${relink}\nrelink(${JSON.stringify(folder)});})();`;
}

/**
 * The prerendered page names its twins in the other languages at /not-found/, a folder the build
 * removes (the page becomes 404.html): the language switch goes to the other language's home
 * instead, and the hreflang alternates go (a missing address has no translation to name).
 * @param {string} html
 */
export function withoutNotFoundLinks(html) {
	return html
		.replace(/<link rel="alternate" hreflang="[^"]*" href="[^"]*not-found\/"\/?>/g, '')
		.replace(/(href="[^"]*?)not-found\/"/g, '$1"');
}

/**
 * `html` (a 404.html) with the script at the end of <body>, its hash allowed by the page's CSP
 * <meta> script-src (SvelteKit allows its own inline scripts the same way).
 * @param {string} html
 * @param {string} folder
 */
export function withRelinkScript(html, folder) {
	const code = relinkScript(folder);
	const hash = `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
	const csp = /(<meta http-equiv="content-security-policy" content="[^"]*?script-src [^;"]*)/;
	if (!csp.test(html)) throw new Error('404.html: no CSP script-src to allow the link script in');
	return html.replace(csp, (m) => `${m} ${hash}`).replace('</body>', () => `<script>${code}</script></body>`);
}
