/**
 * Keyboard-only walk of the home page and each article: every control reachable with Tab, in document
 * order, with a visible focus indicator, nothing hidden behind sticky parts; every slider moves with
 * the arrow keys.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './harness';
import { ARTICLE_PAGES, expectClean, watched, type Watched } from './hardening-shared';

let browser: Browser;
let main: Watched;
beforeAll(async () => {
	browser = await launch();
	main = await watched(browser);
});
afterAll(async () => {
	await browser?.close();
});

// ── 4. Keyboard-only walk ────────────────────────────────────────────────────────────────────────

interface Stop {
	index: number;
	tag: string;
	name: string;
	visible: boolean;
	focusStyle: boolean;
	obscured: boolean;
}

describe.each(['/', ...ARTICLE_PAGES])('keyboard-only walk of %s', (path) => {
	// One load for both checks: the arrow keys work on the page the Tab walk left.
	beforeAll(async () => {
		await main.visit(path);
	});

	it('reaches every control with Tab, in document order, with visible focus', async () => {
		const expectedControls = await main.page.evaluate(() => {
			const all = [...document.querySelectorAll('*')];
			(window as unknown as { __order: Element[] }).__order = all;
			const sel =
				'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
			return (
				[...document.querySelectorAll<HTMLElement>(sel)]
					.filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden' && !el.closest('[inert]'))
					// A radio group is one Tab stop (arrow keys move inside it): its checked radio, or its first.
					.filter((el) => {
						if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || !el.name) return true;
						const group = [...document.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter(
							(r) => r.name === el.name && r.form === el.form
						);
						return el === (group.find((r) => r.checked) ?? group[0]);
					})
					.map((el) => all.indexOf(el))
			);
		});
		const positive = await main.page.locator('[tabindex]:not([tabindex="-1"]):not([tabindex="0"])').count();
		expect(positive, 'elements with a positive tabindex').toBe(0);

		const stops: Stop[] = [];
		const limit = expectedControls.length + 15;
		for (let i = 0; i < limit; i++) {
			await main.page.keyboard.press('Tab');
			const stop = await main.page.evaluate(() => {
				const el = document.activeElement as HTMLElement | null;
				if (!el || el === document.body) return null;
				const order = (window as unknown as { __order: Element[] }).__order;
				const cs = getComputedStyle(el);
				const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
				const ring = cs.boxShadow !== 'none';
				const r = el.getBoundingClientRect();
				const cx = Math.min(window.innerWidth - 1, Math.max(0, r.left + r.width / 2));
				const cy = Math.min(window.innerHeight - 1, Math.max(0, r.top + r.height / 2));
				const hit = document.elementFromPoint(cx, cy);
				return {
					index: order.indexOf(el),
					tag: el.localName,
					name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40) || el.id,
					visible: r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < window.innerHeight,
					focusStyle: outline || ring,
					obscured:
						!!hit &&
						hit !== el &&
						!el.contains(hit) &&
						!hit.contains(el) &&
						!(el.localName === 'input' && hit.closest('label')?.htmlFor === el.id)
				};
			});
			if (!stop) break; // focus left the document: the walk wrapped
			if (stops.length && stop.index === stops[0].index) break;
			if (stops.length && stop.index === stops.at(-1)!.index) continue; // inside an iframe or widget
			stops.push(stop);
		}

		expect(stops.length, 'Tab reached nothing').toBeGreaterThan(0);
		expect(stops[0].name, 'the first Tab stop is the skip link').toMatch(/skip/i);
		const reached = new Set(stops.map((s) => s.index));
		const missed = expectedControls.filter((i) => !reached.has(i));
		const names = await main.page.evaluate(
			(list) =>
				list.map((i) => {
					const el = (window as unknown as { __order: Element[] }).__order[i];
					return `${el.localName}#${el.id}.${el.className} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
				}),
			missed
		);
		expect(names, `${missed.length} focusable elements never reached with Tab`).toEqual([]);
		for (let i = 1; i < stops.length; i++) {
			expect(stops[i].index, `Tab went backwards: "${stops[i - 1].name}" -> "${stops[i].name}"`).toBeGreaterThan(stops[i - 1].index);
		}
		const noRing = stops.filter((s) => !s.focusStyle).map((s) => `${s.tag} "${s.name}"`);
		expect(noRing, 'focused without a visible focus indicator').toEqual([]);
		const offscreen = stops.filter((s) => !s.visible).map((s) => `${s.tag} "${s.name}"`);
		expect(offscreen, 'focused but not scrolled into view').toEqual([]);
		const hidden = stops.filter((s) => s.obscured).map((s) => `${s.tag} "${s.name}"`);
		expect(hidden, 'focused but covered by something else').toEqual([]);
		await expectClean(main, `${path} keyboard walk`);
	});

	it('moves every slider with the arrow keys', async () => {
		const sliders = main.page.locator('figure[id] input[type="range"]');
		const n = await sliders.count();
		for (let i = 0; i < n; i++) {
			const s = sliders.nth(i);
			await s.focus();
			const before = await s.inputValue();
			const atMax = (await s.evaluate((el: HTMLInputElement) => el.value === el.max)) as boolean;
			await main.page.keyboard.press(atMax ? 'ArrowLeft' : 'ArrowRight');
			expect(await s.inputValue(), `slider ${i} did not move`).not.toBe(before);
		}
		await expectClean(main, `${path} arrow keys`);
	});
});
