/**
 * Averages over simulation bins (src/lib/sim/network.ts Bin), for the memory-assembly figure's
 * "before" and "during the cue" levels. Rates are averaged; every other field is the last bin's.
 */
import type { SimBin as Bin } from '$lib/sim/protocol';

export const AVERAGED_RATES = ['rateE', 'rateI', 'rateA', 'rateRest', 'rateCued', 'rateUncued'] as const;

export function meanBin(bins: readonly Bin[]): Bin | undefined {
	if (!bins.length) return undefined;
	const out: Bin = { ...bins[bins.length - 1] };
	for (const key of AVERAGED_RATES) out[key] = bins.reduce((s, b) => s + b[key], 0) / bins.length;
	return out;
}
