/** The intrinsic-excitability explainer in Chromium: sliders move charts, the grids redraw,
 *  scroll steps set the sticky figures, keyboard works, and slider-to-chart stays fast. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { PHONE, axe, describeViolations, drawnSignature, launch, open, setSlider, type OpenPage } from './harness';

const PATH = '/intrinsic-excitability/';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

const summary = (page: Page, id: string) => page.locator(`#${id}-summary`).textContent();
const gridSignature = (page: Page, id: string) =>
	page
		.locator(`#${id} .cell-grid svg`)
		.first()
		.evaluate((svg) => {
			const s = svg.innerHTML;
			let h = 0;
			for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
			return `${s.length}:${h}`;
		});
const canvases = (page: Page, id: string) =>
	page.locator(`#${id} canvas`).evaluateAll((els) =>
		els.map((el) => {
			const d = (el as HTMLCanvasElement).toDataURL();
			let h = 0;
			for (let i = 0; i < d.length; i++) h = (h * 31 + d.charCodeAt(i)) | 0;
			return `${d.length}:${h}`;
		})
	);

/** Figure id -> [slider key, a value different from its default]. */
const SLIDERS: Record<string, [string, number][]> = {
	excitability: [
		['vth', -50],
		['rin', 160],
		['ahp', 40],
		['current', 450]
	],
	allocation: [
		['boost', 0.5],
		['boosted', 30],
		['size', 20]
	],
	linking: [
		['tau', 30],
		['bump', 1],
		['interval', 30]
	],
	'gain-control': [
		['target', 0.25],
		['rate', 0.015],
		['gain', 3]
	],
	'sliding-threshold': [
		['history', 0.4],
		['probe', 0.8]
	]
};

describe('intrinsic-excitability page', () => {
	it('the baseline cell reproduces the textbook numbers in the excitability table', async () => {
		const p = await open(browser, PATH, { live: ['excitability'] });
		const fig = p.page.locator('#excitability');
		// Its point-by-point table (every plotted point: hundreds of rows) is built when the reader opens it.
		expect(await fig.locator('.part').count(), 'point-by-point parts while closed').toBe(0);
		await fig.getByRole('button', { name: 'Show data' }).click();
		expect(await fig.locator('.part tbody tr').count(), 'point-by-point rows once open').toBeGreaterThan(100);
		const rows = await fig
			.locator('table tbody tr')
			.evaluateAll((trs) => trs.map((tr) => Array.from(tr.children).map((c) => c.textContent?.trim() ?? '')));
		const at = (i: number) => rows.find((r) => r[0] === String(i));
		expect(at(200)?.[2]).toBe('0.0');
		expect(at(300)?.[2]).toBe('77.0');
		expect(Number(at(400)?.[2])).toBeCloseTo(112, 0);
		await p.close();
	});

	describe('the page as loaded, then every slider, on one page load', () => {
		let p: OpenPage;
		beforeAll(async () => {
			p = await open(browser, PATH);
		});
		afterAll(async () => {
			await p?.close();
		});
		// Before any slider moves: what the page says as loaded.
		it('names the essay it follows, by title and date, before the studies it builds on (header and reference 1)', async () => {
			const title = 'How plasticity of intrinsic excitability interacts with synaptic changes to drive learning and memory';
			const header = (await p.page.locator('.based-on').textContent())?.replace(/\s+/g, ' ') ?? '';
			expect(header).toContain(`the essay ${title} (18 July 2025)`);
			expect(header.indexOf(title)).toBeLessThan(header.indexOf('Yiu et al. 2014'));
			const first = (await p.page.locator('.references li').first().textContent())?.replace(/\s+/g, ' ') ?? '';
			expect(first).toContain('Essay (18 July 2025)');
			expect(first).toContain(title);
		});

		it('shows its five model figures, each labelled as a model, with no console error', async () => {
			for (const id of Object.keys(SLIDERS)) {
				const fig = p.page.locator(`figure#${id}`);
				expect(await fig.count(), id).toBe(1);
				expect(await fig.locator('.kind').textContent(), id).toMatch(/model/i);
				expect((await summary(p.page, id))?.length ?? 0, id).toBeGreaterThan(40);
			}
			expect(p.errors).toEqual([]);
			expect(p.external).toEqual([]);
		});

		for (const [id, sliders] of Object.entries(SLIDERS)) {
			it(`every slider of "${id}" changes its chart and its summary, and records its slider-to-chart time`, async () => {
				await p.page.locator(`#${id}`).scrollIntoViewIfNeeded();
				for (const [key, value] of sliders) {
					const beforeText = await summary(p.page, id);
					const beforeCharts: string[] = [];
					for (let i = 0; i < (await p.page.locator(`#${id} canvas`).count()); i++) {
						beforeCharts.push(await drawnSignature(p.page, `#${id} canvas >> nth=${i}`));
					}
					const beforeGrid = id === 'allocation' || id === 'linking' ? await gridSignature(p.page, id) : '';
					await p.page.evaluate(() => performance.clearMeasures());
					await setSlider(p.page, `#${id} input[data-key="${key}"]`, value);
					await expect.poll(() => summary(p.page, id), { message: `${id}.${key} summary` }).not.toBe(beforeText);
					// The figure times each slider step to its charts drawn (what `npm run bench` reports).
					await expect
						.poll(() => p.page.evaluate((fid) => performance.getEntriesByName(`engram:slider-to-chart:${fid}`).length, id), {
							message: `${id}.${key}: no slider-to-chart measure`
						})
						.toBeGreaterThan(0);
					const changed = async () => {
						const after = await canvases(p.page, id);
						const grid = beforeGrid ? await gridSignature(p.page, id) : '';
						return after.some((s, i) => s !== beforeCharts[i]) || (beforeGrid !== '' && grid !== beforeGrid);
					};
					await expect.poll(changed, { message: `${id}.${key} drawing` }).toBe(true);
				}
				// The settings are kept in the URL, prefixed by the figure id.
				await expect.poll(() => p.page.url()).toContain(`${id}.${sliders[0][0]}=`);
				expect(p.errors).toEqual([]);
			});
		}
	});

	it('the allocation grid redraws for a new event and when the boost changes', async () => {
		const p = await open(browser, PATH, { live: ['allocation'] });
		const fig = p.page.locator('#allocation');
		await fig.scrollIntoViewIfNeeded();
		const g0 = await gridSignature(p.page, 'allocation');
		await fig.getByRole('button', { name: 'New event' }).click();
		await expect.poll(() => gridSignature(p.page, 'allocation')).not.toBe(g0);
		const g1 = await gridSignature(p.page, 'allocation');
		await setSlider(p.page, '#allocation input[data-key="boost"]', 3);
		await expect.poll(() => gridSignature(p.page, 'allocation')).not.toBe(g1);
		// A large boost: boosted cells win much more often than the others (read from the summary).
		const text = (await summary(p.page, 'allocation')) ?? '';
		const m = text.match(/boosted cell joined (\d+)% of the time and any other cell (\d+)%/);
		expect(m).not.toBeNull();
		expect(Number(m![1])).toBeGreaterThan(3 * Number(m![2]));
		await p.close();
	});

	it('the linking grid shows more shared cells for close events than for distant ones', async () => {
		const p = await open(browser, PATH, { live: ['linking'] });
		const shared = async () => {
			const t = (await summary(p.page, 'linking')) ?? '';
			return Number(t.match(/: (\d+) of the (\d+) cells/)![1]);
		};
		// The figure's code loads as it nears the viewport: a slider moved before then is reset.
		await p.page.locator('#linking').scrollIntoViewIfNeeded();
		await drawnSignature(p.page, '#linking canvas');
		await setSlider(p.page, '#linking input[data-key="interval"]', 0);
		await expect.poll(() => summary(p.page, 'linking')).toMatch(/^Two events 0 hours/);
		const close = await shared();
		await setSlider(p.page, '#linking input[data-key="interval"]', 72);
		await expect.poll(() => summary(p.page, 'linking')).toMatch(/^Two events 72 hours/);
		expect(close).toBeGreaterThan((await shared()) + 5);
		await p.close();
	});

	it('scrolling to a step sets the sticky figure (and Next/Previous do too)', async () => {
		const p = await open(browser, PATH);
		const rin = p.page.locator('#excitability input[data-key="rin"]');
		expect(await rin.inputValue()).toBe('100');
		await p.page.locator('#excitability').scrollIntoViewIfNeeded();
		await drawnSignature(p.page, '#excitability canvas');
		const fig = await canvases(p.page, 'excitability');
		// Second step of the first scrolly: higher input resistance.
		await p.page
			.locator('.step[data-step="1"]')
			.first()
			.evaluate((el) => el.scrollIntoView({ block: 'center' }));
		await expect.poll(() => rin.inputValue()).toBe('140');
		await expect.poll(async () => (await canvases(p.page, 'excitability')).join() !== fig.join()).toBe(true);
		// Third step: a strong AHP.
		await p.page
			.locator('.step[data-step="2"]')
			.first()
			.evaluate((el) => el.scrollIntoView({ block: 'center' }));
		await expect.poll(() => p.page.locator('#excitability input[data-key="ahp"]').inputValue()).toBe('30');

		// The allocation scrolly: step 2 (no boost) sets the boost slider to 0 and the summary says so.
		const allocSteps = p.page.locator('.scrolly').nth(1).locator('.step');
		await allocSteps.nth(1).evaluate((el) => el.scrollIntoView({ block: 'center' }));
		await expect.poll(() => p.page.locator('#allocation input[data-key="boost"]').inputValue()).toBe('0');
		await expect.poll(() => summary(p.page, 'allocation')).toMatch(/the same as chance/);

		// The linking scrolly's Next button moves to the next step and sets a long gap.
		const linking = p.page.locator('.scrolly').nth(2);
		await linking
			.locator('.step')
			.first()
			.evaluate((el) => el.scrollIntoView({ block: 'center' }));
		await expect.poll(() => linking.locator('.where').textContent()).toMatch(/Step 1 of 4/);
		await linking.getByRole('button', { name: /Next/ }).click();
		await expect.poll(() => p.page.locator('#linking input[data-key="interval"]').inputValue()).toBe('48');

		// The gain-control scrolly: step 2 makes the synaptic change larger.
		const gain = p.page.locator('.scrolly').nth(3);
		await gain
			.locator('.step')
			.nth(1)
			.evaluate((el) => el.scrollIntoView({ block: 'center' }));
		await expect.poll(() => p.page.locator('#gain-control input[data-key="gain"]').inputValue()).toBe('3');
		expect(p.errors).toEqual([]);
		await p.close();
	});

	it('sliders work from the keyboard', async () => {
		const p = await open(browser, PATH, { live: ['sliding-threshold'] });
		const input = p.page.locator('#sliding-threshold input[data-key="history"]');
		await input.scrollIntoViewIfNeeded();
		const before = await summary(p.page, 'sliding-threshold');
		await input.focus();
		await p.page.keyboard.press('ArrowLeft');
		await p.page.keyboard.press('ArrowLeft');
		await expect.poll(() => input.inputValue()).toBe('0.7');
		await expect.poll(() => summary(p.page, 'sliding-threshold')).not.toBe(before);
		await p.close();
	});

	it('reads settings from a shared link', async () => {
		const p = await open(browser, `${PATH}?allocation.boost=2.5&linking.tau=20&excitability.vth=-50`, { live: ['allocation', 'linking'] });
		await expect.poll(() => p.page.locator('#allocation input[data-key="boost"]').inputValue()).toBe('2.5');
		expect(await p.page.locator('#linking input[data-key="tau"]').inputValue()).toBe('20');
		expect(await summary(p.page, 'excitability')).toMatch(/starts firing at 250 pA/);
		await p.close();
	});

	it('tells the reader when a shared link asked for values the sliders cannot take', async () => {
		const p = await open(browser, `${PATH}?allocation.boost=99&allocation.boosted=abc&linking.tau=20`, { live: ['allocation', 'linking'] });
		const notice = p.page.locator('#allocation [data-adjusted]');
		await expect.poll(() => notice.textContent()).toMatch(/^Adjusted: /);
		const text = (await notice.textContent()) ?? '';
		// The value asked for, the value used, and why: the maximum for 99, the default for "abc".
		expect(text).toMatch(/99 → 3\.0 SD \(the slider's maximum\)/);
		expect(text).toMatch(/abc → [\d.]+ ?%? ?\(not a number; the default\)/);
		expect(await p.page.locator('#allocation input[data-key="boost"]').inputValue()).toBe('3');
		// A clean value gets no notice.
		expect(await p.page.locator('#linking [data-adjusted]').count()).toBe(0);
		expect(p.errors).toEqual([]);
		await p.close();
	});

	it('has no axe violations on a phone in dark mode after moving to later steps', async () => {
		// The figure it opens goes live; the others stay as a reader who has not reached them sees them
		// (the sweep checks the page with every figure live).
		const p = await open(browser, PATH, { viewport: PHONE, colorScheme: 'dark', live: ['allocation'] });
		await p.page.locator('#allocation').scrollIntoViewIfNeeded();
		await p.page.locator('#allocation').getByRole('button', { name: 'Show data' }).click();
		const violations = await axe(p.page);
		expect(violations, describeViolations(violations)).toEqual([]);
		await p.close();
	});
});
