/**
 * A series played as pitch over time (higher value, higher note; left to right in stereo), with
 * chart2music (MIT). Only chart2music's core is used, not its beta Chart.js plugin: the plugin takes
 * over the canvas's keyboard and announcements (ours carry kind and units), sounds a note on every
 * arrow key (ours are silent until asked), and would have to load with Chart.js; the core can be
 * imported on the first request, so no page carries it until a reader asks for sound.
 *
 * chart2music listens for keys on an element it is given. We give it a detached element (nothing
 * added to the page, nothing focusable) and press its documented keys there: Shift+End plays from
 * the first point to the last, Ctrl stops. Its speech is off: our own live region says what plays.
 *
 *   idle --play()--> loading (first time: import) --> playing --last note / stop()--> idle
 *                               \--> unavailable (no Web Audio, or chart2music declined: phones)
 */
import type { Point } from './describe';

/** At most this many notes (250 ms each in chart2music's default speed): a series plays in ≤ 10 s. */
export const MAX_NOTES = 40;

/** Evenly spaced points, first and last kept, non-finite values dropped; `index` maps back. */
export function soundPoints(points: readonly Point[], max = MAX_NOTES): { points: Point[]; index: number[] } {
	const finite: number[] = [];
	points.forEach((p, i) => Number.isFinite(p.x) && Number.isFinite(p.y) && finite.push(i));
	const n = finite.length;
	const take = n <= max ? finite : Array.from({ length: max }, (_, k) => finite[Math.round((k * (n - 1)) / (max - 1))]);
	const index = take.filter((v, k) => k === 0 || v !== take[k - 1]);
	return { points: index.map((i) => ({ x: points[i].x, y: points[i].y })), index };
}

/** The pitch range: the axis limits when the chart fixes them, else the data's; never empty. */
export function soundRange(points: readonly Point[], min?: number, max?: number): { minimum: number; maximum: number } {
	const ys = points.map((p) => p.y);
	let lo = min ?? Math.min(...ys);
	let hi = max ?? Math.max(...ys);
	if (!Number.isFinite(lo) || !Number.isFinite(hi)) [lo, hi] = [0, 1];
	if (hi <= lo) [lo, hi] = [lo - 1, hi + 1];
	return { minimum: lo, maximum: hi };
}

/** Values outside the range are clamped to it (chart2music stays silent on them otherwise). */
export function clampToRange(points: readonly Point[], range: { minimum: number; maximum: number }): Point[] {
	return points.map((p) => ({ x: p.x, y: Math.min(range.maximum, Math.max(range.minimum, p.y)) }));
}

export type SoundState = 'idle' | 'loading' | 'playing' | 'unavailable';

export interface SoundRequest {
	label: string;
	points: readonly Point[];
	yMin?: number;
	yMax?: number;
}

export interface SoundEvents {
	state(state: SoundState, notes: number): void;
	/** A note is sounding for the point at this index of the requested series. */
	note(index: number): void;
}

type C2M = typeof import('chart2music');
let library: Promise<C2M> | undefined;

/** One player per chart. */
export class SeriesSound {
	state: SoundState = 'idle';
	private element: HTMLElement | undefined;
	private cleanUp: (() => void) | undefined;
	private finish: ReturnType<typeof setTimeout> | undefined;
	private request = 0;

	constructor(private events: SoundEvents) {}

	private set(state: SoundState, notes = 0) {
		this.state = state;
		this.events.state(state, notes);
	}

	async play(req: SoundRequest): Promise<void> {
		this.stop();
		const ticket = ++this.request;
		if (typeof window === 'undefined' || typeof AudioContext === 'undefined') return this.set('unavailable');
		const { points, index } = soundPoints(req.points);
		if (points.length === 0) return this.set('idle');
		this.set('loading');
		let c2m: C2M;
		try {
			c2m = await (library ??= import('chart2music'));
		} catch {
			library = undefined;
			return this.set('unavailable');
		}
		if (ticket !== this.request) return;
		const range = soundRange(points, req.yMin, req.yMax);
		const xs = points.map((p) => p.x);
		const element = document.createElement('div');
		const last = points.length - 1;
		const { err, data } = c2m.c2mChart({
			type: 'line',
			element,
			cc: document.createElement('div'),
			title: req.label,
			data: { [req.label || 'series']: clampToRange(points, range) },
			axes: {
				x: { minimum: Math.min(...xs), maximum: Math.max(...xs) },
				y: range
			},
			options: {
				enableSpeech: false,
				onFocusCallback: ({ index: i }) => {
					if (ticket !== this.request) return;
					this.events.note(index[i] ?? 0);
					if (i >= last) this.finish = setTimeout(() => ticket === this.request && this.end(), 300);
				}
			}
		});
		// chart2music declines phones and tablets (it leaves the element untouched) and bad input.
		if (err || !data || !element.hasAttribute('role')) return this.set('unavailable');
		this.element = element;
		this.cleanUp = () => data.cleanUp();
		this.set('playing', points.length);
		element.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', shiftKey: true }));
	}

	private end() {
		this.release();
		this.set('idle');
	}

	private release() {
		clearTimeout(this.finish);
		this.element?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Control', ctrlKey: true }));
		this.cleanUp?.();
		this.element = undefined;
		this.cleanUp = undefined;
	}

	/** Stops at once (a note already sounding fades within a quarter second). */
	stop(): void {
		this.request++;
		const was = this.state;
		this.release();
		if (was === 'playing' || was === 'loading') this.set('idle');
	}
}
