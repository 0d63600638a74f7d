/**
 * The colour scheme in force, as a reactive value: an explicit `data-theme` on <html> (the embed's
 * `theme=` option) wins over the operating system's preference.
 *   const scheme = colorScheme();   scheme.current === 'dark'
 * Listens only while read; stops when the reading effect is destroyed.
 */
import { createSubscriber, MediaQuery } from 'svelte/reactivity';

export type Scheme = 'light' | 'dark';

export function colorScheme(): { readonly current: Scheme } {
	const dark = new MediaQuery('(prefers-color-scheme: dark)', false);
	const subscribe = createSubscriber((update) => {
		const watch = new MutationObserver(update);
		watch.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
		return () => watch.disconnect();
	});
	return {
		get current(): Scheme {
			if (typeof document === 'undefined') return 'light';
			subscribe();
			const forced = document.documentElement.dataset.theme;
			if (forced === 'light' || forced === 'dark') return forced;
			return dark.current ? 'dark' : 'light';
		}
	};
}
