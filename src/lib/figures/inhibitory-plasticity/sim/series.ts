import { decimals } from '$lib/figures/decimals';
/** Pieces shared by the simulation figures' charts and tables. */
import { m } from '$lib/paraglide/messages.js';
import type { Series } from '$lib/charts/types';
import { decimalsOf } from '$lib/models/types';
/** A dashed horizontal reference line at the target rate, across the run so far (`tMax`, s). */
export function targetLine(rho0: number, tMax: number): Series {
	return {
		label: m.fig_shared_target({ rate: decimals(rho0, decimalsOf(Math.abs(rho0))) }),
		data: [
			{ x: 0, y: rho0 },
			{ x: tMax, y: rho0 }
		],
		style: 6,
		reference: true
	};
}

/** Numeric table columns from key → label, in order. */
export function numericColumns(labels: Record<string, string>): { key: string; label: string; numeric: true }[] {
	return Object.entries(labels).map(([key, label]) => ({ key, label, numeric: true }));
}
