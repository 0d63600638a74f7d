/**
 * The emotional-memory explainer in the browser: the design diagram and brain network follow the scroll
 * steps, the reported chart shows the seed's statistics, every model slider moves the charts, the
 * slider-to-chart time stays within budget, reduced motion stops the animations, and axe finds nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { seed } from '../../seeds/emotional-memory-integration';
import { spec } from '../../src/lib/models/retroactive-memory';
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

const PATH = '/emotional-memory-integration/';
let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

const display = (id: string) => seed.facts.find((f) => f.id === id)!.display;
const summaryOf = (page: Page, id: string) => page.locator(`#${id}-summary`).textContent();

/** Scrolls step `i` of the scrolly holding figure `figureId` so that it becomes the active step. */
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

const activeStep = (page: Page, figureId: string) =>
	page.locator(`#${figureId}`).locator('xpath=ancestor::div[contains(@class,"scrolly")]').locator('.step.active').getAttribute('data-step');

describe('emotional-memory-integration page', () => {
	it('the design diagram follows the scroll steps (phase button, scene and summary change); its phases can be chosen with the keyboard, and the step buttons move the sticky figure', async () => {
		const p = await open(browser, PATH, { live: ['design'] });
		const summaries = new Set<string>();
		for (let i = 0; i < 4; i++) {
			await scrollToStep(p.page, 'design', i);
			await expect.poll(() => activeStep(p.page, 'design')).toBe(String(i));
			await expect
				.poll(() =>
					p.page.locator('#design .phases button').evaluateAll((bs) => bs.findIndex((b) => b.getAttribute('aria-current') === 'step'))
				)
				.toBe(i);
			await expect.poll(() => p.page.locator('#design .scene.on').count()).toBe(1);
			expect(await p.page.locator('#design .scene').evaluateAll((gs) => gs.findIndex((g) => g.classList.contains('on')))).toBe(i);
			summaries.add((await summaryOf(p.page, 'design')) ?? '');
		}
		expect(summaries.size).toBe(4);
		// The counts it draws are the seed's.
		expect(await p.page.locator('#design [data-fact="pairs"]').textContent()).toBe(display('pairs'));
		expect(await p.page.locator('#design [data-fact="chance"]').textContent()).toBe(display('chance'));
		expect(await p.page.locator('#design [data-fact="aversive-faces"]').textContent()).toBe(display('aversive-faces'));
		expect(p.errors).toEqual([]);

		// The phases by keyboard, and the step buttons, on the same load (back at the first step).
		await scrollToStep(p.page, 'design', 0);
		await expect.poll(() => activeStep(p.page, 'design')).toBe('0');
		const third = p.page.locator('#design .phases button').nth(2);
		await third.focus();
		await p.page.keyboard.press('Enter');
		await expect.poll(() => summaryOf(p.page, 'design')).toMatch(/surprise test/);
		const next = p.page
			.locator('#design')
			.locator('xpath=ancestor::div[contains(@class,"sticky")]')
			.getByRole('button', { name: 'Next step' });
		const before = await summaryOf(p.page, 'design');
		await next.focus();
		await p.page.keyboard.press('Enter');
		await expect.poll(() => summaryOf(p.page, 'design')).not.toBe(before);
		await p.close();
	});

	it('the brain network changes with its steps: links appear and disappear', async () => {
		const p = await open(browser, PATH, { live: ['network'] });
		const onEdges = () =>
			p.page.locator('#network line.edge.on').evaluateAll((ls) => ls.map((l) => l.getAttribute('class')!.split(' ')[1]).sort());
		await scrollToStep(p.page, 'network', 0);
		await expect.poll(onEdges).toEqual(['hpc-ffa', 'hpc-loc']);
		await scrollToStep(p.page, 'network', 1);
		await expect.poll(() => p.page.locator('#network .node.replay').count()).toBe(2);
		await scrollToStep(p.page, 'network', 2);
		await expect.poll(onEdges).toEqual(['hpc-amy', 'hpc-ffa', 'hpc-loc']);
		await scrollToStep(p.page, 'network', 3);
		await expect.poll(onEdges).toEqual(['hpc-ffa', 'hpc-loc', 'hpc-par', 'hpc-pcc', 'hpc-pfc']);
		expect(await summaryOf(p.page, 'network')).toMatch(/HPC–PFC \(stronger\)/);
		expect(await p.page.locator('#network .kind').textContent()).toMatch(/illustrative/i);
		await p.close();
	});

	it('the behaviour chart is labelled reported and shows every study’s statistics from the seed', async () => {
		const p = await open(browser, PATH, { live: ['behaviour'] });
		const fig = p.page.locator('#behaviour');
		await fig.scrollIntoViewIfNeeded();
		expect(await fig.locator('.kind').textContent()).toMatch(/reported/i);
		for (const s of [1, 2, 3]) {
			for (const k of ['t', 'p']) {
				expect(await fig.locator(`[data-fact="s${s}-hc-${k}"]`).textContent()).toBe(display(`s${s}-hc-${k}`));
			}
			expect(await fig.locator(`[data-fact="s${s}-hc-d"]`).textContent()).toBe(display(`s${s}-hc-d`));
		}
		const sig = await drawnSignature(p.page, '#behaviour canvas');
		await fig.getByRole('button', { name: /By vividness/ }).click();
		await expect.poll(() => canvasSignature(p.page, '#behaviour canvas')).not.toBe(sig);
		expect(await fig.locator('[data-fact="s2-hv-t"]').textContent()).toBe(display('s2-hv-t'));
		expect(await summaryOf(p.page, 'behaviour')).toMatch(/vivid/);
		await fig.getByRole('button', { name: 'Show data' }).click();
		expect(await fig.locator('table').textContent()).toContain(display('s3-hv-t'));
		await p.close();
	});

	it('the model: with no reactivation there is no benefit at any gain, and Reset restores the defaults; then every slider moves the charts and the summary, and settings go into the URL', async () => {
		const p = await open(browser, PATH, { live: ['model'] });
		const fig = p.page.locator('#model');
		await fig.scrollIntoViewIfNeeded();
		// Scrolling there may apply the step's own preset a moment later: click until ours holds.
		await expect
			.poll(async () => {
				await fig.getByRole('button', { name: 'No reactivation' }).click();
				return summaryOf(p.page, 'model');
			})
			.toMatch(/reactivation at zero/);
		await setSlider(p.page, '#model-gain', 3);
		await expect.poll(() => summaryOf(p.page, 'model')).toMatch(/gain of 3\.0/);
		expect(await summaryOf(p.page, 'model')).toMatch(/weaker half of encoding gained \+0\.0 points, those from the stronger half \+0\.0/);
		await fig.getByRole('button', { name: 'Reset' }).click();
		await expect.poll(() => summaryOf(p.page, 'model')).toMatch(/gain of 2\.0/);
		// From the defaults again (Reset), every slider in turn.
		expect(await fig.locator('canvas').count()).toBe(3);
		const targets: Record<string, number> = { gain: 2.8, react: 0.3, enc: 0.6, spread: 0.1, noise: 0.25, pairs: 120 };
		for (const s of spec) {
			// Before: each chart as drawn (the first slider must not count Chart.js's first drawing).
			const sigs: string[] = [];
			for (const i of [0, 1, 2]) sigs.push(await drawnSignature(p.page, `#model .panel:nth-child(${i + 1}) canvas`));
			const summary = await summaryOf(p.page, 'model');
			await setSlider(p.page, `#model-${s.key}`, targets[s.key]);
			await expect.poll(() => summaryOf(p.page, 'model'), { message: s.key }).not.toBe(summary);
			await expect
				.poll(
					async () => {
						const now = await Promise.all([0, 1, 2].map((i) => canvasSignature(p.page, `#model .panel:nth-child(${i + 1}) canvas`)));
						return now.some((x, i) => x !== sigs[i]);
					},
					{ message: s.key }
				)
				.toBe(true);
		}
		await expect.poll(() => p.page.url()).toContain('model.gain=2.8');
		await p.close();
	});

	it('on a phone the model shows one chart at a time and keeps it in view', async () => {
		const p = await open(browser, PATH, { live: ['model'], viewport: PHONE });
		const fig = p.page.locator('#model');
		await fig.scrollIntoViewIfNeeded();
		const visible = () => fig.locator('.panel').evaluateAll((ps) => ps.map((x) => getComputedStyle(x).display !== 'none'));
		expect(await visible()).toEqual([true, false, false]);
		await fig.getByRole('button', { name: /Pair by pair/ }).click();
		expect(await visible()).toEqual([false, true, false]);
		await p.page.locator('#model-noise').scrollIntoViewIfNeeded();
		const top = await fig.locator('.figure-body').evaluate((e) => e.getBoundingClientRect().top);
		expect(Math.abs(top)).toBeLessThan(2);
		await p.close();
	});

	it('on a phone the stuck charts never hide the slider the keyboard is on, and held sideways they do not stick', async () => {
		const p = await open(browser, PATH, { live: ['model'], viewport: PHONE });
		const fig = p.page.locator('#model');
		// Shift+Tab back up through the sliders from the buttons under them: each one the keyboard reaches
		// is the element a finger at its centre would touch, not the charts stuck over it. (Going up, the
		// browser scrolls a control to the top of the screen, where the charts stick.)
		const show = fig.getByRole('button', { name: 'Show data' });
		await show.scrollIntoViewIfNeeded();
		await show.focus();
		const hidden: string[] = [];
		let reached = 0;
		for (let i = 0; i < 14; i++) {
			await p.page.keyboard.press('Shift+Tab');
			const where = await p.page.evaluate(() => {
				const e = document.activeElement as HTMLElement;
				if (!e.matches('input[type=range]')) return null;
				const r = e.getBoundingClientRect();
				const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
				return hit === e ? '' : e.id;
			});
			if (where !== null) reached++;
			if (where) hidden.push(where);
		}
		expect(reached).toBeGreaterThan(2);
		expect(hidden, 'sliders left under the stuck charts').toEqual([]);
		await p.close();

		const sideways = await open(browser, PATH, { live: ['model'], viewport: { width: 844, height: 390 } });
		await sideways.page.locator('#model-noise').scrollIntoViewIfNeeded();
		expect(await sideways.page.locator('#model .figure-body').evaluate((e) => getComputedStyle(e).position)).toBe('static');
		const noise = await sideways.page.locator('#model-noise').evaluate((e) => {
			const r = e.getBoundingClientRect();
			return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === e;
		});
		expect(noise, 'a slider scrolled to is uncovered on a phone held sideways').toBe(true);
		await sideways.close();
	});

	it('with reduced motion nothing in the figures animates', async () => {
		const p = await open(browser, PATH, { reducedMotion: 'reduce' });
		await scrollToStep(p.page, 'design', 1);
		await expect.poll(() => activeStep(p.page, 'design')).toBe('1');
		const running = await p.page.evaluate(
			() =>
				document
					.getAnimations()
					.filter((a) => a.playState === 'running' && (a.effect as KeyframeEffect | null)?.target instanceof Element)
					.filter((a) => ((a.effect as KeyframeEffect).target as Element).closest('#design, #network'))
					.filter((a) => {
						const timing = a.effect!.getComputedTiming();
						return timing.iterations === Infinity || Number(timing.duration) > 50;
					}).length
		);
		expect(running).toBe(0);
		await p.close();
	});

	it('quiz: five questions, feedback by keyboard; cites every reference with a DOI, and uses every glossary term', async () => {
		const p = await open(browser, PATH, { live: [] });
		expect(await p.page.locator('fieldset.quiz').count()).toBe(5);
		const quiz = p.page.locator('fieldset.quiz').nth(1);
		await quiz.scrollIntoViewIfNeeded();
		await pickSecondChoiceByKeyboard(p.page, quiz);
		await p.page.keyboard.press('Tab');
		await p.page.keyboard.press('Enter');
		await expect.poll(() => quiz.locator('.feedback').textContent()).toMatch(/Right\./);

		// The references and glossary terms, on the same load.
		for (const ref of seed.references) {
			expect(await p.page.locator(`#ref-${ref.key} a[href*="doi.org"]`).count(), ref.key).toBe(1);
			expect(await p.page.locator(`sup.cite a[href="#ref-${ref.key}"]`).count(), `cited: ${ref.key}`).toBeGreaterThan(0);
		}
		expect(await p.page.locator('.term-button').count()).toBeGreaterThanOrEqual(9);
		await p.close();
	});

	it('has no axe-core violations after the figures change state (phone, dark)', async () => {
		// The figures it changes go live; the others stay as a reader who has not reached them sees them
		// (the sweep checks the page with every figure live).
		const p = await open(browser, PATH, { viewport: PHONE, colorScheme: 'dark', live: ['network', 'model', 'behaviour'] });
		await scrollToStep(p.page, 'network', 2);
		await p.page.locator('#model').getByRole('button', { name: 'No reactivation' }).click();
		await p.page
			.locator('#behaviour')
			.getByRole('button', { name: /By vividness/ })
			.click();
		const violations = await axe(p.page);
		expect(violations, describeViolations(violations)).toEqual([]);
		await p.close();
	});
});
