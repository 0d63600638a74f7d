/**
 * Every embed page's figure styles in its prerendered HTML (issue 14). An embed page loads its
 * figure through the registry (`load: () => import('./X.svelte')` in src/lib/figures/<slug>/index.ts),
 * and SvelteKit links only the styles of a page's static imports: the figure's own stylesheet came
 * with its script, so without JavaScript (a sandboxed iframe) the figure had no styles at all.
 * After the build this inlines, in each embed page's <head>, the stylesheets the client build lists
 * for that figure and for everything it imports, as SvelteKit inlines a page's own small styles
 * (no render-blocking request), and adds the style's hash to the page's Content-Security-Policy
 * as SvelteKit does for its own. When the script loads the same files later, nothing changes.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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

/** `languages`: the folders of the translated sites ("es"), whose embed pages get the same styles. */
export function linkFigureStyles({ buildDir, kitDir, languages = [] }) {
	const manifestPath = join(kitDir, 'output', 'client', '.vite', 'manifest.json');
	if (!existsSync(manifestPath)) return 0;
	const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
	let linked = 0;
	for (const [slug, figures] of Object.entries(figureFiles())) {
		for (const [id, file] of Object.entries(figures)) {
			const css = stylesOf(manifest, file)
				.map((name) => readFileSync(join(kitDir, 'output', 'client', name), 'utf8'))
				.join('\n');
			if (!css) continue;
			for (const lang of ['', ...languages]) {
				const page = join(buildDir, lang, 'embed', slug, id, 'index.html');
				if (!existsSync(page)) continue;
				writeFileSync(page, inlineStyle(readFileSync(page, 'utf8'), css));
				linked++;
			}
		}
	}
	return linked;
}
