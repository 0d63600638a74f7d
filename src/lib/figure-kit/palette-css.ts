/**
 * The chart palette (charts/palette.ts, the one source of colours) as CSS custom properties, so
 * SVG and HTML parts of figures (cell grids, legends, diagrams) use the same colours as the charts:
 *   --c0 … --c6   light values by default; dark values under prefers-color-scheme: dark (unless
 *                 the page forces data-theme="light") and under data-theme="dark".
 * The root layout puts this text in a <style> in <head>.
 */
import { color, type Scheme } from '../charts/palette';

export const PALETTE_SIZE = 7;

function declarations(scheme: Scheme): string {
	return Array.from({ length: PALETTE_SIZE }, (_, i) => `--c${i}:${color(i, scheme)};`).join('');
}

export function paletteCss(): string {
	const dark = declarations('dark');
	return (
		`:root{${declarations('light')}}` +
		`@media (prefers-color-scheme: dark){:root:not([data-theme='light']){${dark}}}` +
		`:root[data-theme='dark']{${dark}}`
	);
}
