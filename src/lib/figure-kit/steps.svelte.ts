/**
 * The stepper (./stepper.ts) wired to a figure's `step` prop: call once in a figure's script.
 *   stepPresets(params, PRESETS, () => step)          presets are parameter values
 *   onStep(STAGES, (stage) => (shown = stage), () => step, first?)   presets are anything else
 * stepPresets applies the first step's preset too, minus every key the page's link set: a page
 * opened at the top shows step 1's settings, a shared link shows the link's.
 */
import { untrack } from 'svelte';
import type { Params } from '../models/types';
import type { FigureParams } from '../state/figure-params.svelte';
import { stepIndex, stepper } from './stepper';

export function onStep<T>(
	presets: readonly T[],
	apply: (preset: T, step: number) => void,
	step: () => number | undefined,
	first?: (preset: T, step: number) => void
): void {
	// The first step's preset is in force from the start (prerendering included), so the prerendered
	// page, its chart pictures and settings line show what the live figure opens at, and the first
	// render in the browser matches them. No link is known yet (the URL is read on mount): the effect
	// applies `first` again once it is, minus the keys the link set.
	const start = untrack(step);
	if (first && start !== undefined && Number.isFinite(start)) {
		const i = stepIndex(start, presets.length);
		first(presets[i], i);
	}
	const next = stepper(apply, presets, first);
	$effect(() => next(step()));
}

/** A preset without the keys a shared link set (those keep the link's values). */
export function unlinked(params: FigureParams, preset: Partial<Params>): Partial<Params> {
	return Object.fromEntries(Object.entries(preset).filter(([key]) => !params.linked.has(key)));
}

export function stepPresets(params: FigureParams, presets: readonly Partial<Params>[], step: () => number | undefined): void {
	onStep(
		presets,
		(preset) => params.set(preset),
		step,
		(preset) => params.set(unlinked(params, preset))
	);
}

/**
 * For figures whose view follows the step but that the reader can also switch with buttons
 * (a diagram's phases, a chart's grouping): the view is the step's, until the reader picks one;
 * the next step change takes over again. Unlike presets, the first step is shown too — there is
 * no link to protect. `current` is an index in [0, count - 1].
 *   const view = stepView(() => step, PHASES.length);   view.current;   view.pick(2)
 */
export function stepView(step: () => number | undefined, count: number, fallback = 0) {
	let picked = $state<number | null>(null);
	let last: number | undefined | null = null;
	$effect.pre(() => {
		const s = step();
		if (s !== last) {
			last = s;
			picked = null;
		}
	});
	const fromStep = $derived(stepIndex(step(), count, fallback));
	return {
		get current(): number {
			return picked ?? fromStep;
		},
		pick(i: number): void {
			picked = stepIndex(i, count, fallback);
		}
	};
}
