import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { color } from '../../src/lib/charts/palette';
import { PALETTE_SIZE, paletteStyle } from '../../src/lib/figure-kit/palette-css';

describe('paletteStyle', () => {
	const style = paletteStyle();
	it('writes every palette colour, light and dark, from charts/palette.ts', () => {
		for (let i = 0; i < PALETTE_SIZE; i++) {
			expect(style).toContain(`--c${i}-light:${color(i, 'light')};`);
			expect(style).toContain(`--c${i}-dark:${color(i, 'dark')};`);
		}
	});
	it('is the only place colours of the palette are written: app.css maps every token, with no colour value', () => {
		const css = readFileSync('src/app.css', 'utf8');
		// From the first palette rule to the end of the last one (the forced-dark theme's).
		const last = css.indexOf(":root[data-theme='dark'] .palette {");
		const block = css.slice(css.indexOf('.palette {'), css.indexOf('}', last) + 1);
		for (let i = 0; i < PALETTE_SIZE; i++) {
			expect(block).toContain(`--c${i}: var(--c${i}-light);`);
			expect(block.split(`--c${i}: var(--c${i}-dark);`).length - 1).toBe(2);
		}
		expect(block).not.toMatch(/#[0-9a-f]{3,6}\b/i);
	});
});
