/** The astrocytes explainer in the browser: scroll steps, sliders, presets, checklist, quiz, axe. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { seed } from '../../seeds/astrocytes-fear-extinction';
import {
	PHONE,
	axe,
	canvasSignature,
	describeViolations,
	drawnSignature,
	launch,
	open,
	pickSecondChoiceByKeyboard,
	setSlider
} from './harness';

const PATH = '/astrocytes-fear-extinction/';
let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** Scrolls step `i` of the scrolly that holds figure `figureId` to the middle of the viewport. */
async function scrollToStep(page: Page, figureId: string, i: number) {
	await page.evaluate(
		({ figureId, i }) => {
			const scrolly = document.getElementById(figureId)!.closest('.scrolly')!;
			const step = scrolly.querySelectorAll<HTMLElement>(':scope > .steps > .step')[i];
			step.scrollIntoView({ block: 'center' });
		},
		{ figureId, i }
	);
}

const summaryOf = (page: Page, id: string) => page.locator(`#${id}-summary`).textContent();

describe('astrocytes-fear-extinction page', () => {
	it('scrolling through the protocol steps highlights each phase and changes the sticky figure; the step buttons move it by keyboard', async () => {
		const p = await open(browser, PATH, { live: ['protocol'] });
		const seen = new Set<string>();
		const activeRows: number[] = [];
		for (let i = 0; i < 7; i++) {
			await scrollToStep(p.page, 'protocol', i);
			await expect
				.poll(() =>
					p.page
						.locator('#protocol')
						.locator('xpath=ancestor::div[contains(@class,"scrolly")]')
						.locator('.step.active')
						.getAttribute('data-step')
				)
				.toBe(String(i));
			seen.add((await summaryOf(p.page, 'protocol')) ?? '');
			activeRows.push(
				await p.page.locator('#protocol .phase').evaluateAll((rows) => rows.findIndex((r) => r.classList.contains('active')))
			);
		}
		expect(seen.size).toBe(7);
		expect(activeRows).toEqual([-1, 0, 1, 2, 3, 4, -1]);
		// The last step shows the astrocyte-freezing correlation from the seed.
		expect(await p.page.locator('#protocol [data-fact="ca-freezing-r"]').textContent()).toBe('r = 0.97');
		expect(p.errors).toEqual([]);

		// Back at the first step, the step buttons move the sticky figure by keyboard (same load).
		await scrollToStep(p.page, 'protocol', 0);
		const before = await summaryOf(p.page, 'protocol');
		const next = p.page
			.locator('#protocol')
			.locator('xpath=ancestor::div[contains(@class,"sticky")]')
			.getByRole('button', { name: 'Next step' });
		await next.focus();
		await p.page.keyboard.press('Enter');
		await expect.poll(() => summaryOf(p.page, 'protocol')).not.toBe(before);
		await p.close();
	});

	it('the DREADD figure reveals hM3Dq, then hM4Di, then both, with the seed P values', async () => {
		const p = await open(browser, PATH, { live: ['freezing-contrasts'] });
		const cells = async () =>
			p.page.locator('#freezing-contrasts .cell.on [data-fact]').evaluateAll((els) => els.map((e) => e.getAttribute('data-fact')));
		await scrollToStep(p.page, 'freezing-contrasts', 0);
		await expect.poll(cells).toEqual([]);
		await scrollToStep(p.page, 'freezing-contrasts', 1);
		await expect.poll(cells).toEqual(['hm3dq-block1', 'hm3dq-block2', 'hm3dq-retrieval']);
		await scrollToStep(p.page, 'freezing-contrasts', 2);
		await expect.poll(cells).toEqual(['hm4di-block1', 'hm4di-block2', 'hm4di-retrieval']);
		await scrollToStep(p.page, 'freezing-contrasts', 3);
		await expect.poll(async () => (await cells()).length).toBe(6);
		expect(await summaryOf(p.page, 'freezing-contrasts')).toMatch(/both groups/i);
		await p.close();
	});

	it('the fear model: each slider moves the chart, presets flip the checklist', async () => {
		const p = await open(browser, PATH, { live: ['fear-model'] });
		const fig = p.page.locator('#fear-model');
		await fig.scrollIntoViewIfNeeded();
		const canvas = '#fear-model canvas';
		// Control: two checks, both reproduced.
		expect(await fig.locator('[data-check]').count()).toBe(2);

		for (const [key, value] of [
			['astro', 0.4],
			['rate', 0.12],
			['context', 0.9]
		] as const) {
			const sig = await drawnSignature(p.page, canvas);
			const summary = await summaryOf(p.page, 'fear-model');
			await setSlider(p.page, `#fear-model-${key}`, value);
			await expect.poll(() => canvasSignature(p.page, canvas), { message: key }).not.toBe(sig);
			await expect.poll(() => summaryOf(p.page, 'fear-model'), { message: key }).not.toBe(summary);
		}

		await fig.getByRole('button', { name: 'Elevated (hM4Di-like)' }).click();
		await expect.poll(() => fig.locator('[data-check]').count()).toBe(6);
		await expect.poll(() => fig.locator('[data-check="b1"]').textContent()).toMatch(/hM4Di-like: more freezing/);
		expect(await fig.locator('[data-check="b1"] [data-fact]').textContent()).toBe(seed.facts.find((f) => f.id === 'hm4di-block1')!.display);
		// Each row says why it holds: only the fall across extinction comes from the dynamics.
		expect(await fig.locator('[data-basis="dynamics"]').count()).toBe(1);
		expect(await fig.locator('[data-basis="assumption"]').count()).toBe(5);
		expect(await fig.locator('[data-check="b1"] .basis').textContent()).toMatch(/assumption 1/);
		await fig.getByRole('button', { name: 'Suppressed (hM3Dq-like)' }).click();
		await expect.poll(() => fig.locator('[data-check="b1"]').textContent()).toMatch(/hM3Dq-like: less freezing/);
		expect(await fig.locator('.checks-title').textContent()).toMatch(/6 of 6/);
		// Settings are kept in the URL.
		await expect.poll(() => p.page.url()).toContain('fear-model.astro=0.4');
		await p.close();
	});

	it('the decoding demo: each slider moves the chart and the information bars', async () => {
		const p = await open(browser, PATH, { live: ['decoding-demo'] });
		await p.page.locator('#decoding-demo').scrollIntoViewIfNeeded();
		const canvas = '#decoding-demo canvas';
		for (const [key, value] of [
			['gain', 0.3],
			['baseline', 12],
			['window', 2.5]
		] as const) {
			const sig = await drawnSignature(p.page, canvas);
			const summary = await summaryOf(p.page, 'decoding-demo');
			await setSlider(p.page, `#decoding-demo-${key}`, value);
			await expect.poll(() => canvasSignature(p.page, canvas), { message: key }).not.toBe(sig);
			await expect.poll(() => summaryOf(p.page, 'decoding-demo'), { message: key }).not.toBe(summary);
		}
		// Less tuning, less information per neuron than the control curve.
		const summary = (await summaryOf(p.page, 'decoding-demo')) ?? '';
		const pct = Number(/(\d+)% of the/.exec(summary)?.[1]);
		expect(pct).toBeLessThan(100);
		// The reported values sit beside the model.
		expect(await p.page.locator('#decoding-demo [data-fact="info-per-neuron-vehicle"]').textContent()).toBe('0.31');
		expect(await p.page.locator('#decoding-demo [data-fact="info-per-neuron-cno"]').textContent()).toBe('0.20');
		await p.close();
	});

	it('the prelimbic figure shows 83% and 31% from the seed; quiz feedback works by keyboard; all seven references of the source have DOIs, and every glossary term is used and opens', async () => {
		// One load for three read-mostly checks; only the prelimbic figure goes live.
		const p = await open(browser, PATH, { live: ['prelimbic-units'] });
		const fig = p.page.locator('#prelimbic-units');
		expect(await fig.locator('[data-fact="prelimbic-control"]').textContent()).toBe('83%');
		expect(await fig.locator('[data-fact="prelimbic-calex"]').textContent()).toBe('31%');
		expect(await fig.locator('rect.on').count()).toBe(83 + 31 + 1); // + the legend swatch

		const quiz = p.page.locator('fieldset.quiz').nth(1);
		await quiz.scrollIntoViewIfNeeded();
		expect(await p.page.locator('fieldset.quiz').count()).toBeGreaterThanOrEqual(4);
		await pickSecondChoiceByKeyboard(p.page, quiz); // second choice: the right one
		await p.page.keyboard.press('Tab'); // to the Check button
		expect(await p.page.evaluate(() => document.activeElement?.textContent)).toBe('Check');
		await p.page.keyboard.press('Enter');
		await expect.poll(() => quiz.locator('.feedback').textContent()).toMatch(/Right\./);

		for (const key of ['bukalo2026', 'suthard2023', 'martinfernandez2017', 'williamson2025', 'dewa2025', 'ledoux2014', 'singewald2015']) {
			expect(await p.page.locator(`#ref-${key} a[href*="doi.org"]`).count(), key).toBe(1);
			expect(await p.page.locator(`sup.cite a[href="#ref-${key}"]`).count(), `cited: ${key}`).toBeGreaterThan(0);
		}
		expect(await p.page.locator('.term-button').count()).toBeGreaterThanOrEqual(15);
		// With a mouse: the definition opens on hover, stays open when the term is clicked, and closes
		// when the mouse leaves (a tap toggles it: site.test.ts, on a touch phone).
		const term = p.page.locator('.term-button').first();
		await term.hover();
		await expect.poll(() => term.getAttribute('aria-expanded')).toBe('true');
		await term.click();
		expect(await term.getAttribute('aria-expanded')).toBe('true');
		await p.page.locator('h1').hover();
		await expect.poll(() => term.getAttribute('aria-expanded')).toBe('false');
		// From the keyboard: focus opens it, Escape closes it, Tab away and back opens it again, and
		// only the focused term's definition is open.
		const definition = p.page.locator(`[id="${await term.getAttribute('aria-describedby')}"]`);
		await term.evaluate((el: HTMLElement) => el.blur()); // the click above left focus on it
		await term.focus();
		expect(await term.getAttribute('aria-expanded')).toBe('true');
		expect(await definition.isVisible()).toBe(true);
		await p.page.keyboard.press('Escape');
		expect(await term.getAttribute('aria-expanded')).toBe('false');
		expect(await definition.isVisible()).toBe(false);
		await p.page.keyboard.press('Tab');
		await p.page.keyboard.press('Shift+Tab');
		expect(await term.getAttribute('aria-expanded')).toBe('true');
		expect(await p.page.locator('.term-button[aria-expanded="true"]').count()).toBe(1);
		await p.close();
	});

	it('has no axe-core violations after the figures change state (phone, dark)', async () => {
		// The two figures it changes go live; the others stay as a reader who has not reached them sees
		// them (the sweep checks the page with every figure live).
		const p = await open(browser, PATH, { viewport: PHONE, colorScheme: 'dark', live: ['freezing-contrasts', 'fear-model'] });
		await scrollToStep(p.page, 'freezing-contrasts', 3);
		await p.page.locator('#fear-model').getByRole('button', { name: 'Elevated (hM4Di-like)' }).click();
		const violations = await axe(p.page);
		expect(violations, describeViolations(violations)).toEqual([]);
		await p.close();
	});
});
