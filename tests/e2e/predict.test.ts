/**
 * Predict first, in Chromium: on each article's prediction chart a reader sketches by keyboard alone
 * (one chart also by mouse drag, the embed by a touch tap), reveals the model's answer and reads a
 * comment computed from the difference (one right, several wrong in known places); the sketch survives
 * a reload from its URL; `predict=1` opens an embed in the mode. One page load per scenario.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { PHONE, axe, describeViolations, drawnSignature, launch, open } from './harness';
import { run as fearRun } from '$lib/models/fear-extinction';
import { FEAR_SKETCH, fearAnswer } from '$lib/figures/astrocytes-fear-extinction/predict';
import { LINKING_SKETCH } from '$lib/figures/intrinsic-excitability/predict';
import { RETRO_SKETCH } from '$lib/figures/emotional-memory-integration/predict';
import { NETWORK_SKETCH } from '$lib/figures/inhibitory-plasticity/predict';
import { encodeSketch, snapValue } from '$lib/figure-kit/predict/sketch';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** The figure's chart in sketching mode: present once the page's code runs and has read the URL. */
async function sketchChart(page: Page, id: string): Promise<Locator> {
	const chart = page.locator(`#${id} [data-sketching]`);
	await chart.waitFor({ timeout: 20_000 });
	await chart.scrollIntoViewIfNeeded();
	return chart;
}

const readout = (page: Page, id: string) => page.locator(`#${id} [data-chart-readout]`).first();
const comment = (page: Page, id: string) => page.locator(`#${id} [data-predict-comment]`);

/**
 * Sets each point from `from` to `to` by keyboard, starting on point 0 (Home): Page Up/Down for whole
 * big steps, ↑/↓ for the rest, → between points. Keys go to the focused chart, as a reader's would.
 */
async function keyboardSketch(chart: Locator, from: readonly number[], to: readonly number[], steps: { step: number; bigStep: number }) {
	await chart.focus();
	const page = chart.page();
	await page.keyboard.press('Home');
	const ratio = Math.round(steps.bigStep / steps.step);
	for (let i = 0; i < to.length; i++) {
		if (i > 0) await page.keyboard.press('ArrowRight');
		const n = Math.round((to[i] - from[i]) / steps.step);
		const big = Math.trunc(n / ratio);
		for (let k = 0; k < Math.abs(big); k++) await page.keyboard.press(big > 0 ? 'PageUp' : 'PageDown');
		const small = n - big * ratio;
		for (let k = 0; k < Math.abs(small); k++) await page.keyboard.press(small > 0 ? 'ArrowUp' : 'ArrowDown');
	}
}

/** Presses a button of the figure by keyboard (focus, Enter). */
async function pressByKeyboard(page: Page, id: string, name: RegExp) {
	const button = page.locator(`#${id}`).getByRole('button', { name });
	await button.focus();
	await page.keyboard.press('Enter');
}

describe('astrocytes: freezing per block', () => {
	const id = 'fear-model';
	const answer = fearAnswer(fearRun({})).map((v) => snapValue(FEAR_SKETCH, v));
	const start = answer.map(() => FEAR_SKETCH.start);

	it('a keyboard sketch on the model is right; one without renewal is told so; the link restores it', async () => {
		const { page, errors, close } = await open(browser, `/astrocytes-fear-extinction/?${id}.predict=1`, { live: [id] });
		try {
			const chart = await sketchChart(page, id);
			// While predicting, the answer's summary and table are withheld.
			await expect.poll(() => page.locator(`#${id}-summary`).textContent()).toMatch(/hidden until you reveal/);
			expect(await page.locator(`#${id}`).getByRole('button', { name: 'Show data' }).count()).toBe(0);
			expect(describeViolations(await axe(page))).toBe('');

			await keyboardSketch(chart, start, answer, FEAR_SKETCH);
			await expect.poll(() => readout(page, id).textContent()).toMatch(/^Your prediction at Ren: freezing \d+ %\. Point 15 of 15\.$/);
			await pressByKeyboard(page, id, /Reveal the model’s answer/);
			await expect
				.poll(() => comment(page, id).textContent())
				.toMatch(/^Close: every point is within 10 points of the answer\. .*safety association/);

			await pressByKeyboard(page, id, /Try again/);
			await expect.poll(() => comment(page, id).textContent()).toBe('');
			const wrong = [...answer];
			wrong[wrong.length - 1] = 15; // renewal drawn as low as late extinction
			await keyboardSketch(chart, start, wrong, FEAR_SKETCH);
			await pressByKeyboard(page, id, /Reveal/);
			await expect
				.poll(() => comment(page, id).textContent())
				.toMatch(
					/^Furthest off at renewal: you drew 15%, the model gives 49% \(\d+ points too low\)\. Safety counts only in the box where it was learned/
				);
			const said = await comment(page, id).textContent();

			// The URL carries the sketch and the reveal (written a moment after the last change). Both are
			// waited for together: an address written in between can hold the first reveal with its sketch,
			// or this sketch before its reveal.
			const token = encodeSketch(FEAR_SKETCH, wrong);
			await expect
				.poll(() => {
					const q = new URL(page.url()).searchParams;
					return [q.get(`${id}.sketch`), q.get(`${id}.reveal`)];
				})
				.toEqual([token, '1']);
			await page.goto(page.url(), { waitUntil: 'load' });
			await expect.poll(() => comment(page, id).textContent()).toBe(said);
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});
});

describe('intrinsic excitability: overlap against the gap', () => {
	it('a keyboard sketch that stays high at long gaps is told the overlap returns to chance', async () => {
		const id = 'linking';
		const { page, errors, close } = await open(browser, `/intrinsic-excitability/?${id}.predict=1`, { live: [id] });
		try {
			const chart = await sketchChart(page, id);
			// 60%, 30%, 20% at 0, 6, 12 h; 24, 48 and 72 h left at 50%.
			await keyboardSketch(chart, [0.5, 0.5, 0.5], [0.6, 0.3, 0.2], LINKING_SKETCH);
			await expect
				.poll(() => readout(page, id).textContent())
				.toMatch(/^Your prediction at gap between the events 12 hours: overlap 20 %\. Point 3 of 6\.$/);
			await pressByKeyboard(page, id, /Reveal the model’s answer/);
			await expect
				.poll(() => comment(page, id).textContent())
				.toMatch(
					/^Furthest off at a gap of 72 h: you drew 50%, the model gives 10% \(40 points too high\)\. .*overlap sits at chance \(10%\)/
				);
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});
});

describe('emotional memory: aversive recall against the gain', () => {
	it('a mouse stroke across the top sets every point; the keyboard redraws; both comments name the point', async () => {
		const id = 'model';
		const { page, errors, close } = await open(browser, `/emotional-memory-integration/?${id}.predict=1`, { live: [id] });
		try {
			const chart = await sketchChart(page, id);
			const canvas = chart.locator('canvas');
			await drawnSignature(page, `#${id} [data-sketching] canvas`);
			const box = (await canvas.boundingBox())!;
			// A stroke along the top edge: every point it crosses goes to 100%.
			await page.mouse.move(box.x + 4, box.y + 2);
			await page.mouse.down();
			await page.mouse.move(box.x + box.width / 2, box.y + 2, { steps: 4 });
			await page.mouse.move(box.x + box.width - 2, box.y + 2, { steps: 4 });
			await page.mouse.up();
			await expect
				.poll(() => readout(page, id).textContent())
				.toMatch(/^Your prediction at emotional gain 3 ×: pairs recalled 100 %\. Point 5 of 5\.$/);
			await page
				.locator(`#${id}`)
				.getByRole('button', { name: /Reveal/ })
				.click();
			await expect
				.poll(() => comment(page, id).textContent())
				.toMatch(/^Furthest off at gain 1\.0×: you drew 100%, the model gives 39% .*too high\)\. At gain 1 there is no emotional boost/);
			expect(describeViolations(await axe(page))).toBe('');

			// Keyboard only: back to the start (50%), then a flat 40%: too low at 3× (56%).
			await pressByKeyboard(page, id, /Try again/);
			await keyboardSketch(chart, [50, 50, 50, 50, 50], [40, 40, 40, 40, 40], RETRO_SKETCH);
			await pressByKeyboard(page, id, /Reveal/);
			await expect
				.poll(() => comment(page, id).textContent())
				.toMatch(
					/^Furthest off at gain 3\.0×: you drew 40%, the model gives 56% .*too low\)\. Every reactivation of an aversive pair is multiplied by the gain/
				);
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});
});

describe('inhibitory plasticity: the relevant weight around the window', () => {
	it('a flat keyboard sketch misses the climb the window allows', async () => {
		const id = 'network';
		const { page, errors, close } = await open(browser, `/inhibitory-plasticity/?${id}.predict=1`, { live: [id] });
		try {
			const chart = await sketchChart(page, id);
			// 0.4 → 0.16 at each of the 7 points: Page Down twice (0.1 each), ↓ twice (0.02 each).
			await keyboardSketch(
				chart,
				NETWORK_SKETCH.xs.map(() => 0.4),
				NETWORK_SKETCH.xs.map(() => 0.16),
				NETWORK_SKETCH
			);
			await expect
				.poll(() => readout(page, id).textContent())
				.toMatch(/^Your prediction at time \(model seconds\) 400: excitatory weight 0\.16\. Point 7 of 7\.$/);
			await pressByKeyboard(page, id, /Reveal the model’s answer/);
			await expect
				.poll(() => comment(page, id).textContent())
				.toMatch(/too low\)\. Halving inhibition lets the output surge past the learning threshold/);
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});
});

describe('embed', () => {
	it('predict=1 opens an embed in the mode; a touch tap sets a point; the embed URL keeps it', async () => {
		const id = 'fear-model';
		const { page, errors, close } = await open(browser, `/embed/astrocytes-fear-extinction/${id}/?predict=1`, {
			viewport: PHONE,
			hasTouch: true,
			isMobile: true
		});
		try {
			await sketchChart(page, id);
			const canvas = page.locator(`#${id} canvas`);
			await drawnSignature(page, `#${id} [data-sketching] canvas`);
			// Only while sketching does the canvas keep touch moves (the page scrolls otherwise).
			expect(await canvas.evaluate((el) => getComputedStyle(el).touchAction)).toBe('none');
			const box = (await canvas.boundingBox())!;
			await page.touchscreen.tap(box.x + box.width - 3, box.y + 2);
			await page
				.locator(`#${id}`)
				.getByRole('button', { name: /Reveal/ })
				.click();
			await expect.poll(() => comment(page, id).textContent()).toMatch(/^Furthest off at /);
			await expect.poll(() => page.url()).toMatch(/[?&]reveal=1/);
			expect(page.url()).toMatch(/[?&]predict=1/);
			expect(page.url()).toMatch(/[?&]sketch=[0-9a-z]{15}/);
			await page.locator(`#${id}`).getByRole('button', { name: 'Predict first' }).click();
			expect(await canvas.evaluate((el) => getComputedStyle(el).touchAction)).not.toBe('none');
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});
});
