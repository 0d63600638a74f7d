#!/usr/bin/env node
/**
 * `npm test`: every check; any failing step stops the run.
 *   1. `svelte-kit sync` (the generated types every later step reads), then at the same time:
 *      lint (`npm run lint`), formatting (`npm run format:check`), type check (`npm run check`) and
 *      unit tests (Vitest). None writes what another reads (sync writes a file only when it changes),
 *      and on two cores the single-threaded ones fill the gaps of the others. Each step's output is
 *      printed whole, under its title, when it ends.
 *   2. production build (`npm run build`: the hosted site, then the one-file offline site in it)
 *   3. Chromium (found, or installed from Debian when running as root)
 *   4. end-to-end tests against the built site in headless Chromium (files in parallel)
 * Ends with one line "N passed, N failed" counting every test.
 * ENGRAM_SKIP_E2E=1 stops after the build (for quick local loops).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './chromium.mjs';
import { localBin, requireNodeModules } from './bin.mjs';

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

/** Runs one of package.json's scripts: npm puts node_modules/.bin first on PATH, and installs nothing. */
function script(title, name) {
	console.log(`\n── ${title} (npm run ${name}) ──`);
	const t0 = Date.now();
	const r = spawnSync('npm', ['run', '--silent', name], { stdio: 'inherit' });
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

// Generated types first: the type check and the build would otherwise both write them.
if (!step('Generated types (svelte-kit sync)', 'svelte-kit', ['sync'])) finish(false);
const checksOk = await together([
	npmScript('Lint (ESLint)', 'lint'),
	npmScript('Formatting (Prettier)', 'format:check'),
	npmScript('Type check', 'check'),
	tool('Unit tests', 'vitest', vitest(undefined, `${reports}/unit.json`))
]);
count(`${reports}/unit.json`);
if (!checksOk) finish(false);

// The build alone: its second (offline) pass once failed to find its own server output while the
// checks ran beside it on a heavily loaded machine; until that is understood it does not share.
if (!script('Production build', 'build')) finish(false);

if (process.env.ENGRAM_SKIP_E2E) finish(true);

console.log('\n── Chromium ──');
try {
	console.log(`   using ${ensureChromium()}`);
} catch (e) {
	console.error(`   ${e.message}`);
	finish(false);
}

const e2eOk = step('End-to-end tests (Chromium)', 'vitest', vitest('vitest.e2e.config.ts', `${reports}/e2e.json`));
count(`${reports}/e2e.json`);
finish(e2eOk);
