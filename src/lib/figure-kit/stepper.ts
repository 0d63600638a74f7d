/**
 * Scroll steps, one idiom for every figure. <Scrolly> hands a figure the active step; the figure
 * applies that step's preset when the step CHANGES. The value it is first given goes to `first`
 * instead (if given) — where a figure applies the preset WITHOUT the keys a shared link set, so
 * the link's settings survive the first load. An embed's `step=N` arrives after mount: a change.
 *
 *   const onStep = stepper((preset) => params.set(preset), PRESETS);
 *   onStep(0)   // first value: remembered (passed to `first`, when there is one)
 *   onStep(2)   // PRESETS[2] applied
 *   onStep(2)   // same step: nothing
 *   onStep(9)   // past the end: the last preset (steps are clamped to the list)
 */
export function stepper<T>(apply: (preset: T, step: number) => void, presets: readonly T[], first?: (preset: T, step: number) => void) {
	let previous: number | undefined;
	let isFirst = true;
	return (step: number | undefined): void => {
		const initial = isFirst;
		if (isFirst) {
			isFirst = false;
			previous = step;
			if (!first) return;
		} else if (step === previous) return;
		if (step === undefined || !Number.isFinite(step)) return;
		previous = step;
		const i = Math.max(0, Math.min(presets.length - 1, Math.trunc(step)));
		const preset = presets[i];
		if (preset !== undefined) (initial && first ? first : apply)(preset, i);
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
