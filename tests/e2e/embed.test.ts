/**
 * Embeds inside real iframes on a host page served from another origin (127.0.0.1, another port):
 * resize messages arrive and the iframe grows and shrinks, engram-embed.js ignores messages that are
 * not the iframe's own, the builder's snippet reproduces its state, the Embed dialog works from the
 * keyboard, and scroll-driven figures still follow their steps inside an iframe. (Each embed page
 * alone, presets and lock: embed-pages.test.ts.)
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { inject } from 'vitest';
import {
	axe,
	baseUrl,
	closed,
	describeViolations,
	gotoSettled,
	hydrated,
	launch,
	open,
	recordExternal,
	settle,
	setSlider,
	tab,
	urlOf
} from './harness';
import { ALL, WITH_SLIDERS, WITH_STEPS, embedPath, otherValue } from './embeds';

let browser: Browser;
let host: Server;
let hostUrl = '';
const pages = new Map<string, string>();

beforeAll(async () => {
	browser = await launch();
	host = createServer((req, res) => {
		const path = new URL(req.url ?? '/', 'http://x').pathname;
		// The browser asks a page's server for its icon; a course page has none to give.
		if (path === '/favicon.ico') return res.writeHead(204).end();
		const html = pages.get(path);
		if (!html) return res.writeHead(404).end('not found');
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
	});
	await new Promise<void>((ok) => host.listen(0, '127.0.0.1', ok));
	const address = host.address();
	hostUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(async () => {
	await browser?.close();
	await closed(host);
});

/** A host page of our own, with its own origin; requests may go to it and to the site only. */
async function hostPage(name: string, body: string, viewport = { width: 900, height: 800 }) {
	pages.set(
		`/${name}`,
		`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host ${name}</title>
<script>window.__messages = []; addEventListener('message', (e) => window.__messages.push(e.data));</script>
</head><body style="margin:0;font-family:sans-serif"><h1>A course page</h1>${body}<p style="height:1200px">After the figure.</p></body></html>`
	);
	const { page, close } = await tab(browser, { viewport });
	const errors: string[] = [];
	const external = recordExternal(page, [new URL(baseUrl()).host, new URL(hostUrl).host]);
	page.on('pageerror', (e) => errors.push(`${e.name}: ${e.message}`));
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	await gotoSettled(page, `${hostUrl}/${name}`);
	return { page, errors, external, close };
}

async function frameOf(page: Page, selector = 'iframe'): Promise<Frame> {
	const handle = await page.locator(selector).first().elementHandle();
	const frame = await handle!.contentFrame();
	await frame!.waitForLoadState('load');
	await settle(page);
	return frame!;
}

/** Every message the host page has received (its inline script records them). */
const messages = (page: Page) =>
	page.evaluate(() => (window as unknown as { __messages: ({ type?: string; id?: string; height?: number } | null)[] }).__messages);

const iframeHeight = (page: Page, selector = 'iframe') =>
	page
		.locator(selector)
		.first()
		.evaluate((el) => Math.round(el.getBoundingClientRect().height));

describe('inside an iframe on another site', () => {
	it('posts its height, and the iframe grows and shrinks with the content', async () => {
		const { slug, figure } = ALL.find((x) => x.figure.id === 'info-per-neuron') ?? ALL[0];
		const src = urlOf(embedPath(slug, figure));
		const h = await hostPage(
			'resize.html',
			`<iframe src="${src}" title="Embedded figure" width="100%" height="300" style="border:0;width:100%" data-engram-embed></iframe>
<script src="${urlOf('/engram-embed.js')}" async></script>`
		);
		const frame = await frameOf(h.page);
		// Its code running and its figure live: a click on the prerendered "Show data" would be lost.
		await hydrated(frame);
		const contentHeight = () => frame.evaluate(() => Math.ceil(document.querySelector('.embed')!.getBoundingClientRect().height));
		await expect.poll(async () => (await messages(h.page)).filter((m) => m?.type === 'engram:resize').length).toBeGreaterThan(0);
		const message = (await messages(h.page)).find((m) => m?.type === 'engram:resize')!;
		expect(message).toMatchObject({ type: 'engram:resize', id: `${slug}/${figure.id}` });
		expect(typeof message.height).toBe('number');
		await expect.poll(async () => Math.abs((await iframeHeight(h.page)) - (await contentHeight()))).toBeLessThanOrEqual(1);
		const before = await iframeHeight(h.page);
		expect(before).not.toBe(300);

		// A page that pins html and body to the viewport must not pin the embed's height.
		await frame.evaluate(() => {
			document.documentElement.style.height = '100%';
			document.body.style.height = '100%';
		});
		await frame.getByRole('button', { name: 'Show data' }).click();
		await expect.poll(() => iframeHeight(h.page)).toBeGreaterThan(before + 40);
		await frame.getByRole('button', { name: 'Hide data' }).click();
		await expect.poll(() => iframeHeight(h.page)).toBeLessThanOrEqual(before + 1);
		expect(await iframeHeight(h.page)).toBeGreaterThanOrEqual(before - 1);
		expect(h.errors).toEqual([]);
		expect(h.external).toEqual([]);
		await h.close();
	});

	it('engram-embed.js resizes only the iframe that sent a message, and only from that iframe’s own site', async () => {
		const { slug, figure } = ALL.find((x) => x.figure.id === 'info-per-neuron') ?? ALL[0];
		const id = `${slug}/${figure.id}`;
		const forged = { type: 'engram:resize', id, height: 4321 };
		// A page of the host's own origin that forges a resize message for the real embed, then says so.
		pages.set(
			'/forger.html',
			`<!doctype html><title>forger</title><script>parent.postMessage(${JSON.stringify(forged)}, '*'); parent.postMessage({ type: 'forger-done' }, '*');</script>`
		);
		const h = await hostPage(
			'guard.html',
			`<iframe id="real" data-engram-embed src="${urlOf(embedPath(slug, figure))}" title="Embedded figure" style="border:0;width:100%;height:300px"></iframe>
<iframe id="hijacked" data-engram-embed src="${urlOf(embedPath(slug, figure, '?theme=dark'))}" title="Second embed" style="border:0;width:100%;height:300px"></iframe>
<script src="${urlOf('/engram-embed.js')}" async></script>`
		);
		const height = (sel: string) => h.page.locator(sel).evaluate((el) => Math.round(el.getBoundingClientRect().height));
		await expect.poll(() => height('#real')).not.toBe(300);
		await expect.poll(() => height('#hijacked')).not.toBe(300);

		// 1. The host page itself posts the message (no iframe sent it): nothing changes.
		await h.page.evaluate(async (m) => {
			await new Promise<void>((done) => {
				addEventListener('message', (e) => e.data?.type === 'top-done' && done());
				postMessage(m, '*');
				postMessage({ type: 'top-done' }, '*');
			});
		}, forged);
		expect(await height('#real'), 'a message from the host window resized an embed').not.toBe(4321);
		expect(await height('#hijacked')).not.toBe(4321);

		// 2. The second iframe is sent to another site, which forges the first embed's message:
		//    its origin is not the one the iframe was given, and it is not the first embed.
		await h.page.evaluate((url) => {
			(document.getElementById('hijacked') as HTMLIFrameElement).contentWindow!.location.href = url;
		}, `${hostUrl}/forger.html`);
		await expect.poll(async () => (await messages(h.page)).some((m) => m?.type === 'forger-done')).toBe(true);
		expect(await height('#real'), 'a message from another iframe resized this one').not.toBe(4321);
		expect(await height('#hijacked'), 'a message from another origin resized the iframe').not.toBe(4321);
		expect(h.errors).toEqual([]);
		await h.close();
	});

	it('engram-embed.js started after the embed had posted its height (async, injected late) still sizes the iframe', async () => {
		// The embed posts its height as it mounts and when it changes; a script that was not listening
		// yet used to leave the frame at the snippet's height until the next change, which may not come.
		const { slug, figure } = ALL.find((x) => x.figure.id === 'info-per-neuron') ?? ALL[0];
		const h = await hostPage(
			'late.html',
			`<iframe id="late" data-engram-embed src="${urlOf(embedPath(slug, figure))}" title="Embedded figure" style="border:0;width:100%;height:300px"></iframe>`
		);
		const frame = h.page.frameLocator('#late');
		await expect.poll(() => frame.locator('html').evaluate((e) => 'embedReady' in (e as HTMLElement).dataset)).toBe(true);
		// Its first height went to a page with no one listening.
		expect(
			await h.page.evaluate(() =>
				(window as unknown as { __messages: { type?: string }[] }).__messages.some((m) => m?.type === 'engram:resize')
			)
		).toBe(true);
		const height = () => h.page.locator('#late').evaluate((el) => Math.round(el.getBoundingClientRect().height));
		expect(await height()).toBe(300);
		await h.page.evaluate((src) => {
			const script = document.createElement('script');
			script.src = src;
			document.body.append(script);
		}, urlOf('/engram-embed.js'));
		await expect.poll(height).not.toBe(300);
		const own = await frame.locator('.embed').evaluate((e) => Math.ceil(e.getBoundingClientRect().height));
		expect(Math.abs((await height()) - own)).toBeLessThanOrEqual(1);
		expect(h.errors).toEqual([]);
		await h.close();
	});

	it.skipIf(WITH_STEPS.length === 0)('a step-by-step figure changes with its steps inside an iframe', async () => {
		const { slug, figure } = WITH_STEPS[0];
		const h = await hostPage(
			'steps.html',
			`<iframe src="${urlOf(embedPath(slug, figure, '?step=2'))}" title="Embedded figure" width="100%" height="600" style="border:0;width:100%"></iframe>
<script src="${urlOf('/engram-embed.js')}" async></script>`
		);
		const frame = await frameOf(h.page);
		await hydrated(frame);
		const where = frame.locator('.steps .where');
		await expect.poll(() => where.textContent()).toBe(`Step 2 of ${figure.steps}`);
		const figureState = () =>
			frame
				.locator(`#${figure.id}`)
				.evaluate(
					(el) => el.textContent + '|' + [...el.querySelectorAll('canvas')].map((c) => (c as HTMLCanvasElement).toDataURL().length).join()
				);
		const before = await figureState();
		await frame.getByRole('button', { name: /next step/i }).click();
		await expect.poll(() => where.textContent()).toBe(`Step 3 of ${figure.steps}`);
		await expect.poll(figureState).not.toBe(before);
		expect(h.errors).toEqual([]);
		await h.close();
	});

	it.skipIf(WITH_STEPS.length === 0)('an article’s scroll-driven figure follows its steps inside a fixed-height iframe', async () => {
		const { slug } = WITH_STEPS[0];
		const h = await hostPage(
			'article.html',
			`<iframe id="fixed" src="${urlOf(`/${slug}/`)}" title="The explainer" style="border:0;width:100%;height:700px"></iframe>`,
			{ width: 1000, height: 800 }
		);
		const frame = await frameOf(h.page, '#fixed');
		const where = frame.locator('.scrolly .where').first();
		const summary = () => frame.locator('.scrolly .sticky').first().textContent();
		await frame.locator('.scrolly').first().scrollIntoViewIfNeeded();
		const first = await summary();
		await frame
			.locator('.scrolly .step')
			.nth(2)
			.evaluate((el) => el.scrollIntoView({ block: 'center' }));
		await expect.poll(() => where.textContent()).toMatch(/^Step 3 of/);
		await expect.poll(summary).not.toBe(first);

		expect(h.errors).toEqual([]);
		await h.close();
	});
});

describe('the Embed button and the embed builder', () => {
	it('Embed opens a keyboard-usable dialog with the snippet for the current settings; focus returns on close', async () => {
		const { slug, figure } = WITH_SLIDERS[0] ?? ALL[0];
		const p = await open(browser, `/${slug}/`, { live: [figure.id] });
		const fig = p.page.locator(`[id="${figure.id}"]`);
		const key = await fig.locator('input[type="range"][data-key]').first().getAttribute('data-key');
		const spec = figure.spec.find((p) => p.key === key);
		expect(spec, `${figure.id}: its first slider "${key}" is in its spec`).toBeDefined();
		await setSlider(p.page, `[id="${figure.id}"] input[data-key="${spec!.key}"]`, otherValue(spec!));
		const button = fig.getByRole('button', { name: 'Embed', exact: true });
		await button.focus();
		await p.page.keyboard.press('Enter');
		const dialog = p.page.getByRole('dialog', { name: 'Embed this figure' });
		await expect.poll(() => dialog.isVisible()).toBe(true);
		expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
		const code = await dialog.getByLabel('Embed code').inputValue();
		expect(code).toContain(`/embed/${slug}/${figure.id}/`);
		expect(code).toContain('engram-embed.js');
		expect(code).toContain(`${spec!.key}=${otherValue(spec!)}`);
		await dialog.getByLabel(/hide the sliders/i).check();
		await expect.poll(() => dialog.getByLabel('Embed code').inputValue()).toContain('lock=1');
		const preview = await (await dialog.locator('iframe').elementHandle())!.contentFrame();
		await expect.poll(() => preview!.locator(`[id="${figure.id}"]`).count()).toBe(1);
		const violations = await axe(p.page);
		expect(violations, describeViolations(violations)).toEqual([]);
		await p.page.keyboard.press('Escape');
		await expect.poll(() => dialog.isVisible()).toBe(false);
		expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
		expect(p.errors).toEqual([]);
		await p.close();
	});

	it('the Embed dialog of a figure with steps lets a teacher pick the step it starts at', async () => {
		const stepped = ALL.find((x) => (x.figure.steps ?? 0) > 2);
		expect(stepped, 'a registered figure with three or more steps').toBeDefined();
		const { slug, figure } = stepped!;
		const p = await open(browser, `/${slug}/`, { live: [figure.id] });
		await p.page.locator(`[id="${figure.id}"]`).getByRole('button', { name: 'Embed', exact: true }).click();
		const dialog = p.page.getByRole('dialog', { name: 'Embed this figure' });
		const start = dialog.getByLabel('Start at step');
		// The dialog loads on the first click.
		await expect.poll(() => start.locator('option').count()).toBe(figure.steps);
		expect(await dialog.getByLabel('Embed code').inputValue()).not.toContain('step=');
		await start.selectOption('3');
		await expect.poll(() => dialog.getByLabel('Embed code').inputValue()).toContain('step=3');
		const preview = await (await dialog.locator('iframe').elementHandle())!.contentFrame();
		await expect.poll(() => preview!.locator('.steps .where').textContent()).toBe(`Step 3 of ${figure.steps}`);
		// Escape closes the dialog with focus inside the preview too (its keys never reach the page).
		await preview!.locator('a[href]').first().focus();
		await p.page.keyboard.press('Escape');
		await expect.poll(() => dialog.isVisible()).toBe(false);
		expect(p.errors).toEqual([]);
		await p.close();
	});

	it.skipIf(WITH_SLIDERS.length === 0)('the builder’s snippet, pasted into a page, shows the same settings', async () => {
		const { slug, figure } = WITH_SLIDERS[0];
		const p = await open(browser, '/teach/');
		await p.page.selectOption('#builder-figure', `${slug}/${figure.id}`);
		for (const spec of figure.spec) await setSlider(p.page, `#builder-${spec.key}`, otherValue(spec));
		const code = await p.page.locator('#builder-code').inputValue();
		for (const spec of figure.spec) expect(code).toContain(`${spec.key}=`);
		// The live preview follows.
		const preview = await frameOf(p.page, '.builder iframe');
		await preview.locator('input[type="range"]').first().waitFor();
		const k0 = await preview.locator('input[type="range"][data-key]').first().getAttribute('data-key');
		const s0 = figure.spec.find((p) => p.key === k0)!;
		await expect
			.poll(async () => Number(await preview.locator(`input[data-key="${s0.key}"]`).first().inputValue()))
			.toBeCloseTo(otherValue(s0), 6);
		expect(p.errors).toEqual([]);
		await p.close();

		const h = await hostPage('snippet.html', code);
		const frame = await frameOf(h.page);
		await frame.locator('input[type="range"]').first().waitFor();
		const keys = await frame.locator('input[type="range"][data-key]').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
		expect(keys.length).toBeGreaterThan(0);
		for (const spec of figure.spec.filter((p) => keys.includes(p.key))) {
			await expect
				.poll(async () => Number(await frame.locator(`input[data-key="${spec.key}"]`).first().inputValue()))
				.toBeCloseTo(otherValue(spec), 6);
		}
		await expect.poll(() => iframeHeight(h.page)).not.toBe(560);
		expect(h.errors).toEqual([]);
		expect(h.external).toEqual([]);
		await h.close();
	});
});

describe('the teachers’ page and sub-paths', () => {
	// axe on /teach/, with its builder and tips live, in light desktop and dark phone: the sweep's
	// (sweep-site.test.ts), which loads it in both looks.
	it('the teachers’ builder lists every figure, without console errors', async () => {
		const p = await open(browser, '/teach/', { live: ['builder-figure'] });
		expect(p.errors).toEqual([]);
		const listed = await p.page.locator('#builder-figure option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
		expect(listed).toEqual(ALL.map((x) => `${x.slug}/${x.figure.id}`));
		// A lesson plan's "Embed this figure" (a card's button, by mouse) and a figure named in a plan's
		// step (a link-like button, by keyboard) hand their figure to the builder, which takes focus. The
		// plans are kept as prerendered (ui/static-block.ts): the clicks reach their block as they bubble.
		const last = ALL.at(-1)!;
		await p.page.locator(`#lesson-${last.slug} li.card`).last().getByRole('button').click();
		await expect.poll(() => p.page.locator('#builder-figure').inputValue()).toBe(`${last.slug}/${last.figure.id}`);
		expect(await p.page.evaluate(() => document.activeElement?.id)).toBe('builder-figure');
		const named = p.page.locator(`#lesson-${ALL[0].slug} .figs button`).first();
		const key = await named.evaluate((b) => b.closest<HTMLElement>('[data-use]')!.dataset.use);
		expect(key).not.toBe(`${last.slug}/${last.figure.id}`);
		await named.focus();
		await p.page.keyboard.press('Enter');
		await expect.poll(() => p.page.locator('#builder-figure').inputValue()).toBe(key);
		expect(p.errors).toEqual([]);
		await p.close();
	});

	it('under a sub-path, embed pages load and the Embed code points inside the sub-path', async () => {
		const base = inject('subPathUrl');
		const { slug, figure } = ALL[0];
		const alone = await open(browser, embedPath(slug, figure), { base });
		expect(alone.errors).toEqual([]);
		expect(await alone.page.locator(`[id="${figure.id}"]`).count()).toBe(1);
		await alone.close();
		const p = await open(browser, '/teach/', { base });
		await p.page.locator('#builder-figure').focus(); // the builder's code loads when the teacher reaches it
		await expect.poll(() => p.page.locator('#builder-code').inputValue()).not.toBe('');
		const code = await p.page.locator('#builder-code').inputValue();
		expect(code).toContain(`${base}embed/${slug}/${figure.id}/`);
		expect(code).toContain(`${base}engram-embed.js`);
		expect(p.errors).toEqual([]);
		await p.close();
	});
});
