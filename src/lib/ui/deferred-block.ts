/**
 * Markup the browser hydrates a little later, in a task of its own. An article's hydration (the site's
 * header, the page, its prose with scroll stories, quizzes, terms and citations) was one task of
 * 40-65 ms here, unthrottled: a phone four times slower cannot answer a tap for that long, and
 * Lighthouse counts it as blocking time. Split, the site's header and footer hydrate first, then the
 * page (routes/(site)/+layout.svelte), then the article's body, then each story and quiz (ui/Scrolly,
 * ui/Quiz): no task of it is much over 20 ms.
 *
 * The same idiom as a static block (./static-block.ts): while the page hydrates, the block's client
 * half is an empty element, which hydration claims without looking inside. Once the page has
 * hydrated, the blocks are hydrated one per task, in the order they mounted (the page's order),
 * each as a root of its own with the contexts of the page around it. A block inside another (a
 * story or a quiz in the article's body) is kept the same way and hydrates in a task after it.
 * Rendered in the browser without a prerendered page (a client-side navigation, the one-file offline
 * site), a block renders at once. Should a kept element hold nothing to hydrate, `hydrate()` renders
 * the block afresh.
 *
 * `<html data-hydrated>` (routes/+layout.svelte) waits for every deferred block, and so does the end of
 * the page's hydration for static and deferred blocks alike (static-block.ts's `pageHydrated`).
 */
import type { Snippet } from 'svelte';
import { twoHalves } from './static-block';
import DeferredBlockFull from './DeferredBlockFull.svelte';
import DeferredBlockKept from './DeferredBlockKept.svelte';

export interface DeferredBlockProps {
	/** Unique on the page: finds the prerendered block while hydrating. */
	id: string;
	children: Snippet;
}

const queue: (() => void)[] = [];
const whenDone: (() => void)[] = [];
let scheduled = false;

/** One block per task; the callbacks of afterDeferredBlocks once none is left. */
function step(): void {
	scheduled = false;
	const next = queue.shift();
	if (next) {
		try {
			next();
		} catch (e) {
			// The block keeps its prerendered markup: readable, not interactive. The others go on.
			console.error(e);
		}
		schedule();
		return;
	}
	for (const callback of whenDone.splice(0)) callback();
}

function schedule(): void {
	if (scheduled) return;
	scheduled = true;
	// A new task, not a microtask: the point is to let the browser answer input and paint in between.
	setTimeout(step, 0);
}

/** Queues `hydrate` for a task of its own. Returns a cancel (the page went away first). */
export function hydrateLater(hydrate: () => void): () => void {
	queue.push(hydrate);
	schedule();
	return () => {
		const i = queue.indexOf(hydrate);
		if (i >= 0) queue.splice(i, 1);
	};
}

/** Calls `callback` once every block queued so far has hydrated (and their mount effects have run). */
export function afterDeferredBlocks(callback: () => void): void {
	whenDone.push(callback);
	schedule();
}

export const DeferredBlock = twoHalves<DeferredBlockProps>('data-deferred-block', DeferredBlockKept, DeferredBlockFull);
