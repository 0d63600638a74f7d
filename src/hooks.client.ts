/**
 * Client hook: the language in the browser comes from the address, read from the app's root
 * (Paraglide's own "url" strategy assumes the site sits at the host's root; ours also runs under a
 * sub-path and from file:// with hash links). Defined before the app hydrates.
 */
import { defineCustomClientStrategy, overwriteGetLocale } from '$lib/paraglide/runtime.js';
import { localeOfPath, sitePathOf, type Locale } from '$lib/i18n/locale';

let known: { href: string; locale: Locale } | undefined;

/** The page's language, read from the address once per address. */
function pageLocale(): Locale {
	const href = window.location.href;
	if (known?.href !== href) known = { href, locale: localeOfPath(sitePathOf(window.location) ?? '/') };
	return known.locale;
}

defineCustomClientStrategy('custom-sitePath', {
	getLocale: pageLocale,
	// Changing language is a new page load (the language switcher's links), never a state change.
	setLocale: () => {}
});
// Every message and every number written asks for the language (hundreds of times on one slider
// move: each table cell). Paraglide's own getLocale matches the address against its route strategies
// and then asks the strategy above, each time: 4 of the 18 ms of script of a slider move on the
// excitability figure. Ours is the one strategy, so it answers directly.
overwriteGetLocale(pageLocale);
