/**
 * Every figure's styles in the prerendered page that shows it (issue 14). Figures load their code
 * when wanted (src/lib/figure-kit/lazy-figure.ts): an embed page through the registry
 * (`load: () => import('./X.svelte')` in src/lib/figures/<slug>/index.ts), an article through the
 * imports scripts/vite-lazy-figures.mjs makes dynamic. SvelteKit puts in a page only the styles of
 * its static imports, so the figure's own stylesheet came with its script: without JavaScript (a
 * sandboxed iframe), or before the figure is wanted, the figure had no styles at all.
 * After the build this inlines, in each embed and article page's <head>, the stylesheets the client
 * build lists for its figures and for everything they import (those the page does not hold yet), as
 * SvelteKit inlines a page's own small styles (no render-blocking request), and adds the style's hash
 * to the page's Content-Security-Policy as SvelteKit does for its own. When the script loads the same
 * files later, nothing changes.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIGURE_IMPORT } from './vite-lazy-figures.mjs';

/** figure id -> component file, per article, read from the registry's `id: '…'` … `import('./X.svelte')`. */
export function figureFiles(figuresDir = 'src/lib/figures') {
	const out = {};
	for (const slug of readdirSync(figuresDir)) {
		const index = join(figuresDir, slug, 'index.ts');
		if (!existsSync(index)) continue;
		const text = readFileSync(index, 'utf8');
		const entries = {};
		for (const m of text.matchAll(/\bid:\s*'([^']+)'[\s\S]*?import\('\.\/([^']+\.svelte)'\)/g)) {
			entries[m[1]] = `${figuresDir}/${slug}/${m[2]}`;
		}
		out[slug] = entries;
	}
	return out;
}

/** The stylesheets of a manifest entry and of all it imports statically, in import order. */
export function stylesOf(manifest, key, seen = new Set()) {
	const entry = manifest[key];
	if (!entry || seen.has(key)) return [];
	seen.add(key);
	const css = [];
	for (const dep of entry.imports ?? []) css.push(...stylesOf(manifest, dep, seen));
	css.push(...(entry.css ?? []));
	return [...new Set(css)];
}

/** `css` as a <style> at the end of <head>, its hash allowed by the page's CSP <meta> (if it has one). */
export function inlineStyle(html, css) {
	const hash = `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
	const withHash = html.replace(/(<meta http-equiv="content-security-policy" content="[^"]*?style-src [^;"]*)/, (m) => `${m} ${hash}`);
	if (/<meta http-equiv="content-security-policy"/.test(html) && withHash === html) {
		throw new Error('figure-css: the page has a CSP without a style-src to add the figure styles to');
	}
	return withHash.replace('</head>', () => `<style>${css}</style></head>`);
}

/** The figure components an article's .svx imports (src/lib/figures/…/X.svelte), as project paths. */
export function articleFigureFiles(svxFile) {
	if (!existsSync(svxFile)) return [];
	return [...readFileSync(svxFile, 'utf8').matchAll(FIGURE_IMPORT)].map((m) => m[4].replace(/^\$lib\//, 'src/lib/'));
}

/** `languages`: the folders of the translated sites ("es"), whose pages get the same styles. */
export function linkFigureStyles({ buildDir, kitDir, languages = [] }) {
	const manifestPath = join(kitDir, 'output', 'client', '.vite', 'manifest.json');
	if (!existsSync(manifestPath)) return 0;
	const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
	const read = (name) => readFileSync(join(kitDir, 'output', 'client', name), 'utf8');
	let linked = 0;
	/** Inlines the styles of `files` (and their imports) that `page` does not hold already. */
	const link = (page, files) => {
		if (!existsSync(page)) return;
		const html = readFileSync(page, 'utf8');
		const names = [...new Set(files.flatMap((file) => stylesOf(manifest, file)))];
		const css = names
			.map(read)
			.filter((text) => !html.includes(text))
			.join('\n');
		if (!css) return;
		writeFileSync(page, inlineStyle(html, css));
		linked++;
	};
	for (const [slug, figures] of Object.entries(figureFiles())) {
		for (const lang of ['', ...languages]) {
			for (const [id, file] of Object.entries(figures)) link(join(buildDir, lang, 'embed', slug, id, 'index.html'), [file]);
			const svx =
				lang && existsSync(join('content', lang, `${slug}.svx`)) ? join('content', lang, `${slug}.svx`) : join('content', `${slug}.svx`);
			link(join(buildDir, lang, slug, 'index.html'), articleFigureFiles(svx));
		}
	}
	return linked;
}
