/**
 * The "run the full network" figure (src/lib/figures/inhibitory-plasticity/SpikingNetwork.svelte)
 * on its bench page /lab/spiking/: it starts, the raster fills, it pauses, it stops when out of view,
 * the size slider builds a new network, and the page stays responsive while the worker runs.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { PHONE, axe, canvasSignature, describeViolations, drawnSignature, frames, launch, open, setSlider } from './harness';

const PATH = '/lab/spiking/';
/**
 * The page with a 2,000-cell network: what these tests check (runs, pauses, stops out of view, takes
 * sliders while running, the axe rules) does not depend on the size, and a running network takes a
 * whole core, five times longer at the default 10,000 cells to reach the same model time. The default
 * size is run where it matters (how much of the raster fills; the slow-machine notice) and timed by
 * bench/spiking.
 */
const SMALL = `${PATH}?n=2000`;
const FIG = '#spiking-network';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** Model time shown in the status line (s), or -1. */
async function modelTime(page: Page): Promise<number> {
	const text = (await page.locator(`${FIG} .sim-status`).textContent()) ?? '';
	const m = /model time ([\d.,]+) s/.exec(text);
	return m ? Number(m[1].replace(/,/g, '')) : -1;
}

/** Coloured (non-background) pixels on the raster canvas. */
async function inked(page: Page): Promise<number> {
	return page.locator(`${FIG} canvas.raster`).evaluate((el) => {
		const c = el as HTMLCanvasElement;
		const ctx = c.getContext('2d')!;
		const { data } = ctx.getImageData(30, 0, c.width - 40, Math.round(c.height * 0.85));
		let n = 0;
		for (let i = 3; i < data.length; i += 4) if (data[i] > 200) n++;
		return n;
	});
}

/** Waits until `check` holds (polled), failing with `what` after `ms`. */
async function waitFor(_page: Page, check: () => Promise<boolean>, ms = 20_000, what = 'condition'): Promise<void> {
	await expect.poll(check, { timeout: ms, message: what }).toBe(true);
}

const status = (page: Page) => page.locator(`${FIG} .sim-status`).textContent();

/**
 * After Pause (or leaving the screen): the status says so only once the worker has stopped and its
 * last batch has arrived (SimRunner.halted), so the model clock it shows is final from then on.
 */
async function expectStopped(page: Page, time: (page: Page) => Promise<number>, statusText: RegExp, where = FIG) {
	await expect.poll(async () => (await page.locator(`${where} .sim-status`).textContent()) ?? '').toMatch(statusText);
	const t = await time(page);
	await frames(page, 30);
	expect(await time(page)).toBe(t);
}

describe('spiking network figure', () => {
	it('keeps the main thread free while the network runs; no axe-core violations while running (phone, dark), its data table open', async () => {
		const p = await open(browser, SMALL, { viewport: PHONE, colorScheme: 'dark' });
		const { page } = p;
		await page.evaluate(() => {
			const w = window as unknown as { longTasks: number[] };
			w.longTasks = [];
			new PerformanceObserver((list) => {
				for (const e of list.getEntries()) w.longTasks.push(e.duration);
			}).observe({ type: 'longtask' });
		});
		await page.locator(FIG).scrollIntoViewIfNeeded();
		await page.locator('#spiking-network').getByRole('button', { name: 'Start' }).click();
		await waitFor(page, async () => (await modelTime(page)) >= 0.3);
		expect(await page.locator('figure.spiking').getAttribute('data-engine')).toBe('wasm');
		// measure only once the network has been built and is running
		await page.evaluate(() => ((window as unknown as { longTasks: number[] }).longTasks = []));
		// A CPU profile of the page's main thread (a worker's thread is not in it) over three seconds.
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Profiler.enable');
		await cdp.send('Profiler.start');
		const t0 = await modelTime(page);
		const drawn = await page.evaluate(
			() =>
				new Promise<number>((resolve) => {
					let count = 0;
					const end = performance.now() + 3000;
					const tick = (now: number) => {
						count++;
						if (now < end) requestAnimationFrame(tick);
						else resolve(count);
					};
					requestAnimationFrame(tick);
				})
		);
		const { profile } = await cdp.send('Profiler.stop');
		const long = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
		console.log(`spiking: ${drawn} frames in 3 s, long tasks ${JSON.stringify(long.map(Math.round))}`);
		// The simulation advanced meanwhile ...
		expect(await modelTime(page)).toBeGreaterThan(t0);
		// ... and not on the main thread: no sample of the profile is in the WebAssembly engine, which
		// takes nearly all of the time of whichever thread runs it (it shows as wasm:// frames) ...
		const engineFrames = profile.nodes.filter((n) => n.callFrame.url.startsWith('wasm://'));
		expect(engineFrames.map((n) => n.callFrame.functionName)).toEqual([]);
		expect(profile.samples?.length ?? 0).toBeGreaterThan(100);
		// ... while the page kept drawing frames. How smoothly is measured by bench/spiking/speed.mjs
		// (tests do not assert timings); the 3-s window holds about 180 frames on a quiet machine.
		expect(drawn).toBeGreaterThan(10);
		// Still running, its table open: axe (the idle page is axe-checked by the sweep, sweep-site.test.ts).
		await page.locator(FIG).getByRole('button', { name: 'Show data' }).click();
		const violations = await axe(page);
		expect(violations, describeViolations(violations)).toEqual([]);
		expect(p.errors).toEqual([]);
		await p.close();
	});

	it('does nothing until Start; then runs, fills the raster, and pauses', async () => {
		// The default size: how much of the raster fills depends on it.
		const p = await open(browser, PATH);
		const { page } = p;
		await page.locator(FIG).scrollIntoViewIfNeeded();
		await frames(page, 30);
		expect(await modelTime(page)).toBe(-1);
		expect(await inked(page)).toBe(0);

		await page.locator('#spiking-network').getByRole('button', { name: 'Start' }).click();
		await waitFor(page, async () => (await modelTime(page)) >= 0.5);
		expect(await inked(page)).toBeGreaterThan(500);
		// the worker compiled and runs the WebAssembly engine (the page's CSP allows it)
		expect(await page.locator('figure.spiking').getAttribute('data-engine')).toBe('wasm');

		await page.locator('#spiking-network').getByRole('button', { name: 'Pause' }).click();
		await expectStopped(page, modelTime, /^Paused/);
		// pausing brings the summary and the data table up to date
		expect(await page.locator(`${FIG}-summary`).textContent()).toMatch(/excitatory cells fire at [\d.]+ Hz/);
		expect(p.errors).toEqual([]);
		await p.close();
	});

	it('proposes a smaller network when this machine runs it slower than real time, and builds it on request', async () => {
		const p = await open(browser, PATH, { viewport: PHONE });
		const { page } = p;
		// The figure's test hook: the worker idles 40 times as long as it computes, like a CPU 40 times
		// slower, so the first second runs far below real time on any machine.
		await page.evaluate(() => ((window as unknown as { __engramSimTest: object }).__engramSimTest = { slowdown: 40 }));
		await page.locator(FIG).scrollIntoViewIfNeeded();
		expect(await page.locator(`${FIG} .fit`).count()).toBe(0);
		await page.locator(FIG).getByRole('button', { name: 'Start' }).click();
		const notice = page.locator(`${FIG} .fit`);
		await waitFor(page, async () => (await notice.count()) > 0, 60_000);
		expect(await notice.getAttribute('role')).toBe('status');
		expect(((await notice.textContent()) ?? '').replace(/\s+/g, ' ')).toMatch(
			/runs slower than real time: [\d.]+ s of model time per second at 10,000 cells\. A network of [\d,]+ cells should keep up\./
		);
		const use = notice.getByRole('button', { name: /^Use [\d,]+ cells$/ });
		const size = Number(((await use.textContent()) ?? '').replace(/[^\d]/g, ''));
		expect(size).toBeGreaterThanOrEqual(1000);
		expect(size).toBeLessThan(10_000);
		let violations = await axe(page);
		expect(violations, describeViolations(violations)).toEqual([]);

		// accepting builds the smaller network and moves the size slider to it
		await use.click();
		const label = `${size.toLocaleString('en')} cells`;
		await waitFor(page, async () => (await page.locator(`${FIG} .sim-status`).textContent())?.includes(label) ?? false);
		expect(await page.locator(`${FIG} input[data-key="n"]`).getAttribute('aria-valuetext')).toBe(label);
		// still too slow at 40 times slower: a new notice, and Keep dismisses it for good
		await waitFor(page, async () => (await notice.count()) > 0, 60_000);
		await notice.getByRole('button', { name: /^Keep / }).click();
		expect(await notice.count()).toBe(0);
		violations = await axe(page);
		expect(violations, describeViolations(violations)).toEqual([]);
		expect(p.errors).toEqual([]);
		await p.close();
	});

	it('takes the learning rate and the target rate while it runs, without starting over; stops when the figure leaves the viewport and resumes when it returns', async () => {
		const p = await open(browser, SMALL);
		const { page } = p;
		const summary = page.locator(`${FIG}-summary`);
		await page.locator(FIG).scrollIntoViewIfNeeded();
		await page.locator(FIG).getByRole('button', { name: 'Start' }).click();
		await waitFor(page, async () => (await modelTime(page)) >= 0.3, 20_000, 'the network runs');
		const rates = `${FIG} canvas:not(.raster) >> nth=0`;
		const chart = await drawnSignature(page, rates);
		const t0 = await modelTime(page);
		await setSlider(page, `${FIG} input[data-key="rho0"]`, 8);
		await setSlider(page, `${FIG} input[data-key="eta"]`, 0.03);
		expect(await page.locator(`${FIG} input[data-key="rho0"]`).getAttribute('aria-valuetext')).toMatch(/^8(\.0)? Hz$/);
		// The running network takes the new target (the summary and the target line say so) ...
		await waitFor(
			page,
			async () => /\(target 8(\.0)? Hz\)/.test((await summary.textContent()) ?? ''),
			10_000,
			'summary shows the new target'
		);
		await expect.poll(() => canvasSignature(page, rates), { message: 'the rate chart redraws' }).not.toBe(chart);
		// ... and keeps its clock: it goes on from where it was, it is not rebuilt from zero.
		await waitFor(page, async () => (await modelTime(page)) > t0 + 0.2, 20_000, 'model time goes on');
		expect(await status(page)).toMatch(/2,000 cells/);
		await expect.poll(() => page.url()).toContain('rho0=8');
		// Still running: pushed far below the fold it stops, back in view it goes on.
		await page.evaluate(() => {
			const spacer = document.createElement('div');
			spacer.id = 'spacer';
			spacer.style.height = '5000px';
			document.querySelector('h1')!.after(spacer);
			window.scrollTo(0, 0);
		});
		await expectStopped(page, modelTime, /out of view/);
		const t1 = await modelTime(page);
		await page.locator(FIG).scrollIntoViewIfNeeded();
		await waitFor(page, async () => (await modelTime(page)) > t1, 10_000);
		expect(p.errors).toEqual([]);
		await p.close();
	});

	it('builds a new network when the size slider moves, and works under a sub-path', async () => {
		const p = await open(browser, `${PATH}?n=3000`, { base: inject('subPathUrl') });
		const { page } = p;
		await page.locator(FIG).scrollIntoViewIfNeeded();
		await page.locator('#spiking-network').getByRole('button', { name: 'Start' }).click();
		await waitFor(page, async () => /3,000 cells/.test((await page.locator(`${FIG} .sim-status`).textContent()) ?? ''));
		await setSlider(page, `${FIG} input[data-key="n"]`, 2000);
		await waitFor(page, async () => /2,000 cells/.test((await page.locator(`${FIG} .sim-status`).textContent()) ?? ''));
		await waitFor(page, async () => (await modelTime(page)) >= 0.3);
		expect(await page.locator(`${FIG} input[data-key="n"]`).getAttribute('aria-valuetext')).toBe('2,000 cells');
		expect(p.errors).toEqual([]);
		await p.close();
	});
});

/**
 * The memory-assembly demo (MemoryAssembly.svelte) on its embed page: imprint, wait for balance,
 * cue half the assembly; the other half answers. Runs at 2× real time, so about 6 s of wall time.
 */
describe('memory-assembly figure', () => {
	const MA = '#memory-assembly';
	const EMBED = '/embed/inhibitory-plasticity/memory-assembly/';

	async function maTime(page: Page): Promise<number> {
		const text = (await page.locator(`${MA} .sim-status`).textContent()) ?? '';
		const m = /model time ([\d.,]+) s/.exec(text);
		return m ? Number(m[1].replace(/,/g, '')) : -1;
	}

	it('imprints, rebalances and recalls from a partial cue; sliders, table and summary follow; axe clean', async () => {
		const p = await open(browser, EMBED, { viewport: PHONE, colorScheme: 'dark' });
		const { page } = p;
		const summary = page.locator(`${MA}-summary`);
		const imprint = page.getByRole('button', { name: /^Imprint/ });
		const cue = page.getByRole('button', { name: /^Cue \d+ cells/ });
		await page.locator(MA).scrollIntoViewIfNeeded();
		// nothing runs by itself; stages locked until the network runs
		await frames(page, 20);
		expect(await maTime(page)).toBe(-1);
		expect(await imprint.isDisabled()).toBe(true);
		expect(await cue.isDisabled()).toBe(true);

		// sliders: size, imprint strength and cue current are reflected before anything runs
		await setSlider(page, `${MA} input[data-key="n"]`, 3000);
		await waitFor(page, async () => /3,000 spiking neurons, 240 of them/.test((await summary.textContent()) ?? ''), 3000);
		await setSlider(page, `${MA} input[data-key="n"]`, 2000);
		await setSlider(page, `${MA} input[data-key="gain"]`, 6);
		expect(await imprint.textContent()).toMatch(/Imprint ×6\.0/);
		await setSlider(page, `${MA} input[data-key="cue"]`, 120);
		expect(await page.locator(`${MA} input[data-key="cue"]`).getAttribute('aria-valuetext')).toBe('120 pA');

		await page.getByRole('button', { name: 'Start' }).click();
		await waitFor(page, async () => !(await imprint.isDisabled()));
		const beforeImprint = await summary.textContent();
		await imprint.press('Enter'); // keyboard works as well as a click
		await waitFor(
			page,
			async () =>
				/You imprinted the assembly at [\d.]+ s, multiplying the synapses among its 160 cells by 6\.0/.test(
					(await summary.textContent()) ?? ''
				),
			10_000
		);
		expect(await summary.textContent()).not.toBe(beforeImprint);

		// balance returns, then the cue unlocks
		await waitFor(page, async () => !(await cue.isDisabled()));
		const rateChart = `${MA} canvas:not(.raster) >> nth=0`;
		const chartBefore = await canvasSignature(page, rateChart);
		await cue.click();
		await waitFor(page, async () => /^The cue \(120 pA extra to 80 of the 160 members/.test((await summary.textContent()) ?? ''), 10_000);
		await page.getByRole('button', { name: 'Pause' }).click();
		await expectStopped(page, maTime, /^Paused/, MA);

		const text = (await summary.textContent()) ?? '';
		const m =
			/drove the cued half from ([\d.]+) to ([\d.]+) Hz\. The other half, which got no extra input, rose from ([\d.]+) to ([\d.]+) Hz, while cells outside the assembly (?:rose|fell|stayed about level) from ([\d.]+) to ([\d.]+) Hz: the strengthened synapses completed the pattern/.exec(
				text
			);
		expect(m, text).not.toBeNull();
		const [c0, c1, u0, u1, r0, r1] = m!.slice(1).map(Number);
		expect(c1 - c0).toBeGreaterThan(10);
		expect(u1 - u0).toBeGreaterThan(2 * Math.max(0.5, r1 - r0)); // recall: the uncued half answers
		expect(await canvasSignature(page, rateChart)).not.toBe(chartBefore);

		await page.getByRole('button', { name: 'Show data' }).click();
		const table = page.locator(`${MA}-data table`);
		await waitFor(page, async () => /cue on/.test((await table.textContent()) ?? ''), 5000);
		expect(await table.textContent()).toMatch(/imprinted/);

		const violations = await axe(page);
		expect(violations, describeViolations(violations)).toEqual([]);
		expect(p.errors).toEqual([]);
		await p.close();
	});
});
