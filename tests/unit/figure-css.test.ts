import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { figureFiles, inlineStyle, stylesOf } from '../../scripts/figure-css.mjs';

describe('embed pages get their figure styles (scripts/figure-css.mjs)', () => {
	it('maps every registered figure to its component file', () => {
		const files = figureFiles() as Record<string, Record<string, string>>;
		expect(files['intrinsic-excitability'].allocation).toBe('src/lib/figures/intrinsic-excitability/Allocation.svelte');
		for (const figures of Object.values(files)) expect(Object.keys(figures).length).toBeGreaterThan(0);
	});

	it('collects the stylesheets of a chunk and of what it imports, once each, imports first', () => {
		const manifest = {
			'Fig.svelte': { css: ['fig.css'], imports: ['_shared.js', '_kit.js'] },
			'_shared.js': { css: ['shared.css'], imports: ['_kit.js'] },
			'_kit.js': { css: ['kit.css', 'shared.css'] }
		};
		expect(stylesOf(manifest, 'Fig.svelte')).toEqual(['kit.css', 'shared.css', 'fig.css']);
		expect(stylesOf(manifest, 'Missing.svelte')).toEqual([]);
	});

	it('inlines the styles and allows exactly them in the page CSP', () => {
		const css = '.a{color:red}$&';
		const page = `<head><meta http-equiv="content-security-policy" content="default-src 'self'; style-src 'self' 'sha256-x'; style-src-attr 'unsafe-inline'"></head>`;
		const out = inlineStyle(page, css) as string;
		const hash = createHash('sha256').update(css).digest('base64');
		expect(out).toContain(`style-src 'self' 'sha256-x' 'sha256-${hash}'; style-src-attr 'unsafe-inline'`);
		expect(out).toContain(`<style>${css}</style></head>`);
		expect(() => inlineStyle(`<head><meta http-equiv="content-security-policy" content="default-src 'self'"></head>`, css)).toThrow();
	});
});
