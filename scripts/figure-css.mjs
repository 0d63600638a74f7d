/**
 * Every figure's styles in the prerendered page that shows it (issue 14). Figures load their code
 * when wanted (src/lib/figure-kit/lazy-figure.ts): an embed page through the registry
 * (`load: () => import('./X.svelte')` in src/lib/figures/<slug>/index.ts), an article through the
 * imports scripts/vite-lazy-figures.mjs makes dynamic. SvelteKit puts in a page only the styles of
 * its static imports, so the figure's own stylesheet came with its script: without JavaScript (a
 * sandboxed iframe), or before the figure is wanted, the figure had no styles at all.
 * After the build this inlines, in each page's <head>, the stylesheets that style its scoped classes
 * and that the page does not hold yet, as SvelteKit inlines a page's own small styles (no render-blocking request), and adds the style's hash
 * to the page's Content-Security-Policy as SvelteKit does for its own. When the script loads the same
 * files later, nothing changes.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** `css` as a <style> at the end of <head>, its hash allowed by the page's CSP <meta> (if it has one). */
export function inlineStyle(html, css) {
	const hash = `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
	const withHash = html.replace(/(<meta http-equiv="content-security-policy" content="[^"]*?style-src [^;"]*)/, (m) => `${m} ${hash}`);
	if (/<meta http-equiv="content-security-policy"/.test(html) && withHash === html) {
		throw new Error('figure-css: the page has a CSP without a style-src to add the figure styles to');
	}
	return withHash.replace('</head>', () => `<style>${css}</style></head>`);
}

/** The scoped-style hashes (`svelte-abc123`) the page's elements carry. */
function usedHashes(html) {
	return new Set(html.match(/\bsvelte-[a-z0-9]+\b/g) ?? []);
}

/** Every class name the page's elements carry. */
function usedClasses(html) {
	return new Set([...html.matchAll(/\sclass="([^"]*)"/g)].flatMap((m) => m[1].split(/\s+/)).filter(Boolean));
}

/**
 * The stylesheets (name -> text) a page needs and does not hold: those with a rule for a scoped class
 * its elements carry, whose text is not in the page already (nor linked by name). A plain stylesheet a
 * figure imports (no scoped classes: `import './panels.css'`) counts when the page has an element with
 * one of its classes; without it the prerendered figure stood in a layout the live one never shows
 * (the allocation figure was 680 px taller). Pure, for the tests.
 */
export function missingStyles(html, sheets) {
	const used = usedHashes(html);
	let classes;
	const out = [];
	for (const [name, text] of sheets) {
		if (html.includes(text) || html.includes(name)) continue;
		const hashes = text.match(/\.svelte-[a-z0-9]+\b/g) ?? [];
		if (hashes.length) {
			if (hashes.some((h) => used.has(h.slice(1)))) out.push(name);
			continue;
		}
		classes ??= usedClasses(html);
		const own = (text.match(/\.[A-Za-z_-][\w-]*/g) ?? []).map((c) => c.slice(1));
		if (own.some((c) => classes.has(c))) out.push(name);
	}
	return out;
}

/** Every prerendered page of the build (index.html and the 404 pages), as paths under `dir`. */
export function pagesOf(dir, rel = '') {
	const out = [];
	for (const entry of readdirSync(join(dir, rel), { withFileTypes: true })) {
		const r = rel ? `${rel}/${entry.name}` : entry.name;
		if (entry.isDirectory()) {
			if (r !== '_app' && r !== '_charts') out.push(...pagesOf(dir, r));
		} else if (entry.name.endsWith('.html')) out.push(r);
	}
	return out;
}

/**
 * Inlines into every prerendered page the stylesheets of the build that style its elements and that
 * SvelteKit left out (see above): matched by the scoped classes in the page, so it finds a figure's
 * styles however the bundler grouped its modules. `languages` is kept for the callers.
 */
export function linkFigureStyles({ buildDir }) {
	const assets = join(buildDir, '_app', 'immutable', 'assets');
	if (!existsSync(assets)) return 0;
	const sheets = new Map(
		readdirSync(assets)
			.filter((name) => name.endsWith('.css'))
			.sort()
			.map((name) => [name, readFileSync(join(assets, name), 'utf8')])
	);
	let linked = 0;
	for (const page of pagesOf(buildDir)) {
		const file = join(buildDir, page);
		const html = readFileSync(file, 'utf8');
		const missing = missingStyles(html, sheets);
		if (!missing.length) continue;
		writeFileSync(file, inlineStyle(html, missing.map((name) => sheets.get(name)).join('\n')));
		linked++;
	}
	return linked;
}
