/**
 * What makes a glossary term's definition open and close (<Term>): one set of listeners on the
 * document for every term of the page, installed by the first term that hydrates. A term is then
 * plain markup, which an article's hydration walks without effects or handlers of its own (16 terms
 * cost about 9 ms of an article's hydration as components with their own state).
 *
 * The definition opens on a mouse's hover, on keyboard focus and on a tap, and closes on Escape,
 * blur, a second tap or the mouse leaving the term and its bubble. The state lives in the DOM:
 * `aria-expanded` on the term's button, `open` on its bubble (the element its aria-describedby names).
 */

/** A term: the wrapper around its button and bubble. */
const TERM = '.term';
const BUTTON = 'button.term-button';
/** Kept between the bubble and the edge of the screen on a narrow phone (px). */
const MARGIN = 8;

let installed = false;
/** The term under the mouse: a click on it must not close what hovering opened. */
let hovered: Element | null = null;
/**
 * A press (finger or mouse) is under way on this button: its focus must not open the bubble that its
 * click is about to toggle. Browsers differ on a tap: some send pointerover first (a mouse's only),
 * some only focus then click, and focus-then-toggle would close it again at once.
 */
let pressing: Element | null = null;

function closestIn(target: EventTarget | null, selector: string): HTMLElement | null {
	return target instanceof Element ? target.closest<HTMLElement>(selector) : null;
}

function bubbleOf(button: Element): HTMLElement | null {
	const id = button.getAttribute('aria-describedby');
	return id ? document.getElementById(id) : null;
}

/** Opens or closes a term's definition; a no-op when it is already so. */
export function setTermOpen(button: Element, open: boolean): void {
	if ((button.getAttribute('aria-expanded') === 'true') === open) return;
	button.setAttribute('aria-expanded', String(open));
	const bubble = bubbleOf(button);
	if (!bubble) return;
	bubble.classList.toggle('open', open);
	bubble.style.transform = '';
	if (open) requestAnimationFrame(() => keepOnScreen(bubble));
}

/** Shifts an open bubble sideways so that it stays on a narrow screen. */
function keepOnScreen(bubble: HTMLElement): void {
	if (!bubble.classList.contains('open')) return;
	const r = bubble.getBoundingClientRect();
	// The screen's width, not innerWidth: a phone widens its layout viewport to take in the bubble
	// itself when it sticks out, and innerWidth grows with it.
	const width = document.documentElement.clientWidth;
	const shift = r.right > width - MARGIN ? width - MARGIN - r.right : r.left < MARGIN ? MARGIN - r.left : 0;
	if (shift) bubble.style.transform = `translateX(${shift}px)`;
}

function buttonOfTerm(term: Element): Element | null {
	return term.querySelector(BUTTON);
}

/** Installs the document's listeners once (later calls do nothing); in the browser only. */
export function installTermBubbles(): void {
	if (installed || typeof document === 'undefined') return;
	installed = true;
	// Hover is a mouse's: a finger's compatibility mouse events must not count as one. The bubble is
	// inside the term, so moving onto it keeps the definition open.
	document.addEventListener('pointerover', (e) => {
		if (e.pointerType !== 'mouse') return;
		const term = closestIn(e.target, TERM);
		if (!term || term.contains(e.relatedTarget as Node | null)) return;
		hovered = term;
		const button = buttonOfTerm(term);
		if (button) setTermOpen(button, true);
	});
	document.addEventListener('pointerout', (e) => {
		if (e.pointerType !== 'mouse') return;
		const term = closestIn(e.target, TERM);
		if (!term || term.contains(e.relatedTarget as Node | null)) return;
		if (hovered === term) hovered = null;
		const button = buttonOfTerm(term);
		if (button) setTermOpen(button, false);
	});
	document.addEventListener('pointerdown', (e) => {
		pressing = closestIn(e.target, BUTTON);
	});
	document.addEventListener('pointercancel', () => {
		pressing = null;
	});
	document.addEventListener('click', (e) => {
		const button = closestIn(e.target, BUTTON);
		if (!button) return;
		// A mouse user already opened it by hovering; a tap or Enter toggles.
		if (hovered !== button.closest(TERM)) setTermOpen(button, button.getAttribute('aria-expanded') !== 'true');
		pressing = null;
	});
	document.addEventListener('focusin', (e) => {
		const button = closestIn(e.target, BUTTON);
		if (button && pressing !== button) setTermOpen(button, true);
	});
	document.addEventListener('focusout', (e) => {
		const button = closestIn(e.target, BUTTON);
		if (!button) return;
		// A press that ended without a click (dragged off) ends here at the latest. A tap on another
		// term blurs this one after its own press began: that press stays.
		if (pressing === button) pressing = null;
		setTermOpen(button, false);
	});
	document.addEventListener('keydown', (e) => {
		if (e.key !== 'Escape') return;
		const button = closestIn(e.target, BUTTON);
		if (!button || button.getAttribute('aria-expanded') !== 'true') return;
		setTermOpen(button, false);
		e.stopPropagation();
	});
}
