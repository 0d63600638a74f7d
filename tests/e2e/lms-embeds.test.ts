/**
 * Embeds that survive an LMS: the snippet's own height fits each figure with no script on the host
 * page (lms/embed-heights.json: checked here for every figure locked and predicting, and by the sweep
 * open; `UPDATE_EMBED_HEIGHTS=1` measures every state here and rewrites it),
 * Canvas's lti.frameResize message arrives beside ours, a sandboxed frame stays readable, and a page
 * whose storage throws (or is forbidden by an opaque-origin sandbox) still works.
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { inject } from 'vitest';
import { SLUGS } from '../../src/lib/articles';
import { FIGURES } from '../../src/lib/figures/registry';
import { canPredict, embedSnippet } from '../../src/lib/figure-kit/embed';
import { REFERENCE_WIDTH, embedHeight, heightTable, type EmbedHeights } from '../../src/lib/lms/embed-heights';
import { axe, describeViolations, closed, hydrated, launch, open, tab, urlOf, type OpenPage } from './harness';
import { HEIGHT_SLACK, UPDATE_HEIGHTS, steadyHeight } from './embeds';

const ALL = SLUGS.flatMap((slug) => FIGURES[slug].map((figure) => ({ slug, figure })));

let browser: Browser;
let server: Server;
let serverUrl = '';
const hostPages = new Map<string, string>();

const MIME: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml'
};

beforeAll(async () => {
	browser = await launch();
	// Host pages of our own, and the built site again with CORS on (as many static hosts send), so that
	// an opaque-origin sandboxed frame may load its module scripts: the storage-forbidden case for real.
	const root = resolve(inject('buildDir'));
	server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://x');
		const hosted = hostPages.get(url.pathname);
		if (hosted) return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hosted);
		if (!url.pathname.startsWith('/site/')) return res.writeHead(404).end('not found');
		let file = normalize(join(root, decodeURIComponent(url.pathname.slice('/site'.length))));
		if (file !== root && !file.startsWith(root + sep)) return res.writeHead(404).end();
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) return res.writeHead(404).end('not found');
		res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', 'access-control-allow-origin': '*' });
		createReadStream(file).pipe(res);
	});
	await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
	const a = server.address();
	serverUrl = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
});

afterAll(async () => {
	await browser?.close();
	if (server) await closed(server);
});

describe(`every embed fits its snippet's height at ${REFERENCE_WIDTH} px`, () => {
	const measured: Record<string, EmbedHeights> = {};

	// Each figure locked, and the charts with Predict first opened with it on; the open height is checked
	// on the sweep's own load of each embed (sweep-embeds.test.ts). With UPDATE_EMBED_HEIGHTS=1 every
	// state is measured here, and the table rewritten.
	it('measures each figure locked (and predicting), or every state to rewrite the table', { timeout: 180_000 }, async () => {
		const { page, close } = await tab(browser, { viewport: { width: REFERENCE_WIDTH, height: 2400 } });
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		const misfits: string[] = [];
		for (const { slug, figure } of ALL) {
			const heights: Partial<EmbedHeights> = {};
			const modes = [
				...(UPDATE_HEIGHTS ? (['open'] as const) : []),
				'locked' as const,
				...(canPredict(slug, figure.id) ? (['predict'] as const) : [])
			];
			for (const mode of modes) {
				const lock = mode === 'locked';
				const query = { open: '', locked: '?lock=1', predict: '?predict=1' }[mode];
				await page.goto(urlOf(`/embed/${slug}/${figure.id}/${query}`), { waitUntil: 'load' });
				// Hydrated and its figure live (lock=1 is applied by the live figure), fonts in, steady.
				await hydrated(page);
				const h = await steadyHeight(page);
				heights[mode] = h;
				// lock=1 hides the sliders and the step buttons (embed-pages.test.ts checks presets).
				if (lock && (await page.locator('input[type="range"]').count()) + (await page.getByRole('button', { name: /next/i }).count()) > 0)
					misfits.push(`${slug}/${figure.id}: lock=1 left sliders or step buttons`);
				const want = embedHeight(slug, figure.id, lock, mode === 'predict');
				if (!UPDATE_HEIGHTS && (want < h || want - h > HEIGHT_SLACK)) {
					misfits.push(`${slug}/${figure.id} (${mode}): content ${h} px, snippet ${want} px`);
				}
			}
			const round = (x: number) => Math.ceil((x + 8) / 10) * 10;
			measured[`${slug}/${figure.id}`] = {
				open: round(heights.open ?? 0),
				locked: round(heights.locked ?? 0),
				...(heights.predict !== undefined ? { predict: round(heights.predict) } : {})
			};
		}
		await close();
		expect(errors).toEqual([]);
		if (UPDATE_HEIGHTS) {
			writeFileSync('src/lib/lms/embed-heights.json', JSON.stringify(measured, null, '\t') + '\n');
			return;
		}
		expect(misfits, `Heights out of date: run UPDATE_EMBED_HEIGHTS=1 on this test\n${misfits.join('\n')}`).toEqual([]);
		expect(Object.keys(heightTable()).sort()).toEqual(ALL.map((x) => `${x.slug}/${x.figure.id}`).sort());
	});
});

describe('the snippet with no script on the host page', () => {
	it('shows the whole figure without an inner scrollbar, and posts both resize messages', async () => {
		const { slug, figure } = ALL.find((x) => x.figure.spec.length > 0)!;
		const src = urlOf(`/embed/${slug}/${figure.id}/`);
		// The snippet exactly as the builder writes it, with the script line removed (as LMS editors do).
		const snippet = embedSnippet(src, figure.title, 'about:blank', embedHeight(slug, figure.id)).split('\n')[0];
		hostPages.set(
			'/no-script',
			`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Course page</title>
<script>window.__messages=[];addEventListener('message',e=>window.__messages.push(e.data));</script></head>
<body style="margin:0"><div style="width:${REFERENCE_WIDTH}px">${snippet}</div></body></html>`
		);
		const { page, close } = await tab(browser, { viewport: { width: 1000, height: 1600 } });
		await page.goto(`${serverUrl}/no-script`, { waitUntil: 'load' });
		const frame = page.frameLocator('iframe').first();
		await frame.locator('.figure-title').waitFor();
		await page.waitForFunction(() => (window as unknown as { __messages: unknown[] }).__messages.length >= 2);
		const inner = await page.frames()[1].evaluate(() => {
			const el = document.querySelector('.embed')!;
			return { content: Math.ceil(el.getBoundingClientRect().height), viewport: window.innerHeight };
		});
		expect(inner.content).toBeLessThanOrEqual(inner.viewport);
		const messages = (await page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages)) as Record<string, unknown>[];
		const ours = messages.filter((m) => m.type === 'engram:resize');
		const canvas = messages.filter((m) => m.subject === 'lti.frameResize');
		expect(ours.length).toBeGreaterThan(0);
		expect(canvas.length).toBe(ours.length);
		expect(canvas.at(-1)!.height).toBe(ours.at(-1)!.height);
		await close();
	});
});

describe('sandboxed frames and blocked storage', () => {
	const { slug, figure } = ALL.find((x) => x.figure.spec.length > 0)!;

	it('sandbox="" (scripts off): the figure is still readable', async () => {
		hostPages.set(
			'/sandboxed',
			`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Course page</title></head><body>
<iframe sandbox="" src="${urlOf(`/embed/${slug}/${figure.id}/`)}" title="${figure.title}" width="100%" height="900"></iframe></body></html>`
		);
		const { page, close } = await tab(browser, { viewport: { width: 900, height: 1000 } });
		await page.goto(`${serverUrl}/sandboxed`, { waitUntil: 'load' });
		const frame = page.frameLocator('iframe').first();
		await expect.poll(() => frame.locator('.figure-title').textContent()).toBe(figure.title);
		expect(((await frame.locator('.summary').textContent()) ?? '').trim().length).toBeGreaterThan(20);
		await close();
	});

	it('sandbox="allow-scripts" (opaque origin, storage forbidden): the figure runs and answers its sliders', async () => {
		hostPages.set(
			'/opaque',
			`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Course page</title></head><body>
<iframe sandbox="allow-scripts" src="${serverUrl}/site/embed/${slug}/${figure.id}/?projector=1" title="${figure.title}" width="100%" height="1200"></iframe></body></html>`
		);
		const { page, close } = await tab(browser, { viewport: { width: 900, height: 1300 } });
		const errors: string[] = [];
		// SvelteKit's own service-worker registration reads navigator.serviceWorker, which an opaque-origin
		// sandbox forbids: one harmless error from the framework's inline script, not ours.
		const ours = (s: string) => !/'serviceWorker' property/.test(s) && errors.push(s);
		page.on('pageerror', (e) => ours(e.message));
		page.on('console', (m) => m.type() === 'error' && ours(m.text()));
		await page.goto(`${serverUrl}/opaque`, { waitUntil: 'load' });
		const frame = page.frames().find((f) => f.url().includes('/site/embed/'))!;
		await frame.waitForFunction(() => 'projector' in document.documentElement.dataset);
		// The figure live (a slider moved while its live version replaces the prerendered one would be
		// moved on a node about to leave the page: CI caught that once).
		await hydrated(frame);
		const storageForbidden = await frame.evaluate(() => {
			try {
				return window.localStorage === null;
			} catch {
				return true;
			}
		});
		expect(storageForbidden).toBe(true);
		const p = figure.spec[0];
		const summary = frame.locator('.summary').first();
		const before = await summary.textContent();
		const input = frame.locator(`input[type="range"][data-key="${p.key}"]`).first();
		await input.evaluate(
			(el, v) => {
				const i = el as HTMLInputElement;
				i.value = String(v);
				i.dispatchEvent(new Event('input', { bubbles: true }));
			},
			p.default === p.max ? p.min : p.max
		);
		await expect.poll(() => summary.textContent()).not.toBe(before);
		expect(errors).toEqual([]);
		await close();
	});

	it('storage that throws on every access: site pages and embeds work, projector mode still applies', async () => {
		const throwing = `for (const name of ['localStorage', 'sessionStorage']) {
			Object.defineProperty(window, name, { configurable: true, get() { throw new DOMException('blocked', 'SecurityError'); } });
		}`;
		// One tab for the three: with storage throwing, nothing a page does can carry over to the next.
		const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, serviceWorkers: 'block' });
		await context.addInitScript(throwing);
		const page = await context.newPage();
		for (const path of ['/teach/?projector=1', `/embed/${slug}/${figure.id}/?projector=1`, `/${slug}/?projector=1`]) {
			const errors: string[] = [];
			const record = (e: Error) => errors.push(e.message);
			page.on('pageerror', record);
			await page.goto(urlOf(path), { waitUntil: 'load' });
			await page.waitForFunction(() => 'projector' in document.documentElement.dataset);
			expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
			page.off('pageerror', record);
			expect(errors, path).toEqual([]);
		}
		await context.close();
	});
});

describe('projector mode', () => {
	it('a site page remembers it for the tab, and ?projector=0 turns it off', async () => {
		const { page, errors, close } = await open(browser, '/about/?projector=1');
		await page.waitForFunction(() => 'projector' in document.documentElement.dataset);
		const big = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
		expect(big).toBeGreaterThan(16);
		await page.goto(urlOf('/teach/'), { waitUntil: 'load' });
		await page.waitForFunction(() => 'projector' in document.documentElement.dataset);
		await expect.poll(() => page.locator('.projector-switch input').isChecked()).toBe(true);
		await page.goto(urlOf('/about/?projector=0'), { waitUntil: 'load' });
		await page.waitForFunction(() => document.querySelector('main') !== null);
		expect(await page.evaluate(() => 'projector' in document.documentElement.dataset)).toBe(false);
		expect(errors).toEqual([]);
		await close();
	});

	it('charts are told to draw thicker lines (--chart-line-scale) in projector mode', async () => {
		const { slug, figure } = ALL.find((x) => x.figure.spec.length > 0 && x.figure.kind === 'model')!;
		const widths: number[] = [];
		for (const q of ['', '?projector=1']) {
			const { page, close } = await open(browser, `/embed/${slug}/${figure.id}/${q}`);
			await page.waitForFunction(() => 'embedReady' in document.documentElement.dataset);
			widths.push(
				await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--chart-line-scale')) || 1)
			);
			await close();
		}
		expect(widths[1]).toBeGreaterThan(widths[0]);
	});

	it('every slider keeps its value beside its label in the larger type, on a wide projected page', async () => {
		// The slider columns were 200 px whatever the type size: at 125 % the Spanish labels' longest
		// words and their values no longer fit side by side, and the value ran into the next column.
		for (const path of ['/es/inhibitory-plasticity/?projector=1', '/es/embed/inhibitory-plasticity/network/?projector=1']) {
			const { page, errors, close } = await open(browser, path, { viewport: { width: 1440, height: 900 } });
			const sliders = page.locator('.slider .head');
			expect(await sliders.count(), path).toBeGreaterThan(3);
			const crowded = await sliders.evaluateAll((heads) =>
				heads.filter((h) => h.scrollWidth > h.clientWidth + 1).map((h) => h.textContent?.trim().replace(/\s+/g, ' '))
			);
			expect(crowded, `${path}: sliders whose value runs past their column`).toEqual([]);
			expect(errors).toEqual([]);
			await close();
		}
	});
});

describe('data out and teacher tips', () => {
	it('Download CSV gives the table with the current settings as comments', async () => {
		const { slug, figure } = ALL.find((x) => x.figure.spec.length > 0)!;
		const p = figure.spec[0];
		const value = p.default === p.max ? p.min : p.max;
		const { page, close } = await tab(browser, { viewport: { width: 1000, height: 900 } });
		await page.goto(urlOf(`/embed/${slug}/${figure.id}/?${p.key}=${value}`), { waitUntil: 'load' });
		await page.waitForFunction(() => 'embedReady' in document.documentElement.dataset);
		await hydrated(page);
		await page.getByRole('button', { name: 'Show data' }).click();
		const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button.csv').first().click()]);
		expect(download.suggestedFilename()).toMatch(/\.csv$/);
		// Read from the browser's copy (no file left behind in the machine's temporary folder).
		const chunks: Buffer[] = [];
		for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
		const text = Buffer.concat(chunks)
			.toString('utf8')
			.replace(/^\uFEFF/, '');
		const lines = text.split('\r\n');
		expect(lines[0]).toBe(`# ${figure.title}`);
		const shown = await page.locator(`input[type="range"][data-key="${p.key}"]`).first().getAttribute('aria-valuetext');
		expect(lines.some((l) => l.startsWith('#   ') && l.endsWith(`: ${shown}`))).toBe(true);
		const header = await page.locator('.data thead th').allTextContents();
		expect(lines.find((l) => !l.startsWith('#'))).toBe(
			header
				.map((h) => h.trim())
				.map((h) => (/[",]/.test(h) ? `"${h.replace(/"/g, '""')}"` : h))
				.join(',')
		);
		await close();
	});
});

describe('accessibility of the new parts', () => {
	it('axe finds nothing on an article and an embed in projector mode', async () => {
		const { slug, figure } = ALL.find((x) => x.figure.spec.length > 0)!;
		for (const path of [`/${slug}/?projector=1`, `/embed/${slug}/${figure.id}/?projector=1`]) {
			const { page, close } = await open(browser, path);
			await page.waitForFunction(() => 'projector' in document.documentElement.dataset);
			const v = await axe(page);
			expect(v, `${path}\n${describeViolations(v)}`).toEqual([]);
			await close();
		}
	});
});

// /teach/ loaded once: its tips (every panel opened), axe on the page with them open, then the builder.
describe('/teach/, on one load', () => {
	let teach: OpenPage;
	beforeAll(async () => {
		teach = await open(browser, '/teach/');
	});
	afterAll(async () => {
		await teach?.close();
	});

	it('has tips for every figure, with a QR code per ready-made link', async () => {
		const { page } = teach;
		const panels = page.locator('details.tip');
		expect(await panels.count()).toBe(ALL.length);
		for (const { slug, figure } of ALL) {
			const panel = page.locator(`details.tip[data-figure="${slug}/${figure.id}"]`);
			await panel.locator('summary').click();
			const links = panel.locator('.presets a');
			const n = await links.count();
			expect(n).toBeGreaterThanOrEqual(3);
			await expect.poll(() => panel.locator('img.qr[src^="data:image/svg+xml,"]').count()).toBe(n);
			const href = await links.first().getAttribute('href');
			expect(href).toContain(`/embed/${slug}/${figure.id}/`);
			expect(await panel.locator('.params li').count()).toBe(figure.spec.length);
		}
	});

	it('axe finds nothing with the tips panels open', async () => {
		const v = await axe(teach.page);
		expect(v, describeViolations(v)).toEqual([]);
	});

	it('the teachers’ builder keeps projector mode in the snippet', async () => {
		const { page } = teach;
		await page.locator('.builder .projector input').check();
		await expect.poll(() => page.locator('#builder-code').inputValue()).toContain('projector=1');
		expect(await page.locator('#builder-code').inputValue()).toMatch(/height="\d+"/);
		expect(teach.errors).toEqual([]);
	});
});
