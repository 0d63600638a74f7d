/**
 * The chart legend by keyboard, and charts in forced-colours mode (issue 15), on one embed page
 * load: digit keys hide and show series, the change is read out and drawn, the arrows skip a hidden
 * series; then with `forced-colors: active` the chart redraws in the system colours (lines, markers
 * and the keyboard's focus ring visible, none of the palette left) and the focus outline stays.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { canvasSignature, drawnSignature, launch, open, type OpenPage } from './harness';

let browser: Browser;
let p: OpenPage;
beforeAll(async () => {
	browser = await launch();
	// Gain control: two curves and a target line, with Chart.js's own legend under the chart.
	p = await open(browser, '/embed/intrinsic-excitability/gain-control/');
	await p.page.waitForFunction(() => 'embedReady' in document.documentElement.dataset);
});
afterAll(async () => {
	await p?.close();
	await browser?.close();
});

const CANVAS = '[role="application"] canvas >> nth=0';

/** Pixels of the chart's canvas within 40 (per channel) of each colour given as rgb(). */
function countColours(page: OpenPage['page'], colours: string[]): Promise<number[]> {
	return page
		.locator(CANVAS)
		.first()
		.evaluate((el, list) => {
			const canvas = el as HTMLCanvasElement;
			const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
			const targets = list.map((c) => (c.match(/\d+/g) ?? []).slice(0, 3).map(Number));
			const counts = targets.map(() => 0);
			for (let i = 0; i < data.length; i += 4) {
				if (data[i + 3] < 200) continue;
				targets.forEach((t, k) => {
					if (Math.abs(data[i] - t[0]) < 40 && Math.abs(data[i + 1] - t[1]) < 40 && Math.abs(data[i + 2] - t[2]) < 40) counts[k]++;
				});
			}
			return counts;
		}, colours);
}

describe('legend by keyboard', () => {
	it('digit keys hide and show a series, announced in the read-out and drawn; the arrows skip the hidden series', async () => {
		const { page } = p;
		const chart = page.locator('[role="application"]').first();
		const readout = page.locator('[data-chart-readout]').first();
		const before = await drawnSignature(page, CANVAS);

		// The instructions and the visible hint name the keys.
		const described = await chart.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent ?? '');
		expect(described).toMatch(/Keys 1 to 9 hide or show series 1 to 9/);
		await chart.focus();
		await expect.poll(() => page.locator('.hint.shown').textContent()).toMatch(/1–9 hide\/show/);

		await page.keyboard.press('2');
		await expect.poll(() => readout.textContent()).toBe('Frozen cell hidden. 2 of 3 series shown.');
		await expect.poll(() => canvasSignature(page, CANVAS)).not.toBe(before);
		await page.keyboard.press('2');
		await expect.poll(() => readout.textContent()).toBe('Frozen cell shown. 3 of 3 series shown.');
		await expect.poll(() => canvasSignature(page, CANVAS)).toBe(before);

		// From the first series, down goes past a hidden series to the target line.
		await page.keyboard.press('2');
		await page.keyboard.press('Home');
		expect(await readout.textContent()).toMatch(/Adaptive cell, point 1 of/);
		await page.keyboard.press('ArrowDown');
		expect(await readout.textContent()).toMatch(/Target/);
		await page.keyboard.press('2');
		await expect.poll(() => readout.textContent()).toBe('Frozen cell shown. 3 of 3 series shown.');
		// A series number the chart does not have does nothing.
		await page.keyboard.press('7');
		expect(await readout.textContent()).toBe('Frozen cell shown. 3 of 3 series shown.');
		expect(p.errors).toEqual([]);
	});

	it('in forced-colours mode the chart redraws in system colours, with its focus ring and focus mark visible', async () => {
		const { page } = p;
		const palette = ['rgb(0, 114, 178)', 'rgb(213, 94, 0)']; // the light palette's first two series colours
		const [blue, orange] = await countColours(page, palette);
		expect(blue, 'the palette before').toBeGreaterThan(50);
		expect(orange).toBeGreaterThan(50);

		await page.emulateMedia({ forcedColors: 'active' });
		const system = await page.evaluate(() => {
			const probe = document.createElement('span');
			probe.style.setProperty('forced-color-adjust', 'none');
			document.body.append(probe);
			const read = (k: string) => ((probe.style.color = k), getComputedStyle(probe).color);
			const out = { canvas: read('Canvas'), text: read('CanvasText'), link: read('LinkText'), highlight: read('Highlight') };
			probe.remove();
			return out;
		});
		// The palette is gone; the series are drawn in the text and link colours.
		await expect.poll(async () => (await countColours(page, palette)).reduce((a, b) => a + b, 0), { timeout: 15_000 }).toBeLessThan(20);
		const [text, link] = await countColours(page, [system.text, system.link]);
		expect(text, `CanvasText ${system.text}`).toBeGreaterThan(200);
		expect(link, `LinkText ${system.link}`).toBeGreaterThan(50);

		// The focus outline stays (the browser keeps outlines in forced colours) and the mark on the point is in Highlight.
		const chart = page.locator('[role="application"]').first();
		await chart.focus();
		await page.keyboard.press('Home');
		await page.keyboard.press('PageDown');
		const outline = await chart.evaluate((el) => {
			const s = getComputedStyle(el);
			return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
		});
		expect(outline.style).not.toBe('none');
		expect(outline.width).toBeGreaterThanOrEqual(2);
		await expect.poll(async () => (await countColours(page, [system.highlight]))[0]).toBeGreaterThan(20);
		// A pressed toggle keeps showing that it is pressed.
		const pressed = page.locator('button[aria-pressed="true"]').first();
		if (await pressed.count()) expect(await pressed.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(system.highlight);
		expect(p.errors).toEqual([]);
	});
});
