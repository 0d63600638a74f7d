/**
 * Projector mode: light, high-contrast colours, larger type, thicker lines and markers, for a
 * classroom projector (they wash out dark themes and thin lines).
 *
 * Turned on by `?projector=1` on any page or embed, off by `?projector=0`. On the site (not in
 * embeds) the choice is kept for the browser tab in sessionStorage, so it survives following links.
 * It shows as `data-projector` on <html> (and forces `data-theme="light"`): app.css sets the
 * tokens, and charts read `--chart-line-scale` from there (see charts/palette.ts).
 */
import { safeStorage } from './storage';

export const PROJECTOR_KEY = 'projector';
const STORE_KEY = 'engram:projector';

/** true / false when the query string says so, undefined when it does not. Never throws. */
export function readProjector(search: string | URLSearchParams): boolean | undefined {
	let q: URLSearchParams;
	try {
		q = typeof search === 'string' ? new URLSearchParams(search) : search;
	} catch {
		return undefined;
	}
	const raw = q.get(PROJECTOR_KEY);
	if (raw === null) return undefined;
	const v = raw.trim().toLowerCase();
	if (['1', 'true', 'yes', 'on', ''].includes(v)) return true;
	if (['0', 'false', 'no', 'off'].includes(v)) return false;
	return undefined;
}

/** Whether projector mode is on: the address first, then (when `remember`) this tab's earlier choice. */
export function projectorWanted(search: string, remember: boolean): boolean {
	const asked = readProjector(search);
	const store = safeStorage('session');
	if (asked !== undefined) {
		if (remember) {
			if (asked) store.set(STORE_KEY, '1');
			else store.remove(STORE_KEY);
		}
		return asked;
	}
	return remember && store.get(STORE_KEY) === '1';
}

/** Sets or clears projector mode on <html>. Browser only. */
export function setProjector(on: boolean): void {
	const root = document.documentElement;
	if (on) {
		root.dataset.projector = '';
		root.dataset.theme = 'light';
	} else if ('projector' in root.dataset) {
		delete root.dataset.projector;
		if (root.dataset.theme === 'light') delete root.dataset.theme;
	}
}

/** Reads the address (and, on the site, the tab's choice) and applies it. Never throws. */
export function applyProjector(remember = true): boolean {
	try {
		const on = projectorWanted(window.location.search, remember);
		if (on) setProjector(true);
		return on;
	} catch {
		return false;
	}
}

/** The switch on /teach/: applies the mode and keeps it for this tab. */
export function chooseProjector(on: boolean): void {
	setProjector(on);
	const store = safeStorage('session');
	if (on) store.set(STORE_KEY, '1');
	else store.remove(STORE_KEY);
}
