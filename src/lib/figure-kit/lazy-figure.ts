/**
 * Lazy figures: a figure's code (component, model, Chart.js) loads when the figure is wanted, not
 * while the page hydrates; until then the prerendered figure (picture, summary, table) stands.
 * See ./lazy/LazyFigure.svelte for the life cycle and ./lazy/schedule.ts for "wanted".
 *
 * One idiom, applied for the figures without their doing anything:
 *  - articles: scripts/vite-lazy-figures.mjs turns each `import X from '$lib/figures/…/X.svelte'` in
 *    content/**.svx into `const X = lazyFigure(() => import('…'), X_for_the_server)`;
 *  - embeds: the embed page's load wraps the registry's `load` the same way.
 * The value is a component: pass it props as the figure itself (`<X step={n} />`, Scrolly's `figure`).
 */
import type { Component } from 'svelte';
import { browser } from '$app/environment';
import LazyFigure from './lazy/LazyFigure.svelte';
import PrerenderedFigure from './lazy/PrerenderedFigure.svelte';

// Figures differ in their props; a lazy figure forwards them all.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyComponent = Component<any>;
type Loader = () => Promise<{ default: AnyComponent }>;

/**
 * A component that stands for the figure `load` brings. `prerender` is the figure itself, for the
 * server (which renders it in full); the browser build leaves it out, so the figure's code is only
 * in the chunk `load` imports.
 */
export function lazyFigure(load: Loader, prerender?: AnyComponent): AnyComponent {
	// A Svelte 5 component is a function of (internals, props): forward the props object itself, so
	// its getters (a scroll step) stay reactive.
	if (browser) return ((internals, props) => LazyFigure(internals, { load, forward: props })) as AnyComponent;
	if (!prerender) throw new Error('lazyFigure: the server needs the figure itself to prerender');
	return ((internals, props) => PrerenderedFigure(internals, { figure: prerender, forward: props })) as AnyComponent;
}

export { loadAllFigures } from './lazy/schedule';
