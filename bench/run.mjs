#!/usr/bin/env node
/**
 * `npm run bench`: builds the site, serves it on 127.0.0.1 and prints, per page and figure:
 *   first-view JavaScript (gzipped) and total bytes; slider-to-chart median and p95 over >= 50
 *   input events per slider; each model's own run time; Lighthouse (mobile) scores with LCP, TBT
 *   and CLS; and the build time. Writes the same figures to bench/results.json (git-ignored).
 * It prints and never fails on a missed goal: the goals are shown beside the numbers.
 *
 *   node bench/run.mjs [--no-build] [--no-sliders] [--no-models] [--no-lighthouse] [--steps 50]
 *                      [--pages /,/teach/,/embed/x/y/] [--files] [--runs 1]
 * --pages measures only those pages (site paths, comma-separated); --files lists each page's
 * first-view scripts by gzipped size (what to cut next); --runs measures each page that many times
 * with Lighthouse and keeps its median run (3 or 5 for figures to quote: see lib/lighthouse.mjs).
 * Uses ENGRAM_BUILD_DIR / ENGRAM_KIT_DIR (default build-bench / .svelte-kit-bench), so it never
 * overwrites anyone's build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { startServer } from '../scripts/serve.mjs';
import { localBin } from '../scripts/bin.mjs';
import { BUILD_DIR, KIT_DIR } from '../scripts/paths.mjs';
import { benchModels, loadSource } from './lib/models.mjs';
import { discoverPages, launch, sliderTimes, weigh } from './lib/pages.mjs';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const stringOption = (name) => {
	const i = args.indexOf(name);
	return i >= 0 ? (args[i + 1] ?? '') : null;
};
const option = (name, fallback) => {
	const i = args.indexOf(name);
	return i >= 0 ? Number(args[i + 1]) : fallback;
};
const STEPS = Math.max(50, option('--steps', 50));

// Lighthouse has its own package.json in bench/ (about 200 packages the site's install does without).
if (!flag('--no-lighthouse') && !existsSync(new URL('./node_modules/lighthouse/package.json', import.meta.url))) {
	console.error('Lighthouse is not installed: run "npm run bench:install" first (or pass --no-lighthouse).');
	process.exit(1);
}
// Its own folders unless told otherwise (ENGRAM_BUILD_DIR / ENGRAM_KIT_DIR), so it never overwrites anyone's build.
const buildDir = process.env.ENGRAM_BUILD_DIR ? BUILD_DIR : 'build-bench';
const kitDir = process.env.ENGRAM_KIT_DIR ? KIT_DIR : '.svelte-kit-bench';
const env = { ...process.env, ENGRAM_BUILD_DIR: buildDir, ENGRAM_KIT_DIR: kitDir };

// Issue 14: first-view JS <= 100 KB gzipped on every page and <= 60 KB on every embed; Lighthouse
// mobile performance 100 (no page under 95), TBT <= 100 ms, CLS 0.
export const GOALS = { articleJsGzipKb: 100, embedJsGzipKb: 60, sliderP95Ms: 8, lighthouse: 100, lighthouseFloor: 95, tbtMs: 100, cls: 0 };

const log = (...a) => console.error(...a);
const kb = (bytes) => (bytes / 1024).toFixed(1);
const started = Date.now();

// ── Build ──
let buildSeconds = null;
if (!flag('--no-build')) {
	log(`Building into ${buildDir}/ ...`);
	const t0 = Date.now();
	const [node, vite] = localBin('vite');
	const r = spawnSync(node, [vite, 'build', '--logLevel', 'error'], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
	if (r.status !== 0) {
		log(`${r.stdout}\n${r.stderr}\nThe build failed; nothing to measure.`);
		process.exit(1);
	}
	buildSeconds = (Date.now() - t0) / 1000;
}
if (!existsSync(`${buildDir}/index.html`)) {
	log(`No built site in ${buildDir}/ (drop --no-build).`);
	process.exit(1);
}

const server = await startServer({ dir: buildDir, port: 0 });
const browser = await launch();
// The articles are the slugs src/lib/articles.ts lists.
const { SLUGS: slugs } = await loadSource('src/lib/articles.ts');
const only = stringOption('--pages')?.split(',').filter(Boolean);
const pages = discoverPages(buildDir, slugs).filter((p) => !only || only.includes(p.path));
if (only && pages.length < only.length) log(`Not in the build: ${only.filter((p) => !pages.some((q) => q.path === p)).join(', ')}`);
const results = {
	date: new Date().toISOString(),
	commit: spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim(),
	machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version },
	goals: GOALS,
	buildSeconds,
	pages: [],
	figures: [],
	models: [],
	lighthouse: [],
	errors: []
};

try {
	// ── Weight ──
	log(`Weighing ${pages.length} pages ...`);
	for (const { path, kind } of pages) {
		const w = await weigh(browser, buildDir, server.url, path);
		results.pages.push({ path, kind, ...w });
	}

	// ── Slider to chart (article pages hold every figure; embeds repeat them) ──
	for (const { path } of flag('--no-sliders') ? [] : pages.filter((p) => p.kind === 'article')) {
		log(`Sliding every slider on ${path} (${STEPS} steps each) ...`);
		const { figures, errors } = await sliderTimes(browser, server.url, path, { steps: STEPS });
		results.figures.push(...figures);
		results.errors.push(...errors.map((e) => `${path}: ${e}`));
	}

	// ── Models ──
	log('Timing each model in Node ...');
	if (!flag('--no-models')) results.models = await benchModels({ steps: STEPS });

	// ── Lighthouse ──
	if (!flag('--no-lighthouse')) {
		log('Lighthouse (mobile) ...');
		// Every page, embeds included (--no-embed-lighthouse skips them: ~12 s each).
		const urls = pages
			.filter((p) => p.kind !== 'embed' || !flag('--no-embed-lighthouse'))
			.map((p) => new URL(p.path.slice(1), server.url).href);
		const { runLighthouse } = await import('./lib/lighthouse.mjs');
		results.lighthouse = await runLighthouse(urls, { log, runs: Math.max(1, option('--runs', 1)) });
		for (const l of results.lighthouse) l.path = new URL(l.url).pathname;
	}
} finally {
	await browser.close();
	await server.close();
}
results.benchSeconds = Math.round((Date.now() - started) / 1000);
writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');

// ── Print ──
function table(title, head, rows) {
	const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
	const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
	console.log(`\n${title}`);
	console.log(line(head));
	console.log(widths.map((w) => '─'.repeat(w)).join('  '));
	for (const r of rows) console.log(line(r));
}
const mark = (ok) => (ok ? 'ok' : 'MISSED');

console.log(`\nEngram bench · ${results.date} · commit ${results.commit} · ${results.machine.cpus} cores · Node ${process.version}`);
console.log(`Build: ${buildSeconds === null ? 'skipped' : `${buildSeconds.toFixed(1)} s`} (vite build, prerender included)`);

table(
	`Weight per page (gzip -6). Goal: first-view JS <= ${GOALS.articleJsGzipKb} KB gzipped on every page, <= ${GOALS.embedJsGzipKb} KB on embeds`,
	['page', 'JS gz KB', 'JS raw KB', 'JS files', 'all gz KB', 'all raw KB', 'JS gz after scroll', 'goal'],
	results.pages.map((p) => [
		p.path,
		kb(p.first.jsGzip),
		kb(p.first.jsRaw),
		p.first.jsFiles,
		kb(p.first.totalGzip),
		kb(p.first.totalRaw),
		kb(p.full.jsGzip),
		mark(p.first.jsGzip / 1024 <= (p.kind === 'embed' ? GOALS.embedJsGzipKb : GOALS.articleJsGzipKb))
	])
);
if (flag('--files')) {
	for (const p of results.pages) {
		console.log(`\n${p.path} first-view scripts (gzip KB):`);
		for (const s of [...p.first.scripts].sort((a, b) => b.gzip - a.gzip)) console.log(`  ${kb(s.gzip).padStart(6)}  ${s.file}`);
	}
}

table(
	`Slider input -> every chart of the figure updated (ms, ${STEPS} steps per slider). Goal: p95 <= ${GOALS.sliderP95Ms} ms`,
	['page / figure', 'sliders', 'steps', 'median', 'p95', 'max', 'no update', 'slowest slider (p95)', 'goal'],
	results.figures.map((f) => {
		// Figures that run only after Start (their charts follow a worker, not the sliders).
		if (f.sliders.every((s) => s.idle)) return [`${f.page}#${f.figure}`, f.sliders.length, 0, '', '', '', '', 'idle until Start', 'n/a'];
		const slow = [...f.sliders].sort((a, b) => b.p95 - a.p95)[0];
		return [
			`${f.page}#${f.figure}`,
			f.sliders.length,
			f.n,
			f.median,
			f.p95,
			f.max,
			f.missed,
			slow ? `${slow.key} ${slow.p95}` : '',
			mark(f.p95 <= GOALS.sliderP95Ms && f.missed === 0)
		];
	})
);

table(
	'Model run time alone (ms, in Node; every parameter swept over its range, others at default)',
	['model', 'params', 'runs', 'median', 'p95', 'max'],
	results.models.map((m) => (m.error ? [m.model, 'load error', m.error, '', '', ''] : [m.model, m.params, m.runs, m.median, m.p95, m.max]))
);

if (results.lighthouse.length) {
	table(
		`Lighthouse 12.8.2, mobile${results.lighthouse[0]?.runs > 1 ? `, median of ${results.lighthouse[0].runs} runs (TBT: median, then the range)` : ''}. Goals: performance ${GOALS.lighthouse} (never under ${GOALS.lighthouseFloor}), TBT <= ${GOALS.tbtMs} ms, CLS ${GOALS.cls} (issue 14); ${GOALS.lighthouse} in all four categories (the project's own). CPU index: Lighthouse's benchmark of the machine during the run (higher is faster; compare days at a like index)`,
		['page', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP ms', 'TBT ms', 'CLS', 'load avg', 'CPU index', 'perf=100', 'TBT', 'CLS ', 'all four'],
		results.lighthouse.map((l) =>
			l.error
				? [l.path ?? l.url, 'error', l.error, '', '', '', '', '', '', '', 'MISSED', '', '', '']
				: [
						l.path,
						l.performance,
						l.accessibility,
						l.bestPractices,
						l.seo,
						l.lcpMs,
						l.tbtRuns?.length > 1 ? `${l.tbtMs} (${Math.min(...l.tbtRuns)}-${Math.max(...l.tbtRuns)})` : l.tbtMs,
						l.cls,
						l.loadAverage,
						l.benchmarkIndex,
						mark(l.performance === GOALS.lighthouse),
						mark(l.tbtMs <= GOALS.tbtMs),
						mark(l.cls <= GOALS.cls),
						mark([l.performance, l.accessibility, l.bestPractices, l.seo].every((s) => s === GOALS.lighthouse))
					]
		)
	);
	const failing = results.lighthouse.flatMap((l) => (l.failing ?? []).map((f) => `  ${l.path}: ${f}`));
	if (failing.length) console.log(`\nLighthouse audits below 1:\n${failing.join('\n')}`);
	const lcp = results.lighthouse.filter((l) => l.lcpElement);
	if (lcp.length) console.log(`\nLargest contentful paint element:\n${lcp.map((l) => `  ${l.path}: ${l.lcpElement}`).join('\n')}`);
}
if (results.errors.length) console.log(`\nPage errors while benchmarking:\n  ${results.errors.join('\n  ')}`);
console.log(`\nWrote bench/results.json (${results.benchSeconds} s in all).`);
