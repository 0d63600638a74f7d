/**
 * The settings a reader sees on a figure, read from its controls: each range input's label and the
 * value it announces. The same reading Figure.svelte does for print, kept here so the CSV download
 * needs no new prop on the figure frame.
 */
export function figureSettings(figure: Element | null): [string, string][] {
	if (!figure) return [];
	return Array.from(figure.querySelectorAll<HTMLInputElement>('input[type="range"]')).map((input) => {
		const label = (input.labels?.[0]?.textContent ?? input.getAttribute('aria-label') ?? input.name ?? '').replace(/\s+/g, ' ').trim();
		return [label, input.getAttribute('aria-valuetext') ?? input.value];
	});
}
