/**
 * One simulation worker (src/lib/sim/worker.ts) seen from a figure: it knows nothing of the DOM
 * beyond the element it watches for visibility, and nothing of charts.
 *
 * Life cycle:
 *   nothing runs until `wanted` (the reader pressed Start); the first run creates the worker and
 *   builds the network (`reset`), then runs;
 *   running = wanted, in view, tab shown and no failure; otherwise the worker is paused;
 *   `reset()` (and a change of `size`): a new network (generation + 1), history and raster
 *   cleared, same running state;
 *   the cleanup returned by `observe()` terminates the worker.
 * Fitting the network to the machine (with `fit`): over the first second of wall time a network
 * runs, the runner measures its pace (model time per wall time, by the page's clock). Below real
 * time it proposes, in `fitting`, the size expected to keep up (the cost grows about in proportion
 * to the number of cells); the figure shows it and the reader accepts or keeps the size.
 * Each batch is answered with `taken` as it is handled, so the worker never runs more than two
 * batches ahead of the page (flow control, protocol.ts).
 * Batches go into a History (charts, table) and a Raster (sampled spikes); the raster is redrawn at
 * most once per animation frame, and one group of plotted series refreshed at most every
 * `chartEveryMs` (round robin, so no single main-thread task redraws every chart), the summary's
 * `latest` and the table's `seconds` every `summaryEveryMs`.
 *
 * Must be constructed while a component initialises (it sets up effects).
 */
import { untrack } from 'svelte';
import { History, Raster } from './history';
import type { Batch, FromWorker, Ready, SimBin as Bin, SimSettings, ToWorker } from './protocol';
import { grouped as fmt } from '../ui/format';
import { m } from '../paraglide/messages.js';
import { watchOnScreen } from '../browser/on-screen';
import { spawnSimWorker } from './spawn';

/** A field of the bins that a chart plots against model time. */
export type PlotKey = Exclude<keyof Bin, 't'>;
export type XY = { x: number; y: number }[];

/** The series of one chart, replaced together. */
class PlotGroup {
	data = $state.raw<Partial<Record<PlotKey, XY>>>({});
	constructor(readonly keys: readonly PlotKey[]) {}
}

export interface RunnerOptions {
	/** The network to build, read at each reset. */
	settings: () => SimSettings;
	/** The network's size: when it changes, a new network is built (if the worker exists). */
	size: () => number;
	/** Points kept for the charts (see History). */
	historyCap: number;
	/** The fields each chart plots, one group per chart (the round robin goes over the groups). */
	plots: readonly (readonly PlotKey[])[];
	/** How often one group of series, and the summary and table, refresh while running. */
	chartEveryMs: number;
	summaryEveryMs: number;
	/**
	 * Measure speed against the wall clock between batches, not only the worker's compute time
	 * (for a worker that waits to keep a pace).
	 */
	paced?: boolean;
	/** Clear the figure's own state for a new network (before the first publish of it). */
	onReset?: () => void;
	/** When the summary and table are refreshed (before `latest` and `seconds` are). */
	onSummary?: () => void;
	/** After each batch is stored. */
	onBatch?: (m: Batch) => void;
	/** Redraw the raster. */
	draw: () => void;
	/** Checked each frame: true to publish everything at once (and the summary) now. */
	urgent?: () => boolean;
	/** Propose a smaller network if this one runs slower than real time (sizes: min, step of the slider). */
	fit?: { min: number; step: number };
}

/** A proposal to run a smaller network, after measuring the pace of this one. */
export interface FitProposal {
	/** Size measured, and model seconds per wall second in its first second. */
	size: number;
	pace: number;
	/** The size expected to keep up with real time (null: not even the smallest can). */
	proposed: number | null;
}

/**
 * Test and benchmark hook, read at each reset: `slowdown` > 1 makes the worker idle (slowdown - 1)
 * times as long as it computes, like a CPU that many times slower (Chromium's own CPU throttling
 * slows only the page's main thread, not its workers).
 */
interface SimTestHook {
	slowdown?: number;
}

/** Raster rows of the sampled groups, as the worker last reported them (kept across resets). */
export interface Sample {
	cued: number;
	assembly: number;
	e: number;
	i: number;
}

export class SimRunner {
	/** The worker exists (the reader started it once). */
	started = $state(false);
	/** The reader pressed Start. */
	wanted = $state(false);
	/** On screen and the tab visible (see observe). */
	inView = $state(false);
	failed = $state('');
	modelMs = $state(0);
	/**
	 * The worker has stopped and every batch it computed has arrived (it answered the latest pause):
	 * the clock and summary shown are final until the next run. True before the first run.
	 */
	halted = $state(true);
	/** Model time per wall time, smoothed. */
	speed = $state(0);
	/** The network built for this generation, once the worker says so. */
	ready = $state.raw<Ready | null>(null);
	readonly running = $derived(this.wanted && this.inView && !this.failed);
	/** The latest whole point, and one row per second, as last published for the summary and table. */
	latest = $state.raw<Bin | undefined>(undefined);
	seconds = $state.raw<Bin[]>([]);

	/** The current proposal to fit the network to this machine, if any (see RunnerOptions.fit). */
	fitting = $state.raw<FitProposal | null>(null);

	readonly history: History;
	readonly raster = new Raster();
	sample: Sample = { cued: 0, assembly: 0, e: 0, i: 0 };

	private worker: Worker | undefined;
	private generation = 0;
	/** Number of the latest pause asked of the worker (an older answer does not count). */
	private pauseSeq = 0;
	private wallSum = 0;
	private modelSum = 0;
	private lastBatchAt = 0;
	private rafPending = false;
	private lastChart = 0;
	private lastSummary = 0;
	private turn = 0;
	/** Pace measurement of the current network: wall and model time when it began (-1: not begun). */
	private fitWall0 = -1;
	private fitModel0 = 0;
	/** Of the wall time since fitWall0, how long the worker waited for the page. */
	private fitWaited = 0;
	private fitDone = false;
	/** Sizes the reader chose to keep. */
	// Plain collections: read in handlers, never rendered, so they need no reactivity.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	private readonly kept = new Set<number>();
	private readonly opts: RunnerOptions;
	private readonly groups: PlotGroup[];
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	private readonly groupOf = new Map<PlotKey, PlotGroup>();

	constructor(opts: RunnerOptions) {
		this.opts = opts;
		this.history = new History(10, 100, opts.historyCap);
		this.groups = opts.plots.map((keys) => new PlotGroup(keys));
		for (const g of this.groups) for (const k of g.keys) this.groupOf.set(k, g);
		// Start or stop the worker as the reader's wish, the viewport and the tab allow.
		$effect(() => {
			if (this.running) {
				untrack(() => this.ensureWorker());
				this.halted = false;
				this.post({ type: 'run' });
			} else {
				// The status says "Paused" once the worker has answered (see receive).
				this.post({ type: 'pause', seq: ++this.pauseSeq });
				this.lastBatchAt = 0;
				// a pause interrupts the pace measurement: it starts again on the next run
				this.fitWall0 = -1;
			}
		});
		// A new size means a new network.
		let builtSize: number | undefined;
		$effect(() => {
			const n = opts.size();
			if (n === builtSize) return;
			builtSize = n;
			untrack(() => this.reset());
		});
	}

	post(m: ToWorker): void {
		this.worker?.postMessage(m);
	}

	/** Start/Pause. */
	toggle(): void {
		this.wanted = !this.wanted;
	}

	/** A new network, if there is a worker to build it. */
	reset(): void {
		if (!this.worker) return;
		this.generation++;
		this.history.clear();
		this.raster.clear();
		this.wallSum = 0;
		this.modelSum = 0;
		this.lastBatchAt = 0;
		this.modelMs = 0;
		this.speed = 0;
		this.ready = null;
		this.fitWall0 = -1;
		this.fitDone = false;
		this.fitting = null;
		this.opts.onReset?.();
		this.publish(true);
		this.opts.draw();
		const hook = (globalThis as { __engramSimTest?: SimTestHook }).__engramSimTest;
		const slowdown = hook?.slowdown && hook.slowdown > 1 ? { slowdown: hook.slowdown } : {};
		this.post({ type: 'reset', generation: this.generation, settings: { ...this.opts.settings(), ...slowdown } });
	}

	/** The reader keeps the size: no further proposal for it. */
	keepSize(): void {
		if (this.fitting) this.kept.add(this.fitting.size);
		this.fitting = null;
	}

	/**
	 * Pace over the first wall second this network runs; then a proposal if it is below real time.
	 * The time the worker waited for this page (flow control) is left out: a smaller network would not
	 * shorten it, as the page's work per batch does not grow with the network.
	 */
	private measureFit(m: Batch): void {
		const fit = this.opts.fit;
		if (!fit || this.fitDone) return;
		const now = performance.now();
		if (this.fitWall0 < 0) {
			// this batch's work began wallMs before it arrived
			this.fitWall0 = now - m.wallMs;
			this.fitModel0 = m.t - m.modelMs;
			this.fitWaited = 0;
		}
		this.fitWaited += m.waitedMs;
		const wall = now - this.fitWall0;
		if (wall < 1000) return;
		this.fitDone = true;
		const pace = (m.t - this.fitModel0) / Math.max(1, wall - this.fitWaited);
		const size = this.opts.size();
		if (pace >= 1 || this.kept.has(size)) return;
		// cost about in proportion to the cells; 10% margin
		const fits = Math.floor((size * pace * 0.9) / fit.step) * fit.step;
		const proposed = fits >= fit.min ? fits : size > fit.min ? fit.min : null;
		this.fitting = { size, pace, proposed: proposed !== null && proposed < size ? proposed : null };
	}

	/** A plotted field against model time (s), as last published; only its chart's group is tracked. */
	series(key: PlotKey): XY {
		return this.groupOf.get(key)?.data[key] ?? [];
	}

	/** Hand the history to group `only` (all when undefined), and to the summary and table too when asked. */
	publish(withSummary: boolean, only?: number): void {
		this.groups.forEach((g, k) => {
			if (only !== undefined && only !== k) return;
			const data: Partial<Record<PlotKey, XY>> = {};
			for (const key of g.keys) data[key] = this.history.xy((b) => b[key]);
			g.data = data;
		});
		if (withSummary) {
			this.lastSummary = performance.now();
			this.opts.onSummary?.();
			this.latest = this.history.last;
			this.seconds = this.history.seconds.slice();
		}
	}

	/**
	 * Watch `el` entering and leaving the viewport, and the tab being hidden. Call from onMount;
	 * the returned cleanup also terminates the worker.
	 */
	observe(el: Element | undefined): () => void {
		// In view and tab visible, as one signal (browser/on-screen.ts).
		const stop = el ? watchOnScreen(el, (visible) => (this.inView = visible)) : () => {};
		return () => {
			stop();
			this.worker?.terminate();
			this.worker = undefined;
		};
	}

	/** The status line: state, model time and speed, then `detail` (about the network built). */
	status(detail: string): string {
		if (this.failed) return this.failed;
		if (!this.started) return m.fig_sim_status_idle();
		// Running until the worker confirms it stopped, so the time shown with "Paused" is final.
		const state = !this.halted ? m.fig_sim_status_running() : this.wanted ? m.fig_sim_status_out_of_view() : m.fig_sim_status_paused();
		const speed = this.speed > 0 ? ` · ${m.fig_sim_status_speed({ speed: fmt(this.speed, 2) })}` : '';
		return `${state} · ${m.fig_sim_status_time({ seconds: fmt(this.modelMs / 1000, 1) })}${speed}${detail}`;
	}

	private ensureWorker(): void {
		if (this.worker) return;
		try {
			this.worker = spawnSimWorker();
		} catch (e) {
			this.failed = m.fig_sim_status_no_worker({ reason: (e as Error).message });
			return;
		}
		this.started = true;
		this.worker.onmessage = (e: MessageEvent<FromWorker>) => this.receive(e.data);
		this.worker.onerror = () => {
			this.failed = m.fig_sim_status_failed();
		};
		this.reset();
	}

	private receive(m: FromWorker): void {
		if (m.type === 'paused') {
			// Every batch computed before the pause has arrived: bring the summary and table up to date.
			if (m.seq === this.pauseSeq && !this.running) {
				this.halted = true;
				this.opts.draw();
				this.publish(true);
			}
			return;
		}
		// Flow control (protocol.ts): the worker may compute on while this batch is handled, as it is now.
		if (m.type === 'batch') this.post({ type: 'taken', generation: m.generation });
		if (m.generation !== this.generation) return;
		if (m.type === 'ready') {
			this.ready = m;
			this.sample = { cued: m.sampleCued, assembly: m.sampleA, e: m.sampleE, i: m.sampleI };
			return;
		}
		this.modelMs = m.t;
		this.history.add(m.bins);
		this.raster.push(m.rows, m.times, m.t);
		this.opts.onBatch?.(m);
		if (this.running) this.measureFit(m);
		let wall = m.wallMs;
		if (this.opts.paced) {
			const now = performance.now();
			if (this.lastBatchAt > 0) wall = Math.max(m.wallMs, now - this.lastBatchAt);
			this.lastBatchAt = now;
		}
		this.wallSum = this.wallSum * 0.8 + wall;
		this.modelSum = this.modelSum * 0.8 + m.modelMs;
		this.speed = this.wallSum > 0 ? this.modelSum / this.wallSum : 0;
		if (!this.rafPending) {
			this.rafPending = true;
			requestAnimationFrame(() => this.frame());
		}
	}

	private frame(): void {
		this.rafPending = false;
		this.opts.draw();
		const now = performance.now();
		if (this.opts.urgent?.()) {
			this.lastChart = now;
			this.publish(true);
		} else if (now - this.lastChart >= this.opts.chartEveryMs) {
			this.lastChart = now;
			// The first data after a reset reach the summary at once, not 4 s later.
			const first = !this.latest && this.history.last !== undefined;
			this.publish(first || now - this.lastSummary >= this.opts.summaryEveryMs, this.turn++ % this.groups.length);
		}
	}
}
