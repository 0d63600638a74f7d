/**
 * Scroll steps, one idiom for every figure. <Scrolly> hands a figure the active step; the figure
 * applies that step's preset when the step CHANGES — never for the value it is first given, so a
 * shared link's settings survive the first load (and an embed's `step=N` applies, as it arrives
 * after mount).
 *
 *   const onStep = stepper((preset) => params.set(preset), PRESETS);
 *   onStep(0)   // first value: remembered, nothing applied
 *   onStep(2)   // PRESETS[2] applied
 *   onStep(2)   // same step: nothing
 *   onStep(9)   // past the end: the last preset (steps are clamped to the list)
 */
export function stepper<T>(apply: (preset: T, step: number) => void, presets: readonly T[]) {
	let previous: number | undefined;
	let first = true;
	return (step: number | undefined): void => {
		if (first) {
			first = false;
			previous = step;
			return;
		}
		if (step === undefined || step === previous || !Number.isFinite(step)) return;
		previous = step;
		const i = Math.max(0, Math.min(presets.length - 1, Math.trunc(step)));
		const preset = presets[i];
		if (preset !== undefined) apply(preset, i);
	};
}

/**
 * For figures whose view IS the step (no parameters to preset): the step as an index in
 * [0, count - 1], whatever <Scrolly> or an embed link hands over (undefined, NaN, 2.6, -1).
 */
export function stepIndex(step: number | undefined, count: number, fallback = count - 1): number {
	if (step === undefined || !Number.isFinite(step)) return fallback;
	return Math.max(0, Math.min(count - 1, Math.round(step)));
}
