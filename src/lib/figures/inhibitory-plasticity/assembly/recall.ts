/**
 * The memory-assembly figure's recall criterion: did cueing half of the assembly make the OTHER
 * half fire (pattern completion), more than it made the network fire in general?
 *
 * Recalled when the uncued half's rate rose by more than 3 Hz over the cue, and by more than twice
 * the rise of the cells outside the assembly (that rise counted as at least 0.5 Hz, so a network
 * that barely moves cannot make a small rise look large). A rule of this page, stated here so it
 * can be tested; not a criterion from the paper.
 */
import { m } from '$lib/paraglide/messages.js';

export interface Levels {
	/** Mean rate of the uncued half of the assembly (Hz). */
	rateUncued: number;
	/** Mean rate of the excitatory cells outside the assembly (Hz). */
	rateRest: number;
}

export const MIN_RISE_HZ = 3;

export function recalled(before: Levels, during: Levels): boolean {
	const riseUncued = during.rateUncued - before.rateUncued;
	const riseRest = during.rateRest - before.rateRest;
	return riseUncued > MIN_RISE_HZ && riseUncued > 2 * Math.max(0.5, riseRest);
}

/** "rose from 2.0 to 9.1 Hz", "fell …", "stayed about level …" (a change of more than 1 Hz counts). */
export function describeChange(before: number, after: number, fmt: (x: number) => string): string {
	const d = after - before;
	const values = { from: fmt(before), to: fmt(after) };
	return d > 1 ? m.fig_memory_assembly_rose(values) : d < -1 ? m.fig_memory_assembly_fell(values) : m.fig_memory_assembly_level(values);
}
