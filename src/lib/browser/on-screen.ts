/**
 * Whether an element can be seen: at least partly inside the viewport AND its tab is visible.
 * Calls `change(visible)` whenever that flips (first call once the observer reports). Returns the dispose.
 * Figures that animate use it to pause off screen and in background tabs.
 */
export function watchOnScreen(element: Element, change: (visible: boolean) => void): () => void {
	let inView = true;
	let last: boolean | undefined;
	const report = () => {
		const visible = inView && document.visibilityState !== 'hidden';
		if (visible !== last) change((last = visible));
	};
	const observer = new IntersectionObserver((entries) => {
		for (const e of entries) inView = e.isIntersecting;
		report();
	});
	observer.observe(element);
	document.addEventListener('visibilitychange', report);
	return () => {
		observer.disconnect();
		document.removeEventListener('visibilitychange', report);
	};
}
