import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { relinkScript, rootCandidates, withRelinkScript, withoutNotFoundLinks } from '../../src/routes/(site)/not-found/site-root.js';

describe("the 404 page's links at any depth (src/routes/(site)/not-found/site-root.js)", () => {
	it('tries the folders above a missing address, deepest first, down to the root', () => {
		expect(rootCandidates('/')).toEqual(['/']);
		expect(rootCandidates('/typo')).toEqual(['/']);
		expect(rootCandidates('/no-such-page/')).toEqual(['/no-such-page/', '/']);
		expect(rootCandidates('/lessons/engram/astrocytes-fear-extinction/typo')).toEqual([
			'/lessons/engram/astrocytes-fear-extinction/',
			'/lessons/engram/',
			'/lessons/',
			'/'
		]);
		expect(rootCandidates('/es/a/b/')).toEqual(['/es/a/b/', '/es/a/', '/es/', '/']);
	});

	it("adds the script before </body> and its hash to the CSP's script-src, and nothing else", () => {
		const html =
			"<head><meta http-equiv=\"content-security-policy\" content=\"default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'\"></head><body><a href=\"./es/\">x</a></body>";
		const out = withRelinkScript(html, 'es/');
		const code = relinkScript('es/');
		const hash = createHash('sha256').update(code, 'utf8').digest('base64');
		expect(out).toContain(`script-src 'self' 'wasm-unsafe-eval' 'sha256-${hash}'; style-src 'self'`);
		expect(out).toContain(`<a href="./es/">x</a><script>${code}</script></body>`);
		expect(code).toContain('relink("es/")');
		expect(() => withRelinkScript('<head></head><body></body>', '')).toThrow(/script-src/);
	});

	it('points the language switch at the other home and drops the alternates of a folder the build removes', () => {
		const html =
			'<link rel="alternate" hreflang="en" href="./../not-found/"/><link rel="icon" href="./../favicon.svg"><a href="./../not-found/" hreflang="en">English</a><a href="./../es/about/">x</a>';
		expect(withoutNotFoundLinks(html)).toBe(
			'<link rel="icon" href="./../favicon.svg"><a href="./../" hreflang="en">English</a><a href="./../es/about/">x</a>'
		);
	});
});
