/** The inhibitory-plasticity explainer in the built site: playback, sliders, scroll presets, keyboard. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { PHONE, canvasSignature, drawnSignature, frames, launch, open, setSlider, type OpenPage } from './harness';

const PATH = '/inhibitory-plasticity/';
let browser: Browser;

beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

const net = (page: Page) => page.locator('#network .net');
const frameOf = async (page: Page) => Number(await net(page).getAttribute('data-frame'));
const summary = (page: Page, id: string) => page.locator(`#${id}-summary`).textContent();

/** The chart tabs and the `data-panel` each one shows. */
const PANELS: [label: RegExp, panel: string][] = [
	[/output rate/i, 'rate'],
	[/E\/I/i, 'balance'],
	[/strength/i, 'strength']
];

async function showPanel(page: Page, label: RegExp) {
	await page.locator('#network .tabs button', { hasText: label }).click();
	const panel = PANELS.find(([l]) => l.source === label.source)![1];
	await expect.poll(() => net(page).getAttribute('data-panel')).toBe(panel);
}

describe('network figure: playback', () => {
	let p: OpenPage;
	beforeAll(async () => {
		p = await open(browser, PATH, { live: ['network'] });
	});
	afterAll(async () => {
		await p?.close();
	});

	it('starts playing when scrolled into view, and play / pause / step / reset work', async () => {
		const { page } = p;
		await page.locator('#network').scrollIntoViewIfNeeded();
		await page.waitForFunction(() => document.querySelector('#network .net')?.getAttribute('data-playing') === 'true');
		const a = await frameOf(page);
		await expect.poll(() => frameOf(page)).toBeGreaterThan(a);

		await page.locator('#network button', { hasText: /pause/i }).click();
		const paused = await frameOf(page);
		await frames(page, 20);
		expect(await frameOf(page)).toBe(paused);
		expect(await net(page).getAttribute('data-playing')).toBe('false');

		await page.locator('#network button', { hasText: /step \+10/i }).click();
		expect(await frameOf(page)).toBe(paused + 10);

		await page.locator('#network button', { hasText: /^reset$/i }).click();
		expect(await frameOf(page)).toBe(0);

		await page.locator('#network button.play').click();
		await expect.poll(() => frameOf(page)).toBeGreaterThan(0);
		await page.locator('#network button', { hasText: /show all/i }).click();
		expect(await frameOf(page)).toBe(400);
		expect(p.errors).toEqual([]);
	});

	it('stops animating when the figure leaves the screen', async () => {
		const { page } = p;
		await page.locator('#network button', { hasText: /^reset$/i }).click();
		await page.locator('#network button.play').click();
		await expect.poll(() => frameOf(page)).toBeGreaterThan(0);
		await page.evaluate(() => window.scrollTo(0, 0));
		await expect.poll(() => net(page).getAttribute('data-playing')).toBe('false');
		const f = await frameOf(page);
		await frames(page, 20);
		expect(await frameOf(page)).toBe(f);
	});
});

describe('network figure: reduced motion, sliders, presets', () => {
	let p: OpenPage;
	beforeAll(async () => {
		p = await open(browser, PATH, { live: ['network'], reducedMotion: 'reduce' });
	});
	afterAll(async () => {
		await p?.close();
	});

	it('does not autoplay with prefers-reduced-motion, and shows the whole run instead', async () => {
		const { page } = p;
		await page.locator('#network').scrollIntoViewIfNeeded();
		await expect.poll(() => frameOf(page)).toBe(400);
		await frames(page, 20);
		expect(await net(page).getAttribute('data-playing')).toBe('false');
		expect(await frameOf(page)).toBe(400);
	});

	// Each slider, on the chart where its effect shows: the canvas and the summary must both change.
	// Values differ from every preset, so a scroll step cannot have set them already.
	const cases: [key: string, panel: RegExp, value: number][] = [
		['eta', /output rate/i, 3],
		['rho0', /output rate/i, 6],
		['contrast', /E\/I/i, 1],
		['relevance', /strength/i, 1],
		['winStart', /strength/i, 300],
		['winLength', /strength/i, 35]
	];
	const DEFAULTS: Record<string, number> = { eta: 1, rho0: 3, contrast: 4, relevance: 4, winStart: 220, winLength: 20 };
	it.each(cases)('moving %s changes the chart and the summary', async (key, panel, value) => {
		const { page } = p;
		await page.locator('#network').scrollIntoViewIfNeeded();
		await showPanel(page, panel);
		const canvas = '#network canvas';
		for (const [k, v] of Object.entries(DEFAULTS)) await setSlider(page, `#network input[data-key="${k}"]`, v);
		const before = await drawnSignature(page, canvas);
		const text = await summary(page, 'network');
		await setSlider(page, `#network input[data-key="${key}"]`, value);
		await expect.poll(() => canvasSignature(page, canvas), { message: `${key}: chart` }).not.toBe(before);
		await expect.poll(() => summary(page, 'network'), { message: `${key}: summary` }).not.toBe(text);
	});

	it('the speed slider sets how fast playback runs and is kept in the URL', async () => {
		const { page } = p;
		await setSlider(page, '#network input[data-key="speed"]', 80);
		await page.waitForFunction(() => location.search.includes('network.speed=80'));
		await page.locator('#network button', { hasText: /^reset$/i }).click();
		// The same number of animation frames at two speeds: the faster one gets further.
		const run = async () => {
			await page.locator('#network button', { hasText: /^reset$/i }).click();
			await page.locator('#network button.play').click();
			await expect.poll(() => net(page).getAttribute('data-playing')).toBe('true');
			await frames(page, 20);
			await page.locator('#network button', { hasText: /pause/i }).click();
			return frameOf(page);
		};
		const fast = await run();
		await setSlider(page, '#network input[data-key="speed"]', 5);
		expect(await run()).toBeLessThan(fast);
		await setSlider(page, '#network input[data-key="speed"]', 40);
		await page.locator('#network button', { hasText: /show all/i }).click();
	});

	it('scroll steps set their presets and change the sticky figure', async () => {
		const { page } = p;
		const expectations: { panel: string; eta: string; relevance: string; winLength: string }[] = [
			{ panel: 'rate', eta: '0', relevance: '4', winLength: '0' },
			{ panel: 'rate', eta: '1', relevance: '4', winLength: '0' },
			{ panel: 'balance', eta: '1', relevance: '4', winLength: '0' },
			{ panel: 'strength', eta: '1', relevance: '4', winLength: '20' },
			{ panel: 'strength', eta: '1', relevance: '0', winLength: '20' },
			{ panel: 'strength', eta: '0', relevance: '4', winLength: '20' }
		];
		const steps = page.locator('.scrolly .step');
		expect(await steps.count()).toBe(expectations.length);
		// Start from the last step so that arriving at step 0 is a change of step.
		await steps.nth(expectations.length - 1).evaluate((el) => el.scrollIntoView({ block: 'center' }));
		await page.waitForFunction(
			(n) => document.querySelector('.step.active')?.getAttribute('data-step') === String(n),
			expectations.length - 1
		);
		let previous = await drawnSignature(page, '#network canvas');
		for (let i = 0; i < expectations.length; i++) {
			await steps.nth(i).evaluate((el) => el.scrollIntoView({ block: 'center' }));
			await page.waitForFunction((n) => document.querySelector('.step.active')?.getAttribute('data-step') === String(n), i);
			const e = expectations[i];
			await expect.poll(() => net(page).getAttribute('data-panel'), { message: `step ${i}` }).toBe(e.panel);
			for (const key of ['eta', 'relevance', 'winLength'] as const) {
				await expect
					.poll(async () => Number(await page.locator(`#network input[data-key="${key}"]`).inputValue()), { message: `step ${i} ${key}` })
					.toBe(Number(e[key]));
			}
			// Each step changes the chart (the last step's preset differs from the first's, too).
			await expect
				.poll(() => canvasSignature(page, '#network canvas'), { message: `step ${i} left the chart unchanged` })
				.not.toBe(previous);
			previous = await drawnSignature(page, '#network canvas');
		}
	});

	it('switches charts from the keyboard and moves a slider with the arrow keys', async () => {
		const { page } = p;
		const tab = page.locator('#network .tabs button', { hasText: /E\/I/i });
		await tab.focus();
		await page.keyboard.press('Enter');
		expect(await net(page).getAttribute('data-panel')).toBe('balance');
		const slider = page.locator('#network input[data-key="contrast"]');
		await slider.focus();
		const before = await slider.inputValue();
		await page.keyboard.press('ArrowRight');
		expect(await slider.inputValue()).not.toBe(before);
		expect(p.errors).toEqual([]);
	});
});

describe('the rule and the interneuron figures', () => {
	it('the rule curve follows its sliders', async () => {
		const p = await open(browser, PATH, { live: ['rule'], reducedMotion: 'reduce' });
		const { page } = p;
		await page.locator('#rule').scrollIntoViewIfNeeded();
		for (const [key, value] of [
			['rho0', 8],
			['eta', 3],
			['pre', 5]
		] as const) {
			const before = await drawnSignature(page, '#rule canvas');
			const text = await summary(page, 'rule');
			await setSlider(page, `#rule input[data-key="${key}"]`, value);
			await expect.poll(() => canvasSignature(page, '#rule canvas'), { message: key }).not.toBe(before);
			await expect.poll(() => summary(page, 'rule'), { message: key }).not.toBe(text);
		}
		expect(p.errors).toEqual([]);
		await p.close();
	});

	it('the interneuron diagram highlights each circuit and says so in words (phone)', async () => {
		const p = await open(browser, PATH, { live: ['interneurons'], viewport: PHONE, reducedMotion: 'reduce' });
		const { page } = p;
		const seen = new Set<string>();
		for (const label of [/PV/, /SST/, /disinhibition/i, /whole/i]) {
			const button = page.locator('#interneurons button', { hasText: label });
			// Poll: under load the first click can land before the page has hydrated.
			await expect.poll(async () => (await button.click(), await button.getAttribute('aria-pressed'))).toBe('true');
			seen.add((await summary(page, 'interneurons')) ?? '');
		}
		expect(seen.size).toBe(4);
		expect(await page.locator('#interneurons .dim').count()).toBe(0);
		expect(p.errors).toEqual([]);
		await p.close();
	});
});
