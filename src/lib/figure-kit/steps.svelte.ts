/**
 * The stepper (./stepper.ts) wired to a figure's `step` prop: call once in a figure's script.
 *   stepPresets(params, PRESETS, () => step)          presets are parameter values
 *   onStep(STAGES, (stage) => (shown = stage), () => step)   presets are anything else
 */
import type { Params } from '../models/types';
import type { FigureParams } from '../state/figure-params.svelte';
import { stepIndex, stepper } from './stepper';

export function onStep<T>(presets: readonly T[], apply: (preset: T, step: number) => void, step: () => number | undefined): void {
	const next = stepper(apply, presets);
	$effect(() => next(step()));
}

export function stepPresets(params: FigureParams, presets: readonly Partial<Params>[], step: () => number | undefined): void {
	onStep(presets, (preset) => params.set(preset), step);
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
