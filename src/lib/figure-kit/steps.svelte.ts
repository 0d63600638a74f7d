/**
 * The stepper (./stepper.ts) wired to a figure's `step` prop: call once in a figure's script.
 *   stepPresets(params, PRESETS, () => step)          presets are parameter values
 *   onStep(STAGES, (stage) => (shown = stage), () => step)   presets are anything else
 */
import type { Params } from '../models/types';
import type { FigureParams } from '../state/figure-params.svelte';
import { stepper } from './stepper';

export function onStep<T>(presets: readonly T[], apply: (preset: T, step: number) => void, step: () => number | undefined): void {
	const next = stepper(apply, presets);
	$effect(() => next(step()));
}

export function stepPresets(params: FigureParams, presets: readonly Partial<Params>[], step: () => number | undefined): void {
	onStep(presets, (preset) => params.set(preset), step);
}
