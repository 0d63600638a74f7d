/**
 * Universal hooks. `reroute`: "/es/about/" renders the route of "/about/" (the language is only a
 * prefix of the address; the page reads it with getLocale()). Works from the site root while
 * prerendering, under a sub-path in the browser, and on the hash links of the one-file offline build.
 */
import type { Reroute } from '@sveltejs/kit';
import { appRoot, sitePathOf, unlocalizedPath } from '$lib/i18n/locale';

export const reroute: Reroute = ({ url }) => {
	const root = appRoot();
	const path = sitePathOf(url, root);
	if (path === undefined) return;
	const plain = unlocalizedPath(path);
	if (plain === path) return;
	// Hash router: SvelteKit puts the returned path in the hash itself.
	return root === '#/' ? plain : root.slice(0, -1) + plain;
};
