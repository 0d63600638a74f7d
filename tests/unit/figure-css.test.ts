import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineStyle, missingStyles } from '../../scripts/figure-css.mjs';

describe('prerendered pages get their figure styles (scripts/figure-css.mjs)', () => {
	it('finds the stylesheets that style the page and that it does not hold yet', () => {
		const page = '<style>.kit.svelte-k1{color:red}</style><figure class="fig svelte-f1"><p class="svelte-k1"></p></figure>';
		const sheets = new Map([
			['Fig.css', '.fig.svelte-f1{margin:0}'],
			['Kit.css', '.kit.svelte-k1{color:red}'],
			['Other.css', '.other.svelte-o1{margin:0}']
		]);
		expect(missingStyles(page, sheets)).toEqual(['Fig.css']);
		expect(missingStyles('<p>no scoped classes</p>', sheets)).toEqual([]);
	});

	it('finds a plain stylesheet a figure imports by the classes it styles, unless the page links or holds it', () => {
		const sheets = new Map([
			['panels.css', '.ie-panels{display:grid}.ie-panel{min-width:0}'],
			['root.css', ':root{--a:1}.figure{margin:0}']
		]);
		const page = '<link href="/_app/root.css"><div class="ie-panels x"><p class="figure"></p></div>';
		expect(missingStyles(page, sheets)).toEqual(['panels.css']);
		expect(missingStyles('<div class="ie-panel-title"></div>', sheets)).toEqual([]);
		expect(missingStyles('<style>.ie-panels{display:grid}.ie-panel{min-width:0}</style><div class="ie-panels"></div>', sheets)).toEqual([]);
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
