/**
 * Each page's language links (<link rel="alternate" hreflang=…>, written by src/routes/+layout.svelte)
 * made absolute when the build knows the site's address (ENGRAM_SITE_URL, as for the social cards and
 * the course cartridges). Search engines and Lighthouse's hreflang audit accept only fully-qualified
 * URLs there; the prerender writes relative ones (the site works under any sub-path and from disk,
 * and the prerender's crawl follows them to the Spanish pages), so this runs after the crawl, on the
 * written files. Without an address the links stay relative: no origin to make them absolute with.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pagesOf } from './figure-css.mjs';
import { normalizeSiteUrl } from './packages/package.mjs';

/** `html`'s hreflang links resolved against `pageUrl` (the page's absolute address). */
export function absoluteHreflang(html, pageUrl) {
	return html.replace(/<link\b[^>]*\bhreflang="[^"]*"[^>]*>/g, (tag) =>
		tag.replace(/\bhref="([^"]*)"/, (_m, href) => `href="${new URL(href.replace(/&amp;/g, '&'), pageUrl).href.replace(/&/g, '&amp;')}"`)
	);
}

/** Rewrites every prerendered page (index.html) under `buildDir`; the 404 pages have no address of their own. */
export function absolutizeHreflang(buildDir, rawSite) {
	const site = normalizeSiteUrl(rawSite);
	for (const page of pagesOf(buildDir).filter((p) => p === 'index.html' || p.endsWith('/index.html'))) {
		const file = join(buildDir, page);
		const html = readFileSync(file, 'utf8');
		const out = absoluteHreflang(html, new URL(page.slice(0, -'index.html'.length), site).href);
		if (out !== html) writeFileSync(file, out);
	}
}
