#!/usr/bin/env node
/**
 * `npm test`: every check, with both cores busy from start to end.
 *   1. the compiled messages (Paraglide) and `svelte-kit sync` (generated code every later step reads);
 *   2. then all at the same time: lint (`npm run lint`), formatting (`npm run format:check`), the type
 *      check (svelte-check), the unit tests (Vitest) and the production build (`npm run build`: the
 *      hosted site, then the one-file offline site in it);
 *   3. as soon as the build is done, while the checks may still run: the end-to-end tests against the
 *      built site (files in parallel), in a Chromium found, or installed from Debian when running as
 *      root (the install starts with step 2 and runs beside it).
 * Each step's output is printed whole, under its title, when it ends. Ends with one line
 * "N passed, N failed" counting every test; any failed step fails the run.
 * ENGRAM_SKIP_E2E=1 stops after the build (for quick local loops).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './chromium.mjs';
import { localBin, requireNodeModules } from './bin.mjs';
import { compileMessages } from './paraglide.mjs';

// Before anything else: without node_modules every step would fail, and must not install.
requireNodeModules();

const started = Date.now();
const reports = 'test-results';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };

/** Runs one of the project's own tools (node_modules, never npx), its output straight to ours. */
function step(title, tool, args, env = {}) {
	console.log(`\n── ${title} ──`);
	const t0 = Date.now();
	const [cmd, script] = localBin(tool);
	const r = spawnSync(cmd, [script, ...args], { stdio: 'inherit', env: { ...process.env, ...env } });
	console.log(`   (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
	return r.status === 0;
}

/**
 * Starts a step in the background: `[cmd, ...args]` with its output (stdout and stderr, in order) kept
 * until it ends. Resolves to { title, ok, output, seconds }.
 */
function background(title, cmd, args) {
	const t0 = Date.now();
	return new Promise((resolve) => {
		// Colours as on a terminal when ours is one (the output is piped, so tools would drop them).
		const env = process.stdout.isTTY ? { ...process.env, FORCE_COLOR: '1' } : process.env;
		const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
		const chunks = [];
		child.stdout.on('data', (d) => chunks.push(d));
		child.stderr.on('data', (d) => chunks.push(d));
		const end = (ok, extra = '') =>
			resolve({ title, ok, output: Buffer.concat(chunks).toString() + extra, seconds: (Date.now() - t0) / 1000 });
		child.on('error', (e) => end(false, `\n${e.message}\n`));
		child.on('close', (code) => end(code === 0));
	});
}

/** One of package.json's scripts in the background. */
const npmScript = (title, name) => background(`${title} (npm run ${name})`, 'npm', ['run', '--silent', name]);
/** One of the project's own tools in the background (node_modules, never npx). */
const tool = (title, name, args) => {
	const [cmd, script] = localBin(name);
	return background(title, cmd, [script, ...args]);
};

/** Runs steps at the same time; prints each one's output as it ends; true if all passed. */
async function together(steps) {
	let ok = true;
	await Promise.all(
		steps.map((p) =>
			p.then((r) => {
				console.log(`\n── ${r.title} ──`);
				process.stdout.write(r.output.endsWith('\n') || r.output === '' ? r.output : `${r.output}\n`);
				console.log(`   (${r.seconds.toFixed(1)} s${r.ok ? '' : ', FAILED'})`);
				ok &&= r.ok;
			})
		)
	);
	return ok;
}

function count(file) {
	try {
		const json = JSON.parse(readFileSync(file, 'utf8'));
		totals.passed += json.numPassedTests ?? 0;
		totals.failed += json.numFailedTests ?? 0;
		totals.skipped += (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
	} catch {
		// A run that crashed before writing its report counts as one failure.
		totals.failed += 1;
	}
}

function finish(ok) {
	const seconds = ((Date.now() - started) / 1000).toFixed(0);
	console.log(`\nAll steps took ${seconds} s.`);
	if (!ok && totals.failed === 0) totals.failed = 1;
	console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
	process.exit(ok ? 0 : 1);
}

const vitest = (config, report) => [
	'run',
	...(config ? ['--config', config] : []),
	'--reporter=default',
	'--reporter=json',
	`--outputFile.json=${report}`
];

// Generated code first, once: the compiled messages (Paraglide) and SvelteKit's generated types, which
// every later step reads. Each later step would otherwise compile or sync on its own, at the same time.
console.log('\n── Messages and generated types (paraglide, svelte-kit sync) ──');
try {
	compileMessages();
} catch (e) {
	console.error(e.message);
	finish(false);
}
if (!step('Generated types (svelte-kit sync)', 'svelte-kit', ['sync'])) finish(false);

/**
 * The end-to-end tests, once the build is there and Chromium is found (or installed: `chromium`), then
 * the suite. They start while the slower checks still run, so the two cores stay busy (much of a
 * browser test is waiting on the page).
 */
async function endToEnd(built, chromium) {
	const build = await built;
	if (!build.ok || process.env.ENGRAM_SKIP_E2E)
		return { title: 'End-to-end tests (Chromium)', ok: build.ok, output: '', seconds: 0, skipped: true };
	let path;
	try {
		path = await chromium;
	} catch (e) {
		return { title: 'End-to-end tests (Chromium)', ok: false, output: `${e.message}\n`, seconds: 0 };
	}
	const r = await tool('End-to-end tests (Chromium)', 'vitest', vitest('vitest.e2e.config.ts', `${reports}/e2e.json`));
	return { ...r, output: `using ${path}\n${r.output}` };
}

// Everything else at the same time: the checks, and the build followed by the end-to-end tests. No
// step writes what another reads: the build writes build/ and .svelte-kit/ (the offline pass
// .svelte-kit-offline/), which the checks ignore; the unit tests' Vite writes its generated files in
// .svelte-kit-vitest/ (svelte.config.js); the type check runs svelte-check alone, as the generated
// types are already there.
// The type check's TypeScript is tsgo (@typescript/native-preview, the native port of the compiler;
// svelte-check hands it the components it translated, in .svelte-kit/.svelte-check/): the same
// diagnostics (a type error in a .ts file and in a component, and the compiler's own warnings, were
// checked to fail it) for 11 core-seconds instead of 27. The same arguments as `npm run check`.
const CHECK_ARGS = ['--tsgo', '--tsconfig', './tsconfig.json', '--fail-on-warnings', '--threshold', 'warning'];
// Chromium first: on a machine without it, apt-get downloads and unpacks it (measured here: 9 s, 12
// core-s) while the checks and the build run, rather than after the build, when the tests would wait
// for it. What apt-get prints comes first; a failure is reported by the end-to-end step, which needs it.
const chromium = process.env.ENGRAM_SKIP_E2E ? Promise.resolve('') : ensureChromium({ kind: 'shell' });
chromium.catch(() => {});
const built = npmScript('Production build', 'build');
const ok = await together([
	npmScript('Lint (ESLint)', 'lint'),
	npmScript('Formatting (Prettier)', 'format:check'),
	tool('Type check (svelte-check)', 'svelte-check', CHECK_ARGS),
	tool('Unit tests', 'vitest', vitest(undefined, `${reports}/unit.json`)),
	built,
	endToEnd(built, chromium)
]);
count(`${reports}/unit.json`);
if (!process.env.ENGRAM_SKIP_E2E) count(`${reports}/e2e.json`);
finish(ok);
