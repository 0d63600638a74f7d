/**
 * Which scroll step is active. Pure functions over element positions, so they are testable
 * and independent of how the positions were measured.
 */

/**
 * Top-level page: the active step is the last one whose top edge has passed the trigger line
 * (a fraction of the viewport height from the top). Before the first step is reached, step 0.
 */
export function stepFromTops(tops: readonly number[], viewportHeight: number, offset = 0.6): number {
	const line = viewportHeight * offset;
	let active = 0;
	for (let i = 0; i < tops.length; i++) if (tops[i] <= line) active = i;
	return active;
}

/**
 * Inside an iframe the host page scrolls, not ours, so positions in our own viewport never
 * change. IntersectionObserver still reports how much of each step is visible in the top-level
 * viewport: pick the step with the largest visible height (the earlier one on ties); keep the
 * previous step when none is visible.
 */
export function stepFromVisibility(visibleHeights: readonly number[], previous: number): number {
	let best = -1;
	let bestHeight = 0;
	for (let i = 0; i < visibleHeights.length; i++) {
		if (visibleHeights[i] > bestHeight + 0.5) {
			best = i;
			bestHeight = visibleHeights[i];
		}
	}
	return best < 0 ? previous : best;
}
