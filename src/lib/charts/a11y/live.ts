/**
 * What changed, said once per figure. Each chart watches its own series (ChangeWatcher) and, a
 * second after a slider or step stops moving, hands describeChange's sentence to its figure's one
 * polite live region (figureRegion), which joins what several charts said at the same moment.
 * Data that streams (the spiking figures) is described at most every few seconds while it runs.
 *
 *   data changes --(reader has not interacted yet: URL presets, first draw)--> new baseline, silent
 *   data changes --(slider/step: same x positions)--> debounce 1 s --> describe baseline → latest
 *   data changes --(streaming: points added)--> at most every 4 s --> describe baseline → latest
 *
 * The region is created beside the figure's summary. The summary stops being live once a chart
 * speaks for the figure: one polite region per figure, saying what changed rather than everything.
 */
import { describeChange, type ChartMeta, type Snapshot } from './describe';

export const SETTLE_MS = 1000;
export const STREAM_MS = 4000;

// ---- has the reader done anything yet? --------------------------------------------------------

let interacted = false;
let listening = false;

/** True once the reader has pressed a key, clicked, touched or scrolled with a wheel. */
export function readerActed(): boolean {
	if (!listening && typeof window !== 'undefined') {
		listening = true;
		const on = () => {
			interacted = true;
			for (const type of EVENTS) window.removeEventListener(type, on, true);
		};
		const EVENTS = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;
		for (const type of EVENTS) window.addEventListener(type, on, { capture: true, passive: true });
	}
	return interacted;
}

// ---- one region per figure ----------------------------------------------------------------------

export interface Region {
	post(from: object, text: string): void;
}

const regions = new WeakMap<Element, Region>();

/** The live region of the figure around `inside` (made on first use), or undefined outside a figure. */
export function figureRegion(inside: Element): Region | undefined {
	const figure = inside.closest('figure');
	if (!figure) return undefined;
	const known = regions.get(figure);
	if (known) return known;

	const el = document.createElement('p');
	el.className = 'sr-only';
	el.setAttribute('aria-live', 'polite');
	el.setAttribute('aria-atomic', 'true');
	el.dataset.figureLive = '';
	figure.appendChild(el);
	if (figure.id) document.getElementById(`${figure.id}-summary`)?.setAttribute('aria-live', 'off');

	const pending = new Map<object, string>();
	let timer: ReturnType<typeof setTimeout> | undefined;
	const region: Region = {
		post(from, text) {
			pending.set(from, text);
			clearTimeout(timer);
			// Charts of one figure settle within a few frames of each other: say it as one message.
			timer = setTimeout(() => {
				const message = [...pending.values()].join(' ');
				pending.clear();
				// The same words again are still news (the reader moved back and forth): clear first.
				if (el.textContent === message) el.textContent = '';
				requestAnimationFrame(() => (el.textContent = message));
			}, 150);
		}
	};
	regions.set(figure, region);
	return region;
}

// ---- one watcher per chart ------------------------------------------------------------------------

export class ChangeWatcher {
	private shown: Snapshot[] | undefined;
	private before: Snapshot[] | undefined;
	private timer: ReturnType<typeof setTimeout> | undefined;

	constructor(
		private meta: () => ChartMeta,
		private say: (text: string) => void,
		/** Whether changes are the reader's doing yet (replaceable in tests). */
		private acted: () => boolean = readerActed
	) {}

	update(next: Snapshot[]): void {
		if (!this.shown || !this.acted()) {
			this.shown = next;
			return;
		}
		const base = (this.before ??= this.shown);
		this.shown = next;
		const streaming = base.length === next.length && base.some((b, i) => b.points.length !== next[i].points.length);
		if (streaming) {
			this.timer ??= setTimeout(() => this.flush(), STREAM_MS);
		} else {
			clearTimeout(this.timer);
			this.timer = setTimeout(() => this.flush(), SETTLE_MS);
		}
	}

	private flush() {
		this.timer = undefined;
		const before = this.before;
		this.before = undefined;
		if (!before || !this.shown) return;
		const text = describeChange(before, this.shown, this.meta());
		if (text) this.say(text);
	}

	dispose(): void {
		clearTimeout(this.timer);
	}
}
