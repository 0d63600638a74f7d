/**
 * Plays the LMS: a test page provides the SCORM 1.2 API through scorm-again (served from
 * node_modules), loads the package's launch file (unzipped, as an LMS serves it) in a frame, answers
 * the quiz, scrolls to the end, and checks status, score and commits. Then the same launch file with
 * no LMS (nothing breaks, nothing fetched), and the Kolibri app in a sandboxed frame with no network.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { quiz } from '../../src/lib/figures/inhibitory-plasticity/quiz';
import { kolibriPackage, scormPackage } from '../../scripts/packages/package.mjs';
import { offlineHtml } from '../../scripts/packages/source.mjs';
import { closed, hydrated, launch } from './harness';

// scorm-again's package exports do not list its browser bundles: read the file itself.
const SCORM_AGAIN = fileURLToPath(new URL('../../node_modules/scorm-again/dist/scorm12.min.js', import.meta.url));
const SLUG = 'inhibitory-plasticity';
const ARTICLE = { slug: SLUG, title: 'Inhibitory plasticity', summary: '', figures: [] };

let browser: Browser;
let server: Server;
let base = '';
const files = new Map<string, Uint8Array | string>();
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.xml': 'application/xml' };

const LMS_PAGE = (launchUrl: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A course</title>
<script src="/scorm-again/scorm12.min.js"></script>
<script>
	window.API = new Scorm12API({ autocommit: false, logLevel: 5 });
	window.__commits = [];
	window.__finished = false;
	API.on('LMSCommit', function () {
		window.__commits.push({
			status: API.cmi.core.lesson_status,
			raw: API.cmi.core.score.raw,
			min: API.cmi.core.score.min,
			max: API.cmi.core.score.max
		});
	});
	API.on('LMSFinish', function () { window.__finished = true; });
</script></head>
<body style="margin:0"><h1>Week 3</h1><iframe id="sco" title="Lesson" src="${launchUrl}" style="width:1100px;height:800px;border:0"></iframe></body></html>`;

beforeAll(async () => {
	// The offline site (built now if missing) made into packages exactly as build:packages does.
	const html = offlineHtml();
	for (const [name, bytes] of Object.entries(unzipSync(scormPackage(html, ARTICLE)))) files.set(`/scorm/${name}`, bytes);
	for (const [name, bytes] of Object.entries(unzipSync(kolibriPackage(html, ARTICLE)))) files.set(`/kolibri/${name}`, bytes);
	files.set('/scorm-again/scorm12.min.js', readFileSync(SCORM_AGAIN));
	files.set('/lms.html', LMS_PAGE('/scorm/index.html'));
	files.set('/no-lms.html', LMS_PAGE('/scorm/index.html').replace(/<script[\s\S]*<\/script>/, ''));
	files.set(
		'/kolibri.html',
		`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Kolibri</title></head><body style="margin:0">
<iframe sandbox="allow-scripts" title="HTML5 app" src="/kolibri/index.html" style="width:1100px;height:800px;border:0"></iframe></body></html>`
	);
	server = createServer((req, res) => {
		const path = new URL(req.url ?? '/', 'http://x').pathname;
		// The browser asks a page's server for its icon; the LMS has none to give.
		if (path === '/favicon.ico') return res.writeHead(204).end();
		const body = files.get(path);
		if (body === undefined) return res.writeHead(404).end('not found');
		res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
	});
	await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
	const a = server.address();
	base = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
	browser = await launch();
}, 600_000);

afterAll(async () => {
	await browser?.close();
	if (server) await closed(server);
});

interface Opened {
	context: BrowserContext;
	page: Page;
	errors: string[];
	requests: string[];
}

async function openPage(path: string): Promise<Opened> {
	const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, serviceWorkers: 'block' });
	const page = await context.newPage();
	const errors: string[] = [];
	const requests: string[] = [];
	page.on('pageerror', (e) => errors.push(`${e.name}: ${e.message}`));
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	// Everything the page asks for, including from its frames (nothing can leave this machine: see
	// the harness's launch).
	context.on('request', (request) => requests.push(request.url()));
	await page.goto(`${base}${path}`, { waitUntil: 'load' });
	return { context, page, errors, requests };
}

async function packageFrame(page: Page, path: string): Promise<Frame> {
	await expect.poll(() => page.frames().some((f) => f.url().includes(path))).toBe(true);
	const frame = page.frames().find((f) => f.url().includes(path))!;
	await frame.waitForFunction(() => !!document.querySelector('article h1') && document.querySelectorAll('fieldset.quiz').length > 0);
	// The quizzes answer only once the page's code runs; a choice made before that is lost.
	await hydrated(frame);
	return frame;
}

/** Answers every quiz: the first one wrong on purpose, the rest right. Returns how many are right. */
async function answerQuizzes(frame: Frame): Promise<{ right: number; total: number }> {
	const sets = frame.locator('fieldset.quiz');
	const total = await sets.count();
	expect(total).toBe(quiz.length);
	let right = 0;
	for (let i = 0; i < total; i++) {
		const set = sets.nth(i);
		const legend = ((await set.locator('legend').textContent()) ?? '').trim();
		const q = quiz.find((x) => x.question === legend)!;
		expect(q, legend).toBeDefined();
		const correct = q.choices.findIndex((c) => c.correct);
		const pick = i === 0 ? (correct + 1) % q.choices.length : correct;
		await set.locator('input[type="radio"]').nth(pick).check();
		await set.getByRole('button', { name: 'Check' }).click();
		await expect.poll(() => set.getAttribute('data-quiz-result')).toBe(pick === correct ? 'right' : 'wrong');
		if (pick === correct) right++;
	}
	return { right, total };
}

type Commit = { status: string; raw: string; min: string; max: string };
const commits = (page: Page) => page.evaluate(() => (window as unknown as { __commits: Commit[] }).__commits);

describe('SCORM 1.2 package in an LMS (scorm-again)', () => {
	it('reports incomplete, then the score, then completed at the end, committing each', async () => {
		const { context, page, errors, requests } = await openPage('/lms.html');
		const frame = await packageFrame(page, '/scorm/index.html');
		expect(new URL(frame.url()).hash).toBe(`#/${SLUG}/`);

		await expect.poll(async () => (await commits(page)).at(-1)?.status).toBe('incomplete');
		const { right, total } = await answerQuizzes(frame);
		const percent = String(Math.round((100 * right) / total));
		await expect.poll(async () => (await commits(page)).at(-1)?.raw).toBe(percent);
		let last = (await commits(page)).at(-1)!;
		expect(last).toEqual({ status: 'incomplete', raw: percent, min: '0', max: '100' });

		await frame.locator('#references-heading').scrollIntoViewIfNeeded();
		await expect.poll(async () => (await commits(page)).at(-1)?.status).toBe('completed');
		last = (await commits(page)).at(-1)!;
		expect(last).toEqual({ status: 'completed', raw: percent, min: '0', max: '100' });
		expect(
			await page.evaluate(() => (window as unknown as { API: { cmi: { core: { lesson_status: string } } } }).API.cmi.core.lesson_status)
		).toBe('completed');

		// Leaving the lesson ends the session.
		await frame.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide')));
		await expect.poll(() => page.evaluate(() => (window as unknown as { __finished: boolean }).__finished)).toBe(true);

		expect(errors).toEqual([]);
		expect(requests.filter((u) => !u.startsWith(base) && !u.startsWith('data:'))).toEqual([]);
		await context.close();
	});

	it('with no LMS, the same launch file runs as a normal page', async () => {
		for (const path of ['/no-lms.html', '/scorm/index.html']) {
			const { context, page, errors, requests } = await openPage(path);
			const frame = path === '/no-lms.html' ? await packageFrame(page, '/scorm/index.html') : page.mainFrame();
			if (frame === page.mainFrame()) await frame.waitForFunction(() => document.querySelectorAll('fieldset.quiz').length > 0);
			await answerQuizzes(frame);
			await frame.locator('#references-heading').scrollIntoViewIfNeeded();
			expect(await frame.locator('article h1').textContent()).toBeTruthy();
			expect(errors, path).toEqual([]);
			expect(
				requests.filter((u) => !u.startsWith(base) && !u.startsWith('data:')),
				path
			).toEqual([]);
			await context.close();
		}
	});
});

describe('Kolibri HTML5 app', () => {
	it('runs in a sandboxed frame (scripts only, no same origin) with nothing fetched', async () => {
		const { context, page, errors, requests } = await openPage('/kolibri.html');
		const frame = await packageFrame(page, '/kolibri/index.html');
		const slider = frame.locator('input[type="range"]').first();
		await slider.waitFor();
		const summary = frame.locator('.summary').first();
		await summary.scrollIntoViewIfNeeded();
		expect(((await summary.textContent()) ?? '').length).toBeGreaterThan(10);
		await answerQuizzes(frame);
		expect(errors).toEqual([]);
		expect(requests.filter((u) => !u.startsWith(base) && !u.startsWith('data:'))).toEqual([]);
		// Only the host page and the app's one file were requested.
		expect(new Set(requests.filter((u) => u.startsWith(base)).map((u) => new URL(u).pathname))).toEqual(
			new Set(['/kolibri.html', '/kolibri/index.html'])
		);
		await context.close();
	});
});
