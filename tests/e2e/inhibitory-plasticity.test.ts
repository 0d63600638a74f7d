/** The inhibitory-plasticity explainer in the built site: playback, sliders, scroll presets, keyboard. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { PHONE, canvasSignature, launch, open, setSlider, type OpenPage } from './harness';

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

async function showPanel(page: Page, label: RegExp) {
	await page.locator('#network .tabs button', { hasText: label }).click();
	await page.waitForTimeout(50);
}

describe('network figure: playback', () => {
	let p: OpenPage;
	beforeAll(async () => {
		p = await open(browser, PATH);
	});
	afterAll(async () => {
		await p?.close();
	});

	it('starts playing when scrolled into view, and play / pause / step / reset work', async () => {
		const { page } = p;
		await page.locator('#network').scrollIntoViewIfNeeded();
		await page.waitForFunction(() => document.querySelector('#network .net')?.getAttribute('data-playing') === 'true');
		const a = await frameOf(page);
		await page.waitForTimeout(400);
		expect(await frameOf(page)).toBeGreaterThan(a);

		await page.locator('#network button', { hasText: /pause/i }).click();
		const paused = await frameOf(page);
		await page.waitForTimeout(400);
		expect(await frameOf(page)).toBe(paused);
		expect(await net(page).getAttribute('data-playing')).toBe('false');

		await page.locator('#network button', { hasText: /step \+10/i }).click();
		expect(await frameOf(page)).toBe(paused + 10);

		await page.locator('#network button', { hasText: /^reset$/i }).click();
		expect(await frameOf(page)).toBe(0);

		await page.locator('#network button', { hasText: /play/i }).click();
		await page.waitForTimeout(400);
		expect(await frameOf(page)).toBeGreaterThan(0);
		await page.locator('#network button', { hasText: /show all/i }).click();
		expect(await frameOf(page)).toBe(400);
		expect(p.errors).toEqual([]);
	});

	it('stops animating when the figure leaves the screen', async () => {
		const { page } = p;
		await page.locator('#network button', { hasText: /^reset$/i }).click();
		await page.locator('#network button', { hasText: /play/i }).click();
		await page.waitForTimeout(200);
		await page.evaluate(() => window.scrollTo(0, 0));
		await page.waitForTimeout(300);
		expect(await net(page).getAttribute('data-playing')).toBe('false');
		const f = await frameOf(page);
		await page.waitForTimeout(400);
		expect(await frameOf(page)).toBe(f);
	});
});

describe('network figure: reduced motion, sliders, presets', () => {
	let p: OpenPage;
	beforeAll(async () => {
		p = await open(browser, PATH, { reducedMotion: 'reduce' });
	});
	afterAll(async () => {
		await p?.close();
	});

	it('does not autoplay with prefers-reduced-motion, and shows the whole run instead', async () => {
		const { page } = p;
		await page.locator('#network').scrollIntoViewIfNeeded();
		await page.waitForTimeout(500);
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
		await page.waitForTimeout(200);
		const canvas = '#network canvas';
		for (const [k, v] of Object.entries(DEFAULTS)) await setSlider(page, `#network input[data-key="${k}"]`, v);
		await page.waitForTimeout(100);
		const before = await canvasSignature(page, canvas);
		const text = await summary(page, 'network');
		await setSlider(page, `#network input[data-key="${key}"]`, value);
		await page.waitForTimeout(150);
		expect(await canvasSignature(page, canvas)).not.toBe(before);
		expect(await summary(page, 'network')).not.toBe(text);

	});

	it('the speed slider sets how fast playback runs and is kept in the URL', async () => {
		const { page } = p;
		await setSlider(page, '#network input[data-key="speed"]', 80);
		await page.waitForFunction(() => location.search.includes('network.speed=80'));
		await page.locator('#network button', { hasText: /^reset$/i }).click();
		await page.locator('#network button', { hasText: /play/i }).click();
		await page.waitForTimeout(500);
		await page.locator('#network button', { hasText: /pause/i }).click();
		const fast = await frameOf(page);
		await setSlider(page, '#network input[data-key="speed"]', 5);
		await page.locator('#network button', { hasText: /^reset$/i }).click();
		await page.locator('#network button', { hasText: /play/i }).click();
		await page.waitForTimeout(500);
		await page.locator('#network button', { hasText: /pause/i }).click();
		expect(await frameOf(page)).toBeLessThan(fast);
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
		await page.waitForTimeout(300);
		let previous = '';
		for (let i = 0; i < expectations.length; i++) {
			await steps.nth(i).evaluate((el) => el.scrollIntoView({ block: 'center' }));
			await page.waitForFunction((n) => document.querySelector('.step.active')?.getAttribute('data-step') === String(n), i);
			await page.waitForTimeout(200);
			const e = expectations[i];
			expect(await net(page).getAttribute('data-panel'), `step ${i}`).toBe(e.panel);
			for (const key of ['eta', 'relevance', 'winLength'] as const) {
				expect(Number(await page.locator(`#network input[data-key="${key}"]`).inputValue()), `step ${i} ${key}`).toBe(Number(e[key]));
			}
			const sig = await canvasSignature(page, '#network canvas');
			if (i > 0) expect(sig, `step ${i} left the chart unchanged`).not.toBe(previous);
			previous = sig;
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
		const p = await open(browser, PATH, { reducedMotion: 'reduce' });
		const { page } = p;
		await page.locator('#rule').scrollIntoViewIfNeeded();
		await page.waitForTimeout(300);
		for (const [key, value] of [
			['rho0', 8],
			['eta', 3],
			['pre', 5]
		] as const) {
			const before = await canvasSignature(page, '#rule canvas');
			const text = await summary(page, 'rule');
			await setSlider(page, `#rule input[data-key="${key}"]`, value);
			await page.waitForTimeout(100);
			expect(await canvasSignature(page, '#rule canvas'), key).not.toBe(before);
			expect(await summary(page, 'rule'), key).not.toBe(text);
		}
		expect(p.errors).toEqual([]);
		await p.close();
	});

	it('the interneuron diagram highlights each circuit and says so in words (phone)', async () => {
		const p = await open(browser, PATH, { viewport: PHONE, reducedMotion: 'reduce' });
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

	it('every slider step is measured from input to chart drawn (timings: npm run bench)', async () => {
		const p = await open(browser, PATH, { reducedMotion: 'reduce' });
		const { page } = p;
		await page.locator('#network').scrollIntoViewIfNeeded();
		for (let i = 0; i < 30; i++) await setSlider(page, '#network input[data-key="eta"]', (i % 20) / 5);
		await page.waitForTimeout(200);
		const times = await page.evaluate(() =>
			performance.getEntriesByName('engram:slider-to-chart:network').map((e) => e.duration)
		);
		expect(times.length).toBeGreaterThan(10);
		times.sort((a, b) => a - b);
		const p95 = times[Math.floor(times.length * 0.95) - 1];
		console.log(`network slider-to-chart: fastest ${times[0].toFixed(1)} ms, p95 ${p95.toFixed(1)} ms over ${times.length} updates`);
		// Tests do not assert timings (they depend on the machine); `npm run bench` reports them.
		expect(times.every((t) => Number.isFinite(t) && t >= 0)).toBe(true);
		await p.close();
	});
});
