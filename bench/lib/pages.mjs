/**
 * Page-level measurements in headless Chromium against the built site:
 *  - weight: every response of a first view (fresh context, no scrolling), sized from the built
 *    files and gzipped here (level 6, what most static hosts send), JavaScript and total;
 *    then the same after scrolling to the end (figures that load near the viewport);
 *  - sliders: for each figure with sliders, >= 50 input events per slider spread over its range;
 *    Figure.svelte records performance.measure('engram:slider-to-chart:<id>') from the input event
 *    to each chart's finished update, and the slowest chart of a step is that step's time.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { LAUNCH_ARGS, ensureChromium } from '../../scripts/chromium.mjs';
import { summarize } from './stats.mjs';

/** Every prerendered page of the build as a site path, with its kind. */
export function discoverPages(dir, slugs) {
	const out = [];
	const walk = (rel) => {
		for (const name of readdirSync(join(dir, rel))) {
			if (!rel && name === '_app') continue;
			const r = rel ? `${rel}/${name}` : name;
			if (statSync(join(dir, r)).isDirectory()) walk(r);
			else if (name === 'index.html') out.push(`/${rel ? `${rel}/` : ''}`);
		}
	};
	walk('');
	// A translation's pages (/es/...) are of the same kind as their English twins.
	const kind = (path) => {
		const p = path.replace(/^\/[a-z]{2}\//, '/');
		return p === '/' ? 'home' : p.startsWith('/embed/') ? 'embed' : slugs.includes(p.slice(1, -1)) ? 'article' : 'page';
	};
	return out.sort().map((path) => ({ path, kind: kind(path) }));
}

const gzCache = new Map();
function sizes(dir, base, url) {
	const u = new URL(url);
	const rel = decodeURIComponent(u.pathname.slice(new URL(base).pathname.length - 1));
	let file = join(dir, rel);
	if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
	if (!existsSync(file)) return { raw: 0, gzip: 0 };
	if (!gzCache.has(file)) {
		const buf = readFileSync(file);
		gzCache.set(file, { raw: buf.length, gzip: gzipSync(buf, { level: 6 }).length });
	}
	return gzCache.get(file);
}

export async function launch() {
	return chromium.launch({ executablePath: await ensureChromium(), args: LAUNCH_ARGS, headless: true });
}

/**
 * Until no request has been in flight for 500 ms (at most 30 s). Not Playwright's 'networkidle':
 * it never fires for an iframe added after the page loaded (/teach/'s builder preview, which comes
 * with the builder as the reader scrolls to it).
 */
async function networkQuiet(page, { quietMs = 500, maxMs = 30_000 } = {}) {
	let inFlight = 0;
	let last = Date.now();
	const started = () => ((inFlight += 1), (last = Date.now()));
	const ended = () => ((inFlight = Math.max(0, inFlight - 1)), (last = Date.now()));
	page.on('request', started);
	page.on('requestfinished', ended);
	page.on('requestfailed', ended);
	const t0 = Date.now();
	while ((inFlight > 0 || Date.now() - last < quietMs) && Date.now() - t0 < maxMs) await page.waitForTimeout(100);
	page.off('request', started);
	page.off('requestfinished', ended);
	page.off('requestfailed', ended);
}

/** JavaScript and total bytes on first view, then after scrolling the whole page. */
export async function weigh(browser, dir, base, path, viewport = { width: 390, height: 844 }) {
	const context = await browser.newContext({ viewport });
	const page = await context.newPage();
	const seen = new Map();
	page.on('response', (r) => {
		const url = r.url();
		if (!url.startsWith(base) || seen.has(url)) return;
		seen.set(url, { type: r.request().resourceType(), ...sizes(dir, base, url) });
	});
	await page.goto(new URL(path.slice(1), base).href, { waitUntil: 'networkidle' });
	const tally = () => {
		const t = { jsRaw: 0, jsGzip: 0, totalRaw: 0, totalGzip: 0, jsFiles: 0, requests: seen.size, scripts: [] };
		for (const [url, { type, raw, gzip }] of seen) {
			t.totalRaw += raw;
			t.totalGzip += gzip;
			if (type === 'script') {
				t.jsRaw += raw;
				t.jsGzip += gzip;
				t.jsFiles++;
				// Which files make up the weight (printed by --files): the path under the build.
				t.scripts.push({ file: url.slice(base.length), gzip });
			}
		}
		return t;
	};
	const first = tally();
	await page.evaluate(async () => {
		for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
			window.scrollTo(0, y);
			await new Promise((r) => setTimeout(r, 30));
		}
	});
	await networkQuiet(page);
	const full = tally();
	await context.close();
	return { first, full };
}

/** Slider-to-chart times for every figure with sliders on a page. */
export async function sliderTimes(browser, base, path, { steps = 50 } = {}) {
	const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
	const page = await context.newPage();
	const errors = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(new URL(path.slice(1), base).href, { waitUntil: 'networkidle' });
	const figureIds = await page.evaluate(() =>
		[...document.querySelectorAll('figure[id]')].filter((f) => f.querySelector('input[type="range"]')).map((f) => f.id)
	);
	const out = [];
	for (const id of figureIds) {
		await page.locator(`figure[id="${id}"]`).scrollIntoViewIfNeeded();
		// Near the viewport the figure loads its code and replaces its prerendered self (whose sliders
		// move nothing): time the live one, once it has drawn.
		const live = await page
			.waitForSelector(`figure[id="${id}"][data-live]`, { timeout: 30_000 })
			.then(() => true)
			.catch(() => false);
		if (!live) {
			errors.push(`#${id} did not go live within 30 s`);
			continue;
		}
		await page.waitForLoadState('networkidle');
		const result = await page.evaluate(
			async ({ id, steps }) => {
				const figure = document.getElementById(id);
				const name = `engram:slider-to-chart:${id}`;
				const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
				const inputs = [...figure.querySelectorAll('input[type="range"]')];
				const sliders = [];
				for (const input of inputs) {
					const min = Number(input.min);
					const max = Number(input.max);
					const step = Number(input.step) || (max - min) / 100;
					const grid = Math.max(1, Math.round((max - min) / step));
					const original = input.value;
					const times = [];
					let missed = 0;
					for (let i = 0; i < steps; i++) {
						// A figure that draws nothing until the reader presses Start (the spiking network)
						// has nothing to time: stop after three silent steps instead of waiting 2 s per step.
						if (i === 3 && times.length === 0) {
							missed = -1;
							break;
						}
						// Spread over the range; ping-pong when the range has fewer grid points than steps.
						const cycle = i % (2 * grid);
						const k = grid >= steps ? Math.round(((i + 1) * grid) / steps) : cycle < grid ? cycle + 1 : 2 * grid - cycle - 1;
						let v = Math.min(max, min + k * step);
						if (String(v) === input.value) v = Math.max(min, v - step);
						performance.clearMeasures(name);
						input.value = String(v);
						input.dispatchEvent(new Event('input', { bubbles: true }));
						// Synchronous charts report within this task; a worker-backed figure reports later.
						await sleep(0);
						const t0 = performance.now();
						let count = performance.getEntriesByName(name).length;
						while (count === 0 && performance.now() - t0 < 2000) {
							await sleep(4);
							count = performance.getEntriesByName(name).length;
						}
						// Let any further chart of the same figure finish.
						await new Promise((r) => requestAnimationFrame(() => r(null)));
						const entries = performance.getEntriesByName(name);
						if (!entries.length) {
							missed++;
							continue;
						}
						times.push(Math.max(...entries.map((e) => e.duration)));
					}
					input.value = original;
					input.dispatchEvent(new Event('input', { bubbles: true }));
					await sleep(0);
					sliders.push({ key: input.dataset.key ?? input.id, times, missed });
				}
				return sliders;
			},
			{ id, steps }
		);
		const all = result.flatMap((s) => s.times);
		out.push({
			page: path,
			figure: id,
			sliders: result.map((s) => ({ key: s.key, missed: Math.max(0, s.missed), idle: s.missed < 0, ...summarize(s.times) })),
			...summarize(all),
			missed: result.reduce((a, s) => a + Math.max(0, s.missed), 0)
		});
	}
	await context.close();
	return { figures: out, errors };
}
