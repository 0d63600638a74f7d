/**
 * Paraglide JS compiles messages/<locale>.json into typed message functions in src/lib/paraglide/
 * (generated, git-ignored). Compiled by the Vite plugin below (dev and build), by `npm run check`
 * before svelte-check (which does not run Vite), and by the unit tests' global setup
 * (vite.config.ts), each time only if the messages, the project settings or these options changed
 * since the last compile (a stamp in the output): one compile takes about ten seconds here.
 * The compile runs in a child process, because the inlang SDK keeps a process alive for half a
 * minute after it is done.
 *
 * English stays unprefixed at "/", Spanish under "/es/" (a prefixed default locale breaks the static
 * host's fallback page): the locale comes from the URL alone. Paraglide's own "url" strategy reads it
 * when prerendering (paths from the site root); in the browser "custom-sitePath" (src/hooks.client.ts)
 * reads it relative to the app's root, since the built site also works under any sub-path and from
 * the one-file offline build's hash links, which the url patterns cannot see.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MESSAGES = join(ROOT, 'messages');
const SETTINGS = join(ROOT, 'project.inlang', 'settings.json');

/** @type {import('@inlang/paraglide-js').CompilerOptions} */
export const paraglideOptions = {
	project: './project.inlang',
	outdir: './src/lib/paraglide',
	strategy: ['custom-sitePath', 'url', 'baseLocale'],
	emitGitIgnore: false,
	emitPrettierIgnore: false
};

const OUTDIR = join(ROOT, paraglideOptions.outdir);
const STAMP = join(OUTDIR, '.stamp');

/** A hash of everything the output depends on. */
function stamp() {
	const hash = createHash('sha256');
	hash.update(JSON.stringify(paraglideOptions));
	hash.update(readFileSync(join(ROOT, 'node_modules', '@inlang', 'paraglide-js', 'package.json')));
	hash.update(readFileSync(SETTINGS));
	for (const file of readdirSync(MESSAGES).sort()) hash.update(file).update(readFileSync(join(MESSAGES, file)));
	return hash.digest('hex');
}

/** Whether src/lib/paraglide/ matches the messages as they are now. */
export function upToDate() {
	return existsSync(STAMP) && readFileSync(STAMP, 'utf8') === stamp();
}

/** Compiles in this process (the child started by compileMessages). */
async function compileHere() {
	const { compile } = await import('@inlang/paraglide-js');
	await compile({ ...paraglideOptions, project: join(ROOT, 'project.inlang'), outdir: OUTDIR });
	writeFileSync(STAMP, stamp());
}

/** Compiles in a child process unless up to date; throws with the compiler's output if it fails. */
export function compileMessages({ force = false } = {}) {
	if (!force && upToDate()) return false;
	const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--here'], { cwd: ROOT, encoding: 'utf8' });
	if (r.status !== 0) throw new Error(`Paraglide could not compile messages/:\n${r.stdout}${r.stderr}`);
	return true;
}

/** The unit tests' global setup. */
export default function setup() {
	compileMessages();
}

/**
 * The Vite plugin: compiles before a build or the dev server starts, and again (then reloads the
 * page) when a message file or the project settings change under `vite dev`.
 * @returns {import('vite').Plugin}
 */
export function paraglide() {
	return {
		name: 'engram:paraglide',
		buildStart() {
			compileMessages();
		},
		configureServer(server) {
			server.watcher.add([MESSAGES, SETTINGS]);
			server.watcher.on('change', (file) => {
				if (!file.startsWith(MESSAGES) && file !== SETTINGS) return;
				compileMessages();
				server.ws.send({ type: 'full-reload' });
			});
		}
	};
}

// `node scripts/paraglide.mjs`: compile if anything changed (`npm run check`); `--here`: the child.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	if (process.argv.includes('--here')) {
		await compileHere();
		// The SDK leaves the process waiting for ~30 s after it is done.
		process.exit(0);
	}
	compileMessages();
}
