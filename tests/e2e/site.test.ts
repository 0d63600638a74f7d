/**
 * The site's explainers as a reader uses them: published numbers, quizzes, Copy link, glossary bubbles
 * on a touch phone, a printed handout (prose, each figure with its data table, the references; no
 * controls; figures not split across pages), every page under a sub-path, a figure's data table.
 * Structure, cleanliness and axe for every page in four looks: the sweep (sweep-site.test.ts).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { SLUGS, isSlug } from '../../src/lib/articles';
import { ARTICLES } from '../../src/lib/articles-all';
import {
	PAGES,
	PHONE,
	gotoSettled,
	launch,
	open,
	drawnSignature,
	pickSecondChoiceByKeyboard,
	setSlider,
	urlOf,
	type OpenPage
} from './harness';
import { PUBLISHED } from './published';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/**
 * The explainers, each loaded once for the checks below. The other pages (home, about) are checked
 * for errors, other hosts and CSP on the sweep's load (sweep-site.test.ts), and under a sub-path below.
 */
const EXPLAINERS = PAGES.flatMap((path) => {
	const slug = path.slice(1, -1);
	return isSlug(slug) ? [{ path, article: slug }] : [];
});

describe.each(EXPLAINERS)('page $path', ({ path, article }) => {
	let p: OpenPage;
	beforeAll(async () => {
		p = await open(browser, path, { permissions: ['clipboard-read', 'clipboard-write'] });
	});
	afterAll(async () => {
		await p?.close();
	});

	it('answers 200 with no console error and no request to another host', () => {
		expect(p.errors).toEqual([]);
		expect(p.external).toEqual([]);
	});

	it('prints every reported number as the published article does', async () => {
		const published = PUBLISHED[article];
		const shown = await p.page
			.locator('[data-fact]')
			.evaluateAll((els) => els.map((e) => ({ id: e.getAttribute('data-fact')!, text: e.textContent!.trim() })));
		const reported = Object.keys(published).length;
		// An article with published numbers shows some; one without (an essay) marks none as reported.
		if (reported > 0) expect(shown.length, 'numbers marked as reported on the page').toBeGreaterThan(0);
		else expect(shown, 'this article reports no data').toEqual([]);
		expect(ARTICLES[article].seed.facts.length, 'facts in the seed file vs the published table').toBe(reported);
		for (const { id, text } of shown) {
			expect(published[id], `${id} is not a published number of this article`).toBeDefined();
			expect(text.startsWith(published[id]), `${id}: page shows "${text}", the article prints "${published[id]}"`).toBe(true);
		}
	});

	it('offers its references as BibTeX and RIS, without a server round trip', async () => {
		const bib = await p.page.locator('a[data-format="bibtex"]').getAttribute('href');
		const ris = await p.page.locator('a[data-format="ris"]').getAttribute('href');
		expect(bib).toMatch(/^data:application\/x-bibtex/);
		// The entry types (article, an essay's) are the unit tests' (bibtex.test.ts).
		expect(decodeURIComponent(bib!.split(',').slice(1).join(','))).toMatch(/^@[a-z]+\{/);
		expect(decodeURIComponent(ris!.split(',').slice(1).join(','))).toMatch(/^TY {2}- /);
	});

	it('answers every quiz choice: one right, every other "not quite" with its reason', async () => {
		const quizzes = p.page.locator('fieldset.quiz');
		const n = await quizzes.count();
		expect(n, 'quizzes on the page').toBeGreaterThan(0);
		// The page's code is running (a choice made on the prerendered HTML would be forgotten).
		await quizzes.first().scrollIntoViewIfNeeded();
		await pickSecondChoiceByKeyboard(p.page, quizzes.first());
		for (let q = 0; q < n; q++) {
			const quiz = quizzes.nth(q);
			const choices = quiz.locator('input[type="radio"]');
			const k = await choices.count();
			expect(k, `quiz ${q + 1}: choices`).toBeGreaterThan(1);
			const verdicts: string[] = [];
			const reasons = new Set<string>();
			for (let c = 0; c < k; c++) {
				await choices.nth(c).check();
				await quiz.getByRole('button', { name: 'Check' }).click();
				const feedback = quiz.locator('.feedback p');
				await expect.poll(() => feedback.count()).toBe(1);
				const text = ((await feedback.textContent()) ?? '').trim();
				const right = /^✓ Right\./.test(text);
				expect(right || /^✗ Not quite\./.test(text), `quiz ${q + 1}, choice ${c + 1}: "${text}"`).toBe(true);
				expect(await feedback.getAttribute('class'), `quiz ${q + 1}, choice ${c + 1}`).toContain(right ? 'right' : 'wrong');
				// The chosen answer is marked, and a wrong one says why in a sentence of its own.
				const label = quiz.locator('label.choice').nth(c);
				expect(await label.getAttribute('class'), `quiz ${q + 1}, choice ${c + 1}`).toContain(right ? 'right' : 'wrong');
				const reason = text.replace(/^(✓ Right\.|✗ Not quite\.)\s*/, '');
				expect(reason.length, `quiz ${q + 1}, choice ${c + 1}: no reason given`).toBeGreaterThan(20);
				reasons.add(reason);
				verdicts.push(right ? 'right' : 'wrong');
			}
			expect(
				verdicts.filter((v) => v === 'right'),
				`quiz ${q + 1}: ${verdicts.join(', ')}`
			).toHaveLength(1);
			expect(reasons.size, `quiz ${q + 1}: each choice has its own reason`).toBe(k);
		}
	});

	it('"Copy link" copies a link to the figure with its settings, and the link restores them', async () => {
		const figure = p.page.locator('figure[id]:has(input[type="range"][data-key])').first();
		const id = (await figure.getAttribute('id'))!;
		const slider = figure.locator('input[type="range"][data-key]').first();
		await slider.scrollIntoViewIfNeeded();
		// The figure's code loads as it nears the viewport; its first chart drawn says it is running.
		if (await figure.locator('canvas').count()) await drawnSignature(p.page, `[id="${id}"] canvas`);
		const key = (await slider.getAttribute('data-key'))!;
		const { min, max, value } = await slider.evaluate((el) => {
			const i = el as HTMLInputElement;
			return { min: i.min, max: i.max, value: i.value };
		});
		const target = value === max ? min : max;
		await setSlider(p.page, `[id="${id}"] input[data-key="${key}"]`, Number(target));
		await figure.getByRole('button', { name: 'Copy link' }).click();
		await expect.poll(() => figure.getByRole('status').textContent()).toBe('Link copied.');
		const copied = await p.page.evaluate(() => navigator.clipboard.readText());
		const url = new URL(copied);
		expect(url.pathname).toBe(new URL(urlOf(path)).pathname);
		expect(url.hash).toBe(`#${id}`);
		expect(Number(url.searchParams.get(`${id}.${key}`))).toBe(Number(target));

		const again = await p.page.context().newPage();
		await gotoSettled(again, copied, { hydrate: true, live: [id] });
		await expect.poll(() => again.locator(`[id="${id}"] input[data-key="${key}"]`).inputValue()).toBe(target);
		await again.close();
	});

	it('on a touch phone, a tapped glossary term opens its definition inside the screen, and it closes', async () => {
		// No figure brought live: the terms are in the prose.
		const phone = await open(browser, path, { viewport: PHONE, hasTouch: true, isMobile: true, live: [] });
		const terms = phone.page.locator('.term-button');
		const n = await terms.count();
		expect(n, 'glossary terms on the page').toBeGreaterThan(0);
		const outside: string[] = [];
		// Each step is one round trip to the page (a locator's tap() checks and scrolls in many).
		const state = (term: typeof terms, want: 'open' | 'closed') =>
			term.evaluate(
				async (el, { want, limit }) => {
					// The bubble moves itself inside the screen a frame after it opens.
					const bubble = document.getElementById(el.getAttribute('aria-describedby') ?? '');
					const fits = () => {
						if (!bubble) return false;
						const r = bubble.getBoundingClientRect();
						const s = getComputedStyle(bubble);
						// The screen's width: innerWidth grows on a phone when the bubble itself sticks out.
						return (
							s.visibility !== 'hidden' &&
							s.display !== 'none' &&
							r.width > 0 &&
							r.left >= 0 &&
							r.right <= document.documentElement.clientWidth
						);
					};
					const reached = () =>
						want === 'open' ? el.getAttribute('aria-expanded') === 'true' && fits() : el.getAttribute('aria-expanded') === 'false';
					const end = performance.now() + limit;
					while (!reached() && performance.now() < end) await new Promise((r) => requestAnimationFrame(r));
					return { reached: reached(), expanded: el.getAttribute('aria-expanded') };
				},
				{ want, limit: 10_000 }
			);
		for (let i = 0; i < n; i++) {
			const term = terms.nth(i);
			// Scrolled into view; where a finger lands (the middle of its first line) must be the term
			// itself. A touch is placed in the visual viewport, which a phone may offset from the layout.
			const at = await term.evaluate(async (el) => {
				el.scrollIntoView({ block: 'center', behavior: 'instant' });
				// Two frames, so the compositor (which routes touches) has the new scroll position too.
				for (let f = 0; f < 2; f++) await new Promise((r) => requestAnimationFrame(r));
				const r = el.getClientRects()[0];
				const x = r.left + r.width / 2;
				const y = r.top + r.height / 2;
				const hit = document.elementFromPoint(x, y);
				const vv = window.visualViewport!;
				return {
					x: (x - vv.offsetLeft) * vv.scale,
					y: (y - vv.offsetTop) * vv.scale,
					hit: hit !== null && (hit === el || el.contains(hit))
				};
			});
			expect(at.hit, `term ${i + 1}: something covers it where a finger would tap`).toBe(true);
			await phone.page.touchscreen.tap(at.x, at.y);
			const opened = await state(term, 'open');
			expect(opened.expanded, `term ${i + 1} opens`).toBe('true');
			if (!opened.reached) outside.push(((await term.textContent()) ?? '').trim() || `term ${i + 1}`);
			// Tapping elsewhere closes it (checked on the first term; Escape on the others, which saves
			// a scroll back to the top for each).
			if (i === 0) await phone.page.locator('h1').tap();
			else await phone.page.keyboard.press('Escape');
			expect((await state(term, 'closed')).reached, `term ${i + 1} closes`).toBe(true);
		}
		expect(outside, 'definitions that do not fit on the screen').toEqual([]);
		expect(phone.errors).toEqual([]);
		await phone.close();
	});

	// Last on this load (the quizzes answered, a slider moved), as a reader who prints after reading.
	it('prints a clean handout: no controls, every chart with its table and settings, the references, figures kept whole', async () => {
		const onScreen = await p.page.evaluate(() => ({
			figures: document.querySelectorAll('figure.figure').length,
			// A simulation that has not run prints its summary, not empty axes.
			charts: document.querySelectorAll('figure.figure:not(.sim-idle) canvas').length
		}));
		// Paper's width: an A4 page is about 794 CSS px, and a figure that shows one chart at a time on
		// narrow screens printed only one.
		await p.page.setViewportSize({ width: 794, height: 1123 });
		await p.page.emulateMedia({ media: 'print' });
		// What the browser does as it starts printing (emulateMedia alone does not): charts that were
		// never scrolled near load now, and must be drawn on paper. (A spike raster stays empty
		// until its simulation runs; before that the simulation prints no charts.)
		await p.page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
		await expect
			.poll(
				() =>
					p.page.evaluate(() =>
						[...document.querySelectorAll<HTMLCanvasElement>('figure.figure:not(.sim-idle) canvas:not(.raster)')]
							.filter((c) => {
								if (!c.width || !c.height) return true;
								const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
								for (let i = 3; i < data.length; i += 4) if (data[i] > 0) return false;
								return true;
							})
							.map((c) => c.closest('figure')?.id ?? '?')
					),
				{ message: 'charts still blank on paper', timeout: 20_000 }
			)
			.toEqual([]);
		const report = await p.page.evaluate(() => {
			const visible = (el: Element) => {
				const r = el.getBoundingClientRect();
				const s = getComputedStyle(el);
				return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none';
			};
			// A control is something drawn as one: inline glossary terms are buttons styled as words of
			// the prose (no border, no background), and stay, as do the quiz's tick boxes on paper.
			const looksLikeText = (el: Element) => {
				const s = getComputedStyle(el);
				return el.tagName === 'BUTTON' && parseFloat(s.borderTopWidth) === 0 && s.backgroundColor === 'rgba(0, 0, 0, 0)';
			};
			const controls = [
				...document.querySelectorAll(
					'button, input:not([type="radio"]):not([type="checkbox"]), select, textarea, [role="slider"], dialog[open]'
				)
			]
				.filter(visible)
				.filter((el) => !looksLikeText(el))
				.map((el) => el.outerHTML.slice(0, 120));
			const charts = [...document.querySelectorAll('canvas')].filter(visible);
			const chartsWithoutTable = charts
				.filter((c) => {
					const figure = c.closest('figure');
					const table = figure?.querySelector('table');
					return !table || !visible(table);
				})
				.map((c) => c.closest('figure')?.id ?? c.outerHTML.slice(0, 80));
			const figures = [...document.querySelectorAll('figure.figure')].filter(visible);
			const splittable = figures.filter((f) => getComputedStyle(f).breakInside !== 'avoid').map((f) => f.id);
			// Sliders are not printed, so a figure that has them states their values in words.
			const settingsMissing = figures
				.filter((f) => f.querySelector('.controls input[type="range"]'))
				.filter((f) => {
					const line = f.querySelector('.print-settings');
					return !line || !visible(line) || !/Settings: .+/.test(line.textContent ?? '');
				})
				.map((f) => f.id);
			const references = document.querySelector('.references');
			return {
				controls,
				charts: charts.length,
				chartsWithoutTable,
				figures: figures.length,
				splittable,
				settingsMissing,
				references: !!references && visible(references),
				headerShown: [...document.querySelectorAll('.site-header, .site-footer')].some(visible)
			};
		});
		// Every figure and every chart of the screen is on paper (a print style hiding them fails here).
		expect(onScreen.figures, 'figures on the page').toBeGreaterThan(0);
		expect(report.figures, 'figures printed').toBe(onScreen.figures);
		expect(report.charts, 'charts printed').toBe(onScreen.charts);
		expect(report.controls, 'visible controls in print').toEqual([]);
		expect(report.chartsWithoutTable, 'charts printed without their table').toEqual([]);
		expect(report.splittable, 'figures that may be split across pages').toEqual([]);
		expect(report.settingsMissing, 'figures whose slider settings are not printed').toEqual([]);
		expect(report.references).toBe(true);
		expect(report.headerShown).toBe(false);
		const pdf = await p.page.pdf({ format: 'A4', printBackground: false });
		expect(pdf.byteLength).toBeGreaterThan(10_000);
		expect(p.errors).toEqual([]);
		// Back to the screen, as the browser leaves print.
		await p.page.emulateMedia({ media: 'screen' });
		await p.page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
	});
});

describe.each(PAGES)('page %s under a sub-path', (path) => {
	it('loads every page and asset when served under a sub-path', async () => {
		const sub = await open(browser, path, { base: inject('subPathUrl') });
		expect(sub.errors).toEqual([]);
		expect(await sub.page.evaluate(() => document.querySelectorAll('h1').length)).toBe(1);
		await sub.close();
	});
});

describe('hydration in steps', () => {
	it("keeps an article's prerendered prose, stories and quizzes as they hydrate after the page, and they answer", async () => {
		// A context of its own: the script below must run before the page's, on this load only.
		const context = await browser.newContext();
		try {
			const page = await context.newPage();
			await page.addInitScript(() => {
				document.addEventListener('DOMContentLoaded', () => {
					const w = window as unknown as { prerendered: Element[] };
					w.prerendered = [...document.querySelectorAll('[data-deferred-block] :is(h2, p, .step, fieldset)')];
				});
			});
			await gotoSettled(page, urlOf('/intrinsic-excitability/'), { hydrate: true, live: [] });
			const kept = await page.evaluate(() => {
				const before = (window as unknown as { prerendered: Element[] }).prerendered;
				const after = [...document.querySelectorAll('[data-deferred-block] :is(h2, p, .step, fieldset)')];
				return { before: before.length, after: after.length, replaced: before.filter((e) => !e.isConnected).length };
			});
			// Every heading, paragraph, step and quiz the server wrote is the element the reader still has:
			// hydration took them over instead of drawing them again.
			expect(kept.before).toBeGreaterThan(50);
			expect(kept).toEqual({ before: kept.before, after: kept.before, replaced: 0 });
			// The deferred parts listen: a story's next-step button moves on (the page is at its top, the story
			// below: its first step is the active one), a quiz checks an answer.
			const story = page.locator('.scrolly').first();
			await story.locator('.step-nav button').last().click();
			await expect.poll(() => story.locator('.step').nth(1).getAttribute('class')).toMatch(/\bactive\b/);
			const quiz = page.locator('fieldset.quiz').first();
			await quiz.locator('input[type=radio]').first().check();
			await quiz.getByRole('button', { name: 'Check' }).click();
			await expect.poll(() => quiz.locator('.feedback').textContent()).toMatch(/\S/);
		} finally {
			await context.close();
		}
	});
});

describe('scroll stories on a phone', () => {
	it('a tap reaches the stuck figure through the room between the steps: its next-step button moves the story on', async () => {
		// The steps scroll over the stuck figure on a narrow screen; their column's empty room took every
		// tap meant for the figure (its step buttons, sliders, tabs), so a finger could not press them.
		const { page, errors, close } = await open(browser, '/astrocytes-fear-extinction/', {
			viewport: PHONE,
			hasTouch: true,
			isMobile: true,
			live: []
		});
		const story = page.locator('.scrolly').first();
		const next = story.locator('.step-nav button').last();
		await next.evaluate((e) => e.scrollIntoView({ block: 'center' }));
		await expect.poll(() => story.locator('.step').nth(0).getAttribute('class')).toMatch(/\bactive\b/);
		const box = (await next.boundingBox())!;
		const onTop = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('button')?.textContent ?? '', {
			x: box.x + box.width / 2,
			y: box.y + box.height / 2
		});
		expect(onTop, 'what a finger on the next-step button touches').toMatch(/Next/);
		await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
		await expect.poll(() => story.locator('.step').nth(1).getAttribute('class')).toMatch(/\bactive\b/);
		expect(errors).toEqual([]);
		await close();
	});
});

describe('buttons on the narrowest phone', () => {
	// A word wider than its tile (four in a row at 320 px) must break, and the tiles allow it
	// (overflow-wrap). Where the browser has no hyphenation for the page's language (Chromium on Linux
	// without its downloaded dictionaries, like this one) it broke anywhere: "Aprendizaj|e",
	// "Amygdal|a", "scanne|r". The tile labels carry soft hyphens, so a break falls between syllables and
	// shows its hyphen.
	const paths = SLUGS.flatMap((slug) => [`/${slug}/`, `/es/${slug}/`]);
	it.each(paths)('at 320 px, a word in a button of %s breaks only at a hyphen', async (path) => {
		const { page, errors, close } = await open(browser, path, { viewport: { width: 320, height: 640 } });
		try {
			const broken = await page.evaluate(() => {
				const found: string[] = [];
				const range = document.createRange();
				for (const button of Array.from(document.querySelectorAll('button, [role="tab"]'))) {
					const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
					for (let node = walker.nextNode(); node; node = walker.nextNode()) {
						for (const word of node.textContent!.matchAll(/\S+/g)) {
							range.setStart(node, word.index);
							range.setEnd(node, word.index + word[0].length);
							const lines = Array.from(range.getClientRects()).filter((r) => r.width > 0);
							if (lines.length > 1 && !word[0].includes('\u00ad')) found.push(`"${word[0]}" in "${button.textContent!.trim()}"`);
						}
					}
				}
				return found;
			});
			expect(broken).toEqual([]);
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});
});

describe('reported numbers in figures', () => {
	it('the information-per-neuron figure shows both values in its table', async () => {
		const p = await open(browser, '/astrocytes-fear-extinction/', { live: ['info-per-neuron'] });
		const figure = p.page.locator('#info-per-neuron');
		await expect.poll(() => figure.locator('.kind').textContent()).toMatch(/reported/i);
		const button = figure.getByRole('button', { name: 'Show data' });
		await button.click();
		const table = figure.locator('table');
		await expect.poll(() => table.isVisible()).toBe(true);
		const text = (await table.textContent()) ?? '';
		expect(text).toContain(PUBLISHED['astrocytes-fear-extinction']['info-per-neuron-vehicle']);
		expect(text).toContain(PUBLISHED['astrocytes-fear-extinction']['info-per-neuron-cno']);
		expect(await figure.getByRole('button', { name: 'Hide data' }).getAttribute('aria-expanded')).toBe('true');
		await p.close();
	});
});
