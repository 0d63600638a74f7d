/**
 * Axis titles that do not fit along their axis go onto two or more lines. Chart.js draws a bottom
 * axis's title no longer than the axis by narrowing its letters (on a phone, "Tone trials: C =
 * conditioning, E = 5-trial extinction block" came out squeezed to two thirds of its width), and lets
 * a side axis's title run past the plot and off the canvas. Part of every chart's configuration
 * (config.ts), so the live chart and its prerendered picture wrap alike.
 */
import type { Scale } from 'chart.js';

/** `text`'s words in lines, each as long as fits in `max` by `measure` (a longer word alone on its line). */
export function greedyLines(text: string, max: number, measure: (s: string) => number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const longer = line ? `${line} ${word}` : word;
		if (line && measure(longer) > max) {
			lines.push(line);
			line = word;
		} else line = longer;
	}
	if (line) lines.push(line);
	return lines;
}

/**
 * `text` in as few lines as fit in `max`, of lengths as even as can be: the narrowest width that
 * still gives that many lines (two lines of 60 and 40 % read better than 95 and 5 %).
 */
export function balancedLines(text: string, max: number, measure: (s: string) => number): string[] {
	const fewest = greedyLines(text, max, measure);
	if (fewest.length < 2) return fewest;
	let lo = 0;
	let hi = max;
	// Bisect the width to within a pixel; each step is a greedy pass over a dozen words.
	while (hi - lo > 1) {
		const mid = (lo + hi) / 2;
		if (greedyLines(text, mid, measure).length > fewest.length) lo = mid;
		else hi = mid;
	}
	return greedyLines(text, hi, measure);
}

/** A Chart.js font (resolved: style, weight, size, family) as the canvas writes it. */
type CanvasFont = { style?: string; weight?: string | number; size?: number; family?: string };
const fontString = (f: CanvasFont = {}) => `${f.style ?? 'normal'} ${f.weight ?? 'normal'} ${f.size ?? 12}px ${f.family ?? 'sans-serif'}`;

/**
 * `balancedLines` measured on `scale`'s canvas in `font`, remembered: Chart.js lays a chart out on
 * every update (each slider step) and fits each scale two or three times per layout, while titles and
 * labels rarely change. A few hundred entries cover every chart of a page.
 */
const remembered = new Map<string, string[]>();
function linesOn(scale: Scale, font: CanvasFont | undefined, text: string, room: number): string[] {
	const css = fontString(font);
	const key = `${css}|${Math.floor(room)}|${text}`;
	let lines = remembered.get(key);
	if (!lines) {
		const ctx = scale.ctx;
		ctx.save();
		ctx.font = css;
		lines = balancedLines(text, Math.floor(room), (s) => ctx.measureText(s).width);
		ctx.restore();
		if (remembered.size > 500) remembered.clear();
		remembered.set(key, lines);
	}
	return lines;
}

/**
 * Sets `scale`'s title to `text` in as many lines as its length along the axis needs. A scale's
 * `beforeFit` (config.ts): Chart.js has just given the scale its length for this pass of the layout,
 * and reads the title's line count right after, to size the scale. Only the text changes, from the
 * configured title each time, so a resize wraps it afresh.
 */
export function fitAxisTitle(scale: Scale, text: string): void {
	// Cartesian scales have a title (CoreScaleOptions does not name it).
	const title = (scale.options as { title?: { display?: boolean; text?: string | string[]; font?: CanvasFont } }).title;
	if (!title?.display || !text) return;
	const room = scale.isHorizontal() ? scale.width : scale.height;
	if (!(room > 0)) return;
	const lines = linesOn(scale, title.font, text, room);
	title.text = lines.length === 1 ? lines[0] : lines;
}

/**
 * A side axis's labels that would not fit in the half of the chart Chart.js allows that axis go onto
 * two or more lines; otherwise they ran under the axis title and off the canvas ("Study 1 · low (d
 * not given)" on a bar chart 300 px wide). A scale's `afterTickToLabelConversion` (config.ts): its
 * labels are made, not yet measured.
 */
export function fitTickLabels(scale: Scale): void {
	if (scale.isHorizontal()) return;
	const options = scale.options as {
		ticks?: { font?: CanvasFont; padding?: number };
		title?: { display?: boolean; text?: string | string[]; font?: CanvasFont };
	};
	const titleLines = Array.isArray(options.title?.text) ? options.title.text.length : 1;
	// The axis's half of the chart, less its title (lines at Chart.js's 1.2 line height, 4 px padding
	// each side) and the tick marks and their padding.
	const titleRoom = options.title?.display ? titleLines * 1.2 * (options.title.font?.size ?? 12) + 8 : 0;
	const room = scale.chart.width / 2 - titleRoom - 8 - (options.ticks?.padding ?? 3);
	if (!(room > 0)) return;
	for (const tick of scale.ticks) {
		if (typeof tick.label !== 'string') continue;
		const lines = linesOn(scale, options.ticks?.font, tick.label, room);
		if (lines.length > 1) tick.label = lines;
	}
}
