/**
 * Chart.js, loaded on demand. The first chart that nears the viewport (or printing) asks for it;
 * once it has arrived every chart on the page draws itself, including charts hidden inside
 * scrolled panels that an IntersectionObserver would never report.
 */
import type { Chart } from 'chart.js';

type Ready = (Chart: typeof import('chart.js').Chart) => void;

let loaded: typeof Chart | undefined;
let loading: Promise<void> | undefined;
const waiting = new Set<Ready>();

/** Calls `ready` once Chart.js is available (at once if it already is); returns an unsubscribe. */
export function whenChartsLoaded(ready: Ready): () => void {
	if (loaded) {
		ready(loaded);
		return () => {};
	}
	waiting.add(ready);
	return () => waiting.delete(ready);
}

/**
 * Starts loading Chart.js (once). The promise settles after every waiting chart has been drawn:
 * await it before printing (Ctrl+P alone gets a best effort from the charts' beforeprint handler).
 */
export function loadCharts(): Promise<void> {
	loading ??= import('./register').then(({ registerCharts }) => {
		loaded = registerCharts();
		for (const ready of [...waiting]) ready(loaded);
		waiting.clear();
	});
	return loading;
}
