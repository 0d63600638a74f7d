/**
 * Saving generated text as a file. A data: URL (not a blob: URL, not fetch) so the same link works
 * on the hosted site, from file:// in the one-file offline build, and inside course packages.
 */

/** A data: URL for UTF-8 text. `bom` adds a byte-order mark so spreadsheet programs read UTF-8. */
export function textDataUrl(text: string, mime: string, bom = false): string {
	return `data:${mime};charset=utf-8,${encodeURIComponent((bom ? '\uFEFF' : '') + text)}`;
}

/** Starts a download of `text` as `filename`. Browser only; returns false where it could not. */
export function downloadText(text: string, filename: string, mime: string, bom = false): boolean {
	try {
		const a = document.createElement('a');
		a.href = textDataUrl(text, mime, bom);
		a.download = filename;
		a.rel = 'noopener';
		a.style.display = 'none';
		document.body.append(a);
		a.click();
		a.remove();
		return true;
	} catch {
		return false;
	}
}
