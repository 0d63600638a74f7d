/**
 * The set-up every stepped figure of this article shares: its parameters from the URL
 * (figureParams), and a preset applied each time the scroll step changes (not on first load,
 * so a shared link's settings survive).
 */
import type { ParamSpec, Params } from '$lib/models/types';
import { figureParams, type FigureParams } from '$lib/state/figure-params.svelte';
import { stepper } from './grid';

export function steppedParams(
	spec: readonly ParamSpec[],
	id: string,
	presets: readonly Partial<Params>[],
	step: () => number | undefined
): FigureParams {
	const params = figureParams(spec, id);
	const onStep = stepper((preset: Partial<Params>) => params.set(preset), presets);
	$effect(() => onStep(step()));
	return params;
}
