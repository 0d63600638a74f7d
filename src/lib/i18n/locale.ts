/**
 * The reader's language and links that keep it. English is unprefixed ("/about/"), Spanish lives
 * under "/es/" ("/es/about/"). Site paths here are written from the site's root; `resolve` then
 * makes them relative (or hash links in the one-file offline build), so they work under any sub-path.
 */
import { resolve } from '$app/paths';
import { baseLocale, deLocalizeHref, getLocale, isLocale, localizeHref, type Locale } from '$lib/paraglide/runtime.js';

export { getLocale, type Locale };

/** A site path ("/about/", "/es/about/#fig") in the reader's language, or another, ready for href. */
export function localHref(path: string, locale: Locale = getLocale()): string {
	return resolve(localizeHref(path, { locale }) as '/');
}

/** The language of a site path written from the root ("/es/about/" → "es", "/about/" → "en"). */
export function localeOfPath(path: string): Locale {
	const first = path.replace(/^[#/]+/, '').split(/[/?#]/)[0];
	return first !== baseLocale && isLocale(first) ? first : baseLocale;
}

/** A site path without its language prefix ("/es/about/" → "/about/"). */
export function unlocalizedPath(path: string): string {
	return deLocalizeHref(path);
}

/**
 * The app's root as the browser sees it: "/" on a host's root, "/lessons/engram/" under a sub-path,
 * "#/" in the one-file offline build (hash links). Only meaningful in the browser: while
 * prerendering, `resolve` gives paths relative to the page being rendered.
 */
export function appRoot(): string {
	const root = resolve('/');
	if (root.includes('#')) return '#/';
	return root.startsWith('/') ? root : '/';
}

/** The site path of a URL, from the app's root ("/lessons/engram/es/about/" → "/es/about/"). */
export function sitePathOf(url: URL | Location, root = appRoot()): string | undefined {
	if (root === '#/') return url.hash.startsWith('#/') ? url.hash.slice(1).split('#')[0] : '/';
	if (!url.pathname.startsWith(root)) return undefined;
	return '/' + url.pathname.slice(root.length);
}
