/**
 * Lazy figures in the articles (src/lib/figure-kit/lazy-figure.ts): each
 *   import X from '$lib/figures/<slug>/X.svelte';
 * in content/**.svx, or in a route's component (the lab page, /lab/spiking/), becomes, in the browser
 * build,
 *   const X = lazyFigure(() => import('$lib/figures/<slug>/X.svelte'));
 * so the figure's component, model and Chart.js are a chunk of their own, loaded when the figure is
 * wanted; the server build keeps the static import and hands it over for the prerender. An article
 * writes a figure as before (`<X />`, `<Scrolly figure={X}>`): nothing to do per figure.
 */
export const FIGURE_IMPORT = /^([ \t]*)import\s+([A-Za-z_$][\w$]*)\s+from\s+(['"])(\$lib\/figures\/[^'"]+\.svelte)\3;?[ \t]*$/gm;
const HELPER = "import { lazyFigure as __lazyFigure } from '$lib/figure-kit/lazy-figure';";

/** The .svx source with its figure imports made lazy (`ssr`: keep the figure for the prerender). */
export function lazyFigureImports(code, ssr) {
	let found = false;
	const out = code.replace(FIGURE_IMPORT, (_, indent, name, quote, path) => {
		found = true;
		const load = `() => import(${quote}${path}${quote})`;
		return ssr
			? `${indent}import __${name}Prerender from ${quote}${path}${quote};\n${indent}const ${name} = __lazyFigure(${load}, __${name}Prerender);`
			: `${indent}const ${name} = __lazyFigure(${load});`;
	});
	if (!found) return code;
	// The helper's import goes first in the instance script (the first <script> without context="module").
	return out.replace(/<script(?![^>]*context=)(?![^>]*module)([^>]*)>/, (tag) => `${tag}\n\t${HELPER}`);
}

/** The files whose figure imports become lazy: the articles, and the routes' components. */
export function isFigureHost(id) {
	return (id.endsWith('.svx') && id.includes('/content/')) || (id.endsWith('.svelte') && id.includes('/src/routes/'));
}

/** @returns {import('vite').Plugin} */
export function lazyFigures() {
	return {
		name: 'engram:lazy-figures',
		enforce: 'pre',
		transform(code, id, options) {
			if (!isFigureHost(id)) return null;
			const ssr = options?.ssr ?? this.environment?.config?.consumer === 'server';
			const out = lazyFigureImports(code, ssr);
			return out === code ? null : { code: out, map: null };
		}
	};
}
