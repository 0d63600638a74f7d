/**
 * Running the project's own command-line tools (vite, vitest, svelte-kit, svelte-check) from
 * node_modules, never through `npx`: when a local tool is missing, npx looks the name up in the
 * registry and, with no terminal to ask (CI), installs whatever package has it — `svelte-kit` there
 * is not @sveltejs/kit. Here a missing tool is a clear error before anything runs.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_KIT_DIR } from './paths.mjs';

/** The repository root (where package.json and node_modules are). */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The tools we run, by command: the package that provides each. */
const PACKAGE_OF = {
	vite: 'vite',
	vitest: 'vitest',
	'svelte-kit': '@sveltejs/kit',
	'svelte-check': 'svelte-check'
};

export const MISSING_MODULES =
	'node_modules is missing or incomplete: install the exact dependencies first with\n' +
	'    npm ci\n' +
	'(this script never installs anything itself).';

/** Stops the process with a clear message unless node_modules holds every tool we run. */
export function requireNodeModules({ exit = true } = {}) {
	const missing = Object.values(PACKAGE_OF).filter((pkg) => !existsSync(join(ROOT, 'node_modules', pkg, 'package.json')));
	if (missing.length === 0) return true;
	const message = `${MISSING_MODULES}\nNot found: ${missing.join(', ')}.`;
	if (!exit) throw new Error(message);
	console.error(`\n${message}\n`);
	process.exit(1);
}

/**
 * `[node, <the tool's own script>]` for a command such as "vite": run it with
 * spawnSync(cmd, [...args, ...yourArgs]). Throws (with how to fix it) when the tool is not installed.
 * @param {keyof typeof PACKAGE_OF} command
 * @returns {[string, string]}
 */
export function localBin(command) {
	const pkg = PACKAGE_OF[command];
	if (!pkg) throw new Error(`Unknown tool "${command}".`);
	const manifest = join(ROOT, 'node_modules', pkg, 'package.json');
	if (!existsSync(manifest)) throw new Error(`${MISSING_MODULES}\nNot found: ${pkg}.`);
	const { bin } = JSON.parse(readFileSync(manifest, 'utf8'));
	const rel = typeof bin === 'string' ? bin : bin?.[command];
	if (!rel) throw new Error(`${pkg} has no "${command}" command.`);
	return [process.execPath, join(ROOT, 'node_modules', pkg, rel)];
}

/**
 * Runs `cmd` with `args`, its output straight to ours, without blocking this process (other work goes
 * on meanwhile). Resolves when it succeeds; rejects with the spawn error when it cannot start, and
 * with an Error saying so when it exits non-zero or is still running after `timeout` ms (it is then
 * sent `killSignal`). No time limit without `timeout`.
 * @param {string} cmd
 * @param {string[]} args
 * @param {{ env?: NodeJS.ProcessEnv, cwd?: string, timeout?: number, killSignal?: NodeJS.Signals }} [options]
 * @returns {Promise<void>}
 */
export function runCommand(cmd, args, { env = process.env, cwd, timeout, killSignal = 'SIGTERM' } = {}) {
	return new Promise((done, fail) => {
		const child = spawn(cmd, args, { stdio: 'inherit', env, cwd });
		let timedOut = false;
		const timer =
			timeout === undefined
				? undefined
				: setTimeout(() => {
						timedOut = true;
						child.kill(killSignal);
					}, timeout);
		child.on('error', (e) => {
			clearTimeout(timer);
			fail(e);
		});
		child.on('close', (code) => {
			clearTimeout(timer);
			if (code === 0 && !timedOut) done();
			else fail(new Error(timedOut ? `${cmd} ${args[0]} took longer than ${timeout / 1000} s` : `${cmd} ${args[0]} exited with ${code}`));
		});
	});
}

/**
 * Runs one of the tools with `args` (runCommand): two can run at once. Resolves when it succeeds;
 * rejects with `failure` when it fails, and with the reason too when it cannot start.
 * @param {keyof typeof PACKAGE_OF} command
 * @param {string[]} args
 * @param {{ env?: NodeJS.ProcessEnv, cwd?: string, failure?: string }} [options]
 * @returns {Promise<void>}
 */
export function runTool(command, args, { env = process.env, cwd, failure = `${command} failed.` } = {}) {
	const [node, script] = localBin(command);
	return runCommand(node, [script, ...args], { env, cwd }).catch((e) => {
		// A spawn error (it did not start) carries a code such as ENOENT; a failed run is the tool's own output.
		throw new Error(e.code ? `${failure} ${e.message}` : failure);
	});
}

/**
 * Writes SvelteKit's generated tsconfig (`svelte-kit sync`) into the folder tsconfig.json extends, when
 * it is not there (a fresh clone). Vite's TypeScript transform reads tsconfig.json, and stops with
 * "Tsconfig not found" when the file it extends is missing. Each `vite build` syncs its own working
 * folder as it starts, but the two passes of `npm run build` start together, so the offline pass could
 * reach its first .ts file before the hosted pass had written the file; and a build into another
 * working folder (ENGRAM_KIT_DIR, as the bench uses) never writes it. Hence once, before either starts.
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv }} [options]
 */
export async function ensureKitTsconfig({ cwd = process.cwd(), env: from = process.env } = {}) {
	if (existsSync(join(cwd, DEFAULT_KIT_DIR, 'tsconfig.json'))) return;
	// Without the variables that move it (another working folder; Vitest's, the offline pass's own),
	// svelte.config.js syncs into its default folder, the one tsconfig.json names.
	const env = { ...from };
	for (const name of ['ENGRAM_KIT_DIR', 'VITEST', 'ENGRAM_OFFLINE_ROUTES']) delete env[name];
	await runTool('svelte-kit', ['sync'], { env, cwd, failure: 'svelte-kit sync (the generated tsconfig the build reads) failed.' });
}
