/**
 * Links and anchors: every internal link, asset and #anchor of every built page resolves, and every
 * page carries its Content-Security-Policy before any script or style (a static crawl of the build).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGES } from './harness';
import { ALL_PAGES, ARTICLE_PAGES, BUILD, FIGURE_PAGES, SITE_PAGES, html } from './hardening-shared';

// ── 1. Links and anchors (static crawl of the build) ─────────────────────────────────────────────

function decode(s: string): string {
	return s
		.replace(/&amp;/g, '&')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>');
}

function idsOf(html: string): Set<string> {
	return new Set([...html.matchAll(/\s(?:id|name)="([^"]*)"/g)].map((m) => decode(m[1])));
}

/** The file a site path is served from, as scripts/serve.mjs answers it (or undefined). */
function fileFor(pathname: string): string | undefined {
	const file = join(BUILD, decodeURIComponent(pathname));
	if (existsSync(file) && statSync(file).isFile()) return file;
	if (existsSync(join(file, 'index.html'))) return join(file, 'index.html');
	return undefined;
}

describe('links and anchors across the built site', () => {
	it('finds the pages to test', () => {
		expect(SITE_PAGES).toEqual(expect.arrayContaining([...PAGES]));
		expect(FIGURE_PAGES.length + ARTICLE_PAGES.length).toBeGreaterThan(0);
	});

	it.each(ALL_PAGES.map((p) => p.path))('every internal link, asset and anchor of %s resolves', (path) => {
		const page = html(path);
		const base = new URL(path, 'http://engram.test');
		const broken: string[] = [];
		const refs = [...page.matchAll(/\s(href|src)="([^"]*)"/g)].map((m) => decode(m[2]));
		expect(refs.length).toBeGreaterThan(0);
		for (const ref of refs) {
			if (ref === '' || /^(mailto|tel|data):/i.test(ref)) continue;
			if (/^javascript:/i.test(ref)) {
				broken.push(`${ref} (javascript: URL)`);
				continue;
			}
			const url = new URL(ref, base);
			if (url.host !== base.host) continue; // outside links (DOIs) are links, not requests
			const target = fileFor(url.pathname);
			if (!target) {
				broken.push(`${ref} -> ${url.pathname} (no such file)`);
				continue;
			}
			const fragment = decodeURIComponent(url.hash.slice(1));
			if (fragment && target.endsWith('.html') && !idsOf(readFileSync(target, 'utf8')).has(fragment)) {
				broken.push(`${ref} (no element with id "${fragment}")`);
			}
		}
		expect(broken).toEqual([]);
	});

	it.each(ALL_PAGES.map((p) => p.path))('%s carries a Content-Security-Policy meta tag with default-src self', (path) => {
		const page = html(path);
		const meta = page.match(/<meta http-equiv="content-security-policy" content="([^"]*)"/i);
		expect(meta, 'no CSP meta tag').not.toBeNull();
		const policy = decode(meta![1]);
		expect(policy).toMatch(/(^|;)\s*default-src 'self'\s*(;|$)/);
		expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
		// The meta tag only applies to what follows it: it must come before any script or style.
		const at = page.indexOf(meta![0]);
		const firstCode = page.search(/<script|<style|<link[^>]*rel="(stylesheet|modulepreload)"/);
		expect(firstCode === -1 || at < firstCode, 'CSP meta comes after a script or style').toBe(true);
	});
});
