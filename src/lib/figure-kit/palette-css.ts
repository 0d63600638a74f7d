/**
 * The chart palette (charts/palette.ts, the one source of colours) as CSS custom properties, so
 * SVG and HTML parts of figures (cell grids, legends, diagrams) use the same colours as the charts.
 *
 * The root layout writes paletteStyle() into the style attribute of its wrapper (our CSP blocks
 * inline <style> elements but allows style attributes): --c0-light … --c6-dark. app.css maps them
 * to --c0 … --c6 for the scheme in force (OS preference, or data-theme on <html>). No colour
 * value is written anywhere else.
 */
import { color, type Scheme } from '../charts/palette';

export const PALETTE_SIZE = 7;

function declarations(scheme: Scheme): string {
	return Array.from({ length: PALETTE_SIZE }, (_, i) => `--c${i}-${scheme}:${color(i, scheme)};`).join('');
}

export function paletteStyle(): string {
	return declarations('light') + declarations('dark');
}
