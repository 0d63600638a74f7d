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

function prerendered(attribute: string, id: string): boolean {
	return hydrating && !!document.querySelector(`[${attribute}="${CSS.escape(id)}"]`)?.hasChildNodes();
}

/**
 * A block of two halves: `Kept` while the page hydrates and the prerendered page has the block
 * (`[attribute="id"]`, with content), `Full` otherwise. A Svelte 5 component is a function of
 * (internals, props): the block picks its half and passes both on. Used by static and deferred blocks.
 */
export function twoHalves<P extends { id: string }>(attribute: string, Kept: Component<P>, Full: Component<P>): Component<P> {
	const kept = Kept as unknown as (i: unknown, p: P) => unknown;
	const full = Full as unknown as (i: unknown, p: P) => unknown;
	return ((internals: unknown, props: P) =>
		browser && prerendered(attribute, props.id) ? kept(internals, props) : full(internals, props)) as unknown as Component<P>;
}

export const StaticBlock = twoHalves<StaticBlockProps>('data-static-block', StaticBlockKept, StaticBlockFull);
