/**
 * Charts in forced-colours mode (Windows high contrast, `forced-colors: active`). The browser
 * repaints HTML in the reader's system colours but never a canvas, so a chart drawn in our palette
 * could vanish on the reader's background. There the chart draws in system colours instead: lines,
 * markers and text in CanvasText and LinkText (series still differ by dash and marker), reference
 * lines and grid in GrayText, the keyboard's focus ring in Highlight over a Canvas halo.
 */

export const FORCED_COLORS = '(forced-colors: active)';

export interface SystemColors {
	canvas: string;
	text: string;
	link: string;
	gray: string;
	highlight: string;
}

export function forcedColorsActive(): boolean {
	return typeof window !== 'undefined' && !!window.matchMedia?.(FORCED_COLORS).matches;
}

/** The system colours as rgb() strings a canvas can use, read from a probe the browser does not repaint. */
export function systemColors(): SystemColors {
	const probe = document.createElement('span');
	probe.style.setProperty('forced-color-adjust', 'none');
	probe.style.display = 'none';
	document.body.append(probe);
	const read = (keyword: string) => {
		probe.style.color = keyword;
		return getComputedStyle(probe).color;
	};
	const colors = {
		canvas: read('Canvas'),
		text: read('CanvasText'),
		link: read('LinkText'),
		gray: read('GrayText'),
		highlight: read('Highlight')
	};
	probe.remove();
	return colors;
}

/** Series colour under forced colours: text and link colours in turn (dash and marker tell series apart). */
export function systemSeriesColor(style: number, colors: SystemColors): string {
	return style % 2 === 0 ? colors.text : colors.link;
}

/** An rgb()/rgba()/#rrggbb colour made translucent (for fills). */
export function withAlpha(color: string, a: number): string {
	const hex = /^#([0-9a-f]{6})$/i.exec(color);
	if (hex) {
		const n = parseInt(hex[1], 16);
		return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${a})`;
	}
	const rgb = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/i.exec(color);
	return rgb ? `rgba(${rgb[1]}, ${rgb[2]}, ${rgb[3]}, ${a})` : color;
}
