/**
 * When a step hangs (a Playwright call that never returns: a resize, an evaluate, a navigation), the
 * test's own timeout says only "timed out". `watchStuck` says why, on stderr, while the step still
 * runs: whether the page's main thread answers at all (if not, it is busy: a long task or a loop),
 * and whether it still gets animation frames (if not, rendering has stalled and everything that
 * waits for a frame, a resize among them, waits too).
 */
import type { Page } from 'playwright-core';

/** At most `ms` for `p`; undefined when it took longer. */
const within = <T>(p: Promise<T>, ms: number): Promise<T | undefined> =>
	Promise.race([p.catch(() => undefined), new Promise<undefined>((r) => setTimeout(() => r(undefined), ms))]);

/** What a stuck page is doing, as lines of text (never throws). */
export async function diagnose(page: Page): Promise<string[]> {
	const lines: string[] = [];
	try {
		const cdp = await within(page.context().newCDPSession(page), 3_000);
		if (!cdp) return ['could not attach to the page in 3 s'];
		const answer = await within(
			cdp.send('Runtime.evaluate', {
				expression: `[location.href, document.readyState, document.visibilityState].join(' ')`,
				returnByValue: true
			}),
			3_000
		);
		lines.push(answer ? `main thread answers: ${answer.result.value}` : 'main thread does not answer in 3 s (busy: a long task or a loop)');
		if (answer) {
			const frame = await within(
				cdp.send('Runtime.evaluate', {
					expression: 'new Promise((r) => requestAnimationFrame(() => r("yes")))',
					awaitPromise: true,
					returnByValue: true
				}),
				3_000
			);
			lines.push(frame ? 'animation frames: still coming' : 'animation frames: none in 3 s (rendering has stalled)');
		}
		void cdp.detach().catch(() => {});
	} catch (e) {
		lines.push(`could not look: ${(e as Error).message}`);
	}
	return lines;
}

/**
 * Runs `step`; if it has not finished after `afterMs`, prints what the page is doing (once), and
 * keeps waiting: the test's own timeout still decides.
 */
export async function watchStuck<T>(page: Page, what: string, step: () => Promise<T>, afterMs = 20_000): Promise<T> {
	const timer = setTimeout(() => {
		void diagnose(page).then((lines) => console.warn(`stuck for ${afterMs / 1000} s ${what} (${page.url()}):\n  ${lines.join('\n  ')}`));
	}, afterMs);
	try {
		return await step();
	} finally {
		clearTimeout(timer);
	}
}
