/**
 * A CSS media query as a reactive boolean (false while prerendering).
 *   const narrow = mediaQuery('(max-width: 600px)');   narrow.current
 * Svelte's MediaQuery listens only while something reads it and removes its listener itself.
 */
import { MediaQuery } from 'svelte/reactivity';

export function mediaQuery(query: string): MediaQuery {
	return new MediaQuery(query, false);
}

/** Phone-width screens (charts are drawn shorter there so a sticky figure fits). */
export function narrowScreen(maxWidth = 600): MediaQuery {
	return mediaQuery(`(max-width: ${maxWidth}px)`);
}
