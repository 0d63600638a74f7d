/**
 * Whether the page URL asks for a figure in a state other than its prerendered picture, so it goes
 * live at once. On an article, keys carry the figure id (`linking.gap=24`) and bare keys apply to
 * any figure that has them (src/lib/state/url.ts); on an embed every key but `theme` (which the page
 * applies itself) changes the figure: parameters, `step`, `lock`, `predict`. A hash naming the
 * figure is a reader sent to it.
 */
const PAGE_KEYS = new Set(['theme', 'projector', 'lms']);

export function figurePreset(location: { search: string; hash: string }, figureId: string | undefined, embedded: boolean): boolean {
	let keys: string[];
	try {
		keys = [...new URLSearchParams(location.search).keys()];
	} catch {
		return false;
	}
	if (embedded) return keys.some((k) => k !== 'theme');
	if (figureId && safeDecode(location.hash.slice(1)) === figureId) return true;
	return keys.some((k) => (k.includes('.') ? !!figureId && k.startsWith(`${figureId}.`) : !PAGE_KEYS.has(k)));
}

function safeDecode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}
