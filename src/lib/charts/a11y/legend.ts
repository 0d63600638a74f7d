/**
 * Showing and hiding series, the legend's job, from the keyboard as well as the pointer: digit keys
 * 1–9 on a focused chart toggle series 1–9, a click on a legend entry toggles its series, and both
 * say what happened in the chart's read-out ("Frozen cell hidden. 2 of 3 series shown.").
 * Pure: which series the reader has hidden, as booleans; nothing of Chart.js or the DOM.
 *
 *   hidden [] --toggle(1)--> [false, true] --toggle(1)--> [false, false]
 *   series count changes --> hiddenFor() drops the reader's choices (the series are new)
 */
import { m } from '$lib/paraglide/messages.js';

/** The series a digit key toggles (0-based), or undefined: not a digit, a modifier held, or no such series. */
export function keyToSeries(e: { key: string; altKey?: boolean; ctrlKey?: boolean; metaKey?: boolean }, count: number): number | undefined {
	if (e.altKey || e.ctrlKey || e.metaKey || !/^[1-9]$/.test(e.key)) return undefined;
	const i = Number(e.key) - 1;
	return i < count ? i : undefined;
}

/** The reader's hidden series after toggling series `i` of `count`. */
export function toggle(hidden: readonly boolean[], i: number, count: number): boolean[] {
	const next = hiddenFor(hidden, count);
	if (i >= 0 && i < count) next[i] = !next[i];
	return next;
}

/** The reader's choices, kept while the chart has the same number of series. */
export function hiddenFor(hidden: readonly boolean[], count: number): boolean[] {
	return hidden.length === count ? [...hidden] : Array.from({ length: count }, () => false);
}

/** What the read-out says after a toggle: the series, its new state, and how many remain shown. */
export function toggleText(label: string, nowHidden: boolean, shown: number, count: number): string {
	return m.legend_toggled({ series: label, state: nowHidden ? m.legend_hidden() : m.legend_shown(), shown, count });
}
