/**
 * One colour-blind-safe palette for every chart (Okabe & Ito, "Color Universal Design").
 * Series also differ by dash pattern and marker shape, so colour is never the only cue.
 */
export type Scheme = 'light' | 'dark';

// Index 5 is Okabe-Ito sky blue darkened from #56B4E9 (2.3:1 on white) to 3.25:1, the 3:1 that marks need.
const LIGHT = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#8A6D00', '#3D96CF', '#555555'];
// Lighter variants that keep contrast on a dark background.
const DARK = ['#56B4E9', '#F28C3A', '#2BC79A', '#E39BC6', '#F0E442', '#9AD0F5', '#BBBBBB'];

const DASHES: number[][] = [[], [6, 4], [2, 3], [10, 3, 2, 3], [1, 2], [8, 8], [4, 2]];
const MARKERS = ['circle', 'rect', 'triangle', 'rectRot', 'crossRot', 'star', 'rectRounded'] as const;

export function color(i: number, scheme: Scheme): string {
	const list = scheme === 'dark' ? DARK : LIGHT;
	return list[((i % list.length) + list.length) % list.length];
}

export function dash(i: number): number[] {
	return DASHES[((i % DASHES.length) + DASHES.length) % DASHES.length];
}

export function marker(i: number): (typeof MARKERS)[number] {
	return MARKERS[((i % MARKERS.length) + MARKERS.length) % MARKERS.length];
}

/** Translucent version of a #rrggbb colour, for fills. */
export function alpha(hex: string, a: number): string {
	const n = parseInt(hex.slice(1), 16);
	return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${a})`;
}

export interface ThemeColors {
	text: string;
	muted: string;
	grid: string;
}

export function themeColors(scheme: Scheme): ThemeColors {
	return scheme === 'dark'
		? { text: '#e8e6e1', muted: '#b5b1a8', grid: 'rgba(255,255,255,0.12)' }
		: { text: '#1d1d1b', muted: '#5c5a55', grid: 'rgba(0,0,0,0.09)' };
}

/** The scheme in force: an explicit data-theme on <html> wins over the OS preference. */
export function currentScheme(): Scheme {
	if (typeof document === 'undefined') return 'light';
	const forced = document.documentElement.dataset.theme;
	if (forced === 'light' || forced === 'dark') return forced;
	return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/**
 * Line and type scale for charts, from CSS custom properties on <html> (1 and 1 unless set).
 * Projector mode (lms/projector.ts, app.css) sets --chart-line-scale and --chart-font-scale.
 */
export interface ChartInk {
	line: number;
	font: number;
}

export function chartInk(): ChartInk {
	if (typeof document === 'undefined') return { line: 1, font: 1 };
	const css = getComputedStyle(document.documentElement);
	const read = (name: string) => {
		const v = parseFloat(css.getPropertyValue(name));
		return Number.isFinite(v) && v > 0 && v <= 4 ? v : 1;
	};
	return { line: read('--chart-line-scale'), font: read('--chart-font-scale') };
}
