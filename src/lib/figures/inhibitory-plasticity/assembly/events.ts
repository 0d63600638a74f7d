/**
 * What happened in a memory-assembly run, measured from the simulation's bins: when the imprint
 * took effect, the assembly's peak after it, when the cue started and ended, and the mean levels
 * before and during the cue. A pure reducer: trackEvents(state, bins) -> next state.
 *
 *   reader presses Imprint -> ask() -> the first bin run with that gain sets imprintAt
 *   reader presses Cue -> bins with cue > 0 set cueAt, the first bin after sets cueEnd
 */
import type { SimBin as Bin } from '$lib/sim/protocol';
import { meanBin } from './bin-stats';

/** Model time after the imprint during which the assembly's peak is looked for (ms). */
export const PEAK_WINDOW_MS = 4000;
/** Bins kept to measure "before" levels: one second of 10 ms bins. */
const RECENT_BINS = 100;
/** The peak is of the 100 ms running mean. */
const PEAK_BINS = 10;
/** Bin width (ms): a bin's `t` is its end. */
const BIN_MS = 10;

export interface Events {
	/** Asked for (page side), then seen in the bins (worker side). */
	imprintAsked: boolean;
	/** Model time when the reader asked, and the gain asked for. */
	askedAt: number;
	askedGain: number;
	imprintAt: number;
	gain: number;
	/** Rates and weights over the second before the imprint. */
	pre?: Bin;
	peakA: number;
	peakRest: number;
	cueAsked: boolean;
	cueCurrent: number;
	cueAt: number;
	cueEnd: number;
	/** Over the second before the cue, and over the cue. */
	preCue?: Bin;
	during?: Bin;
}

export const freshEvents = (): Events => ({
	imprintAsked: false,
	askedAt: 0,
	askedGain: 1,
	imprintAt: -1,
	gain: 1,
	peakA: 0,
	peakRest: 0,
	cueAsked: false,
	cueCurrent: 0,
	cueAt: -1,
	cueEnd: -1
});

export interface Tracker {
	ev: Events;
	/** The last second of bins. */
	recent: Bin[];
	/** The bins of the cue in progress (or the last cue). */
	during: Bin[];
}

export const freshTracker = (): Tracker => ({ ev: freshEvents(), recent: [], during: [] });

/** The tracker after `bins` (the arrays are reused; `ev` is a new object only when it changed). */
export function trackEvents(state: Tracker, bins: readonly Bin[]): Tracker {
	let next = state.ev;
	const { recent } = state;
	let during = state.during;
	for (const b of bins) {
		// the first bin run with the gain asked for (with a gain of 1, the first bin after asking)
		if (next.imprintAsked && next.imprintAt < 0 && b.gain === next.askedGain && b.t > next.askedAt) {
			next = { ...next, imprintAt: b.t - BIN_MS, gain: b.gain, pre: meanBin(recent) };
		} else if (next.imprintAt >= 0 && b.gain !== next.gain) next = { ...next, gain: b.gain };
		recent.push(b);
		if (recent.length > RECENT_BINS) recent.shift();
		if (next.imprintAt >= 0 && next.cueAt < 0 && b.t - next.imprintAt <= PEAK_WINDOW_MS) {
			const last = meanBin(recent.slice(-PEAK_BINS));
			if (last && last.rateA > next.peakA) next = { ...next, peakA: last.rateA, peakRest: last.rateRest };
		}
		if (b.cue > 0) {
			if (next.cueAt < 0 || (next.cueEnd >= 0 && b.t - BIN_MS > next.cueEnd)) {
				next = { ...next, cueAt: b.t - BIN_MS * b.cue, cueEnd: -1, preCue: meanBin(recent.slice(0, -1)), during: undefined };
				during = [];
			}
			during.push(b);
		} else if (next.cueAt >= 0 && next.cueEnd < 0) {
			next = { ...next, cueEnd: b.t - BIN_MS, during: meanBin(during) };
		}
	}
	if (next.cueAt >= 0 && next.cueEnd < 0 && during.length) next = { ...next, during: meanBin(during) };
	return { ev: next, recent, during };
}
