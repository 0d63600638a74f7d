/**
 * Markup the browser does not hydrate: a block of a page that is the same on the server and in the
 * browser and has nothing of its own to listen to (a lesson plan, an article's glossary and reference
 * list). Hydrating it would only walk it: an effect per list item and text, about a third of
 * /teach/'s hydration (measured).
 *
 * The same idiom as a lazy figure's slot (../figure-kit/lazy-figure.ts): while the page hydrates, the
 * block's client half is an empty element, which hydration claims without looking inside, so the
 * prerendered content stays as it is. Rendered in the browser without a prerendered page (a later
 * client-side navigation, the one-file offline site), the block renders its content as usual.
 *
 * What it may hold: links (the router handles them), glossary terms (ui/term-bubbles.ts, one set of
 * listeners for the page) and buttons whose clicks the block's own `onclick` handles as they bubble
 * (a `data-*` attribute around each says which). Nothing with state of its own.
 */
import type { Component, Snippet } from 'svelte';
import { browser } from '$app/environment';
import StaticBlockFull from './StaticBlockFull.svelte';
import StaticBlockKept from './StaticBlockKept.svelte';

export interface StaticBlockProps {
	/** Unique on the page: finds the prerendered block while hydrating. */
	id: string;
	/** Clicks inside the block (on its buttons) as they bubble. */
	onclick?: (event: MouseEvent) => void;
	children: Snippet;
}

let hydrating = browser;

/**
 * Called by the root layout once the page has hydrated, its deferred blocks (./deferred-block.ts)
 * included, or as a navigation starts, whichever comes first: blocks created after that render in full.
 */
export function pageHydrated(): void {
	hydrating = false;
}

/** While the page hydrates: whether the prerendered page has the block `[attribute="id"]`, with content. */
export function prerenderedBlock(attribute: string, id: string): boolean {
	return hydrating && !!document.querySelector(`[${attribute}="${CSS.escape(id)}"]`)?.hasChildNodes();
}

/** A Svelte 5 component is a function of (internals, props): pick the half, pass both on. */
export const StaticBlock = ((internals: unknown, props: StaticBlockProps) =>
	browser && prerenderedBlock('data-static-block', props.id)
		? (StaticBlockKept as (i: unknown, p: StaticBlockProps) => unknown)(internals, props)
		: (StaticBlockFull as (i: unknown, p: StaticBlockProps) => unknown)(internals, props)) as unknown as Component<StaticBlockProps>;
