/**
 * When a lazy figure (./LazyFigure.svelte) loads its code. At once when the URL presets it (on an
 * embed page, any key but the theme), when it has nothing prerendered to show, or before printing; otherwise when the reader touches it
 * (pointer over or down, focus, a key) or scrolls it near the viewport. "Scrolls" means the reader
 * did: a figure already in the first view waits for a scroll or a touch, so the first view carries
 * no figure code. In an iframe (a whole article in a lesson) the host page scrolls, not ours: there
 * a figure that was reported out of view and then in view counts as scrolled to.
 */
import { figurePreset } from './preset';

type Start = () => Promise<void> | void;

interface Pending {
	start: Start;
	/** The observer has reported it out of view at least once. */
	seenOut: boolean;
	near: boolean;
}

/** How far ahead of the viewport a figure starts loading (half a screen above and below). */
const MARGIN = '50% 0px';
const TOUCH_EVENTS = ['pointerover', 'pointerdown', 'focusin', 'keydown', 'touchstart', 'input', 'click'];

const pending = new Map<Element, Pending>();
let observer: IntersectionObserver | undefined;
let scrolled = false;

function go(el: Element) {
	const p = pending.get(el);
	if (!p) return;
	pending.delete(el);
	observer?.unobserve(el);
	void p.start();
}

function onScroll() {
	scrolled = true;
	window.removeEventListener('scroll', onScroll);
	for (const [el, p] of [...pending]) if (p.near) go(el);
}

function ensureObserver(): IntersectionObserver {
	if (observer) return observer;
	window.addEventListener('scroll', onScroll, { passive: true });
	// Ctrl+P: a best effort (pictures print meanwhile); the print button waits for loadAllFigures().
	window.addEventListener('beforeprint', () => void loadAllFigures());
	observer = new IntersectionObserver(
		(entries) => {
			for (const e of entries) {
				const p = pending.get(e.target);
				if (!p) continue;
				p.near = e.isIntersecting;
				if (!e.isIntersecting) p.seenOut = true;
				else if (scrolled || p.seenOut) go(e.target);
			}
		},
		{ rootMargin: MARGIN }
	);
	return observer;
}

/**
 * Calls `start` once, when the figure in `slot` is wanted (see above); returns a cleanup.
 * `slot` holds the prerendered figure (`prerendered`), or nothing when the page was rendered here.
 */
export function whenWanted(
	slot: HTMLElement,
	{ embedded, prerendered }: { embedded: boolean; prerendered: boolean },
	start: Start
): () => void {
	// An embed waits like any figure: its prerendered picture, summary and table are what the live
	// figure shows at the same settings, in the same layout (layout is chosen by CSS, not by script;
	// the snippet's height fits both), so a reader in an LMS who only reads loads no figure code.
	if (!prerendered || figurePreset(window.location, slot.querySelector('[id]')?.id, embedded)) {
		void start();
		return () => {};
	}
	// The observer watches the figure itself (the slot has no box of its own).
	const target = slot.firstElementChild ?? slot;
	const touched = (e: Event) => {
		// A mouse passing over is enough (the reader is about to use it); a touch scroll is not a touch.
		if (e.type === 'pointerover' && (e as PointerEvent).pointerType !== 'mouse') return;
		go(target);
	};
	for (const type of TOUCH_EVENTS) slot.addEventListener(type, touched, { capture: true, passive: true });
	pending.set(target, { start, seenOut: false, near: false });
	ensureObserver().observe(target);
	return () => {
		for (const type of TOUCH_EVENTS) slot.removeEventListener(type, touched, { capture: true });
		pending.delete(target);
		observer?.unobserve(target);
	};
}

/** Loads every figure still waiting (printing, the print button); settles when all have swapped in. */
export async function loadAllFigures(): Promise<void> {
	const all = [...pending.values()];
	pending.clear();
	observer?.disconnect();
	observer = undefined;
	await Promise.all(all.map((p) => p.start()));
}
