import { describe, expect, it } from 'vitest';
import { color } from '../../src/lib/charts/palette';
import { PALETTE_SIZE, paletteCss } from '../../src/lib/figure-kit/palette-css';

describe('paletteCss', () => {
	const css = paletteCss();
	it('declares every palette colour, light and dark, from charts/palette.ts', () => {
		for (let i = 0; i < PALETTE_SIZE; i++) {
			expect(css).toContain(`--c${i}:${color(i, 'light')};`);
			expect(css).toContain(`--c${i}:${color(i, 'dark')};`);
		}
	});
	it('lets data-theme override the OS preference both ways', () => {
		expect(css).toContain(":root:not([data-theme='light'])");
		expect(css).toContain(":root[data-theme='dark']");
	});
});
