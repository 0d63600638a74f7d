/**
 * What the page keeps of a run, in bounded memory however long it lasts:
 *  - `points`: averages over short stretches for the charts; when there are more than `cap`,
 *    neighbours are merged and the stretch doubles (a 5-minute run and a 5-second run both fit);
 *  - `seconds`: one row per second of model time for the data table, the most recent `rows` kept;
 *  - `Raster`: the sampled spikes of the last window of model time, in a fixed ring buffer.
 */
import type { SimBin as Bin } from './protocol';

/** Mean of every field over the bins, except the end time and the weights (the last bin's). */
function average(bins: readonly Bin[]): Bin {
	const n = bins.length;
	const last = bins[n - 1];
	const out: Bin = { ...last };
	for (const key of AVERAGED) {
		let s = 0;
		for (const b of bins) s += b[key];
		out[key] = s / n;
	}
	return out;
}

const AVERAGED = ['rateE', 'rateI', 'iExc', 'iInh', 'rateA', 'rateRest', 'rateCued', 'rateUncued', 'cue'] as const;

export class History {
	points: Bin[] = [];
	seconds: Bin[] = [];
	private acc: Bin[] = [];
	private accSecond: Bin[] = [];
	private perPoint: number;
	private readonly binMs: number;

	constructor(
		binMs = 10,
		pointMs = 100,
		readonly cap = 400,
		readonly rows = 60
	) {
		this.binMs = binMs;
		this.perPoint = Math.max(1, Math.round(pointMs / binMs));
	}

	add(bins: readonly Bin[]): void {
		const perSecond = Math.round(1000 / this.binMs);
		for (const b of bins) {
			this.acc.push(b);
			if (this.acc.length >= this.perPoint) {
				this.points.push(average(this.acc));
				this.acc = [];
				if (this.points.length > this.cap) this.halve();
			}
			this.accSecond.push(b);
			if (this.accSecond.length >= perSecond) {
				this.seconds.push(average(this.accSecond));
				this.accSecond = [];
				if (this.seconds.length > this.rows) this.seconds.shift();
			}
		}
	}

	/** Merge neighbouring points: half as many, each twice as long. */
	private halve(): void {
		const merged: Bin[] = [];
		for (let i = 0; i + 1 < this.points.length; i += 2) merged.push(average([this.points[i], this.points[i + 1]]));
		if (this.points.length % 2) merged.push(this.points[this.points.length - 1]);
		this.points = merged;
		this.perPoint *= 2;
	}

	/** The points as chart coordinates: model time in seconds against `f` of each point. */
	xy(f: (b: Bin) => number): { x: number; y: number }[] {
		return this.points.map((b) => ({ x: b.t / 1000, y: f(b) }));
	}

	/** The latest whole point, if any. */
	get last(): Bin | undefined {
		return this.points[this.points.length - 1];
	}

	clear(): void {
		this.points = [];
		this.seconds = [];
		this.acc = [];
		this.accSecond = [];
		this.perPoint = Math.max(1, Math.round(100 / this.binMs));
	}
}

/** Spikes (row, time) of the last `windowMs` of model time, in a fixed-size ring. */
export class Raster {
	readonly rows: Uint16Array;
	readonly times: Float32Array;
	head = 0;
	size = 0;

	constructor(
		readonly capacity = 1 << 16,
		readonly windowMs = 1000
	) {
		this.rows = new Uint16Array(capacity);
		this.times = new Float32Array(capacity);
	}

	push(rows: Uint16Array, times: Float32Array, now: number): void {
		const cap = this.capacity;
		for (let k = 0; k < rows.length; k++) {
			const at = (this.head + this.size) % cap;
			this.rows[at] = rows[k];
			this.times[at] = times[k];
			if (this.size < cap) this.size++;
			else this.head = (this.head + 1) % cap;
		}
		const from = now - this.windowMs;
		while (this.size > 0 && this.times[this.head] < from) {
			this.head = (this.head + 1) % cap;
			this.size--;
		}
	}

	clear(): void {
		this.head = 0;
		this.size = 0;
	}
}
