/**
 * Client hook: the language in the browser comes from the address, read from the app's root
 * (Paraglide's own "url" strategy assumes the site sits at the host's root; ours also runs under a
 * sub-path and from file:// with hash links). Defined before the app hydrates.
 */
import { defineCustomClientStrategy } from '$lib/paraglide/runtime.js';
import { localeOfPath, sitePathOf } from '$lib/i18n/locale';

defineCustomClientStrategy('custom-sitePath', {
	getLocale: () => localeOfPath(sitePathOf(window.location) ?? '/'),
	// Changing language is a new page load (the language switcher's links), never a state change.
	setLocale: () => {}
});
