/**
 * prefers-reduced-motion: no animated transitions or self-starting animation loops, and all content
 * can still be reached, on the home page and every article (which holds every figure, each reached
 * through its scroll steps), one Spanish article, and two embeds (the embed frame around a figure,
 * in each language).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { PHONE, launch } from './harness';
import { ARTICLE_PAGES, EMBEDS, SITE_PAGES, expectClean, watched, type Watched } from './hardening-shared';

const PAGES = [
	'/',
	...ARTICLE_PAGES,
	SITE_PAGES.find((p) => p.startsWith('/es/') && ARTICLE_PAGES.includes(p.slice(3)))!,
	EMBEDS.find((p) => p.startsWith('/embed/'))!,
	EMBEDS.find((p) => p.startsWith('/es/embed/'))!
];

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

// ── 5. Reduced motion ────────────────────────────────────────────────────────────────────────────

describe('prefers-reduced-motion: reduce', () => {
	let w: Watched;
	beforeAll(async () => {
		w = await watched(browser, { reducedMotion: 'reduce', viewport: PHONE });
	});
	afterAll(async () => {
		await w?.context.close();
	});

	it.each(PAGES)('%s: no animated transitions, no animation loop, all content reachable', async (path) => {
		await w.visit(path);
		const report = await w.page.evaluate(async () => {
			const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
			const moving = new Set<string>();
			const noteAnimations = () => {
				for (const a of document.getAnimations()) {
					const t = a.effect?.getComputedTiming();
					const long = t && (t.iterations === Infinity || Number(t.duration ?? 0) * Number(t.iterations ?? 1) > 20);
					if (a.playState === 'running' && long) {
						const target = (a.effect as KeyframeEffect | null)?.target as Element | null;
						const name = (a as CSSAnimation).animationName ?? (a as CSSTransition).transitionProperty ?? 'script animation';
						moving.add(`${target?.localName}.${target?.className}: ${name}`);
					}
				}
			};
			const smooth = getComputedStyle(document.documentElement).scrollBehavior === 'smooth';
			// Walk down the page a screen at a time, noting any animation and anything still invisible.
			const faint = new Set<string>();
			const h = window.innerHeight;
			for (let y = 0; y < document.documentElement.scrollHeight; y += h * 0.8) {
				window.scrollTo(0, y);
				await frame();
				await frame();
				noteAnimations();
				for (const el of document.querySelectorAll<HTMLElement>(
					'main p, main h2, main h3, main li, main figcaption, main .step, main canvas'
				)) {
					const r = el.getBoundingClientRect();
					if (r.height === 0 || r.bottom < 0 || r.top > h) continue;
					let opacity = 1;
					for (let e: HTMLElement | null = el; e; e = e.parentElement) opacity *= Number(getComputedStyle(e).opacity);
					if (opacity < 0.3 || getComputedStyle(el).visibility === 'hidden')
						faint.add(`${el.localName}: ${(el.textContent ?? '').trim().slice(0, 50)}`);
				}
			}
			// Step through every scrolly with its buttons: each step must become active.
			const stuck: string[] = [];
			for (const nav of document.querySelectorAll<HTMLElement>('.step-nav')) {
				const next = [...nav.querySelectorAll('button')].at(-1) as HTMLButtonElement | undefined;
				const where = nav.querySelector('.where');
				let guard = 0;
				while (next && !next.disabled && guard++ < 40) {
					const before = where?.textContent;
					next.click();
					await frame();
					await frame();
					noteAnimations();
					if (where?.textContent === before) {
						stuck.push(`${before} did not advance`);
						break;
					}
				}
			}
			return { moving: [...moving], faint: [...faint], stuck, smooth };
		});
		expect(report.smooth, 'html has scroll-behavior: smooth').toBe(false);
		expect(report.moving, 'animations running').toEqual([]);
		expect(report.faint, 'content left invisible').toEqual([]);
		expect(report.stuck).toEqual([]);
		// Left alone, the page stops asking for frames: an animation loop never does.
		const pending = () => w.page.evaluate(() => (window as unknown as { __rafPending: Set<number> }).__rafPending.size);
		await expect.poll(pending, { message: 'an animation loop keeps running', timeout: 5_000 }).toBe(0);
		await expectClean(w, `${path} reduced motion`);
	});
});
