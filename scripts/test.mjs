#!/usr/bin/env node
/**
 * `npm test`: every check, in order, each step stopping the run if it fails.
 *   1. lint (`npm run lint`), formatting (`npm run format:check`), type check (`npm run check`)
 *   2. unit tests (Vitest)
 *   3. production build (`npm run build`: the hosted site, then the one-file offline site in it)
 *   4. Chromium (found, or installed from Debian when running as root)
 *   5. end-to-end tests against the built site in headless Chromium (files in parallel)
 * Ends with one line "N passed, N failed" counting every test.
 * ENGRAM_SKIP_E2E=1 stops after the build (for quick local loops).
 */
import { spawnSync } from 'node:child_process';
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

/** Runs one of the project's own tools (node_modules, never npx). */
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

if (!script('Lint (ESLint)', 'lint')) finish(false);
if (!script('Formatting (Prettier)', 'format:check')) finish(false);
if (!script('Type check', 'check')) finish(false);

const unitOk = step('Unit tests', 'vitest', vitest(undefined, `${reports}/unit.json`));
count(`${reports}/unit.json`);
if (!unitOk) finish(false);

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
