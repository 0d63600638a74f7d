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
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
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

/**
 * The tests' copy of the compiled messages in one module. Paraglide writes one module per message
 * (1,166 of them), so that a page's code carries only the messages it uses. The tests gain nothing from
 * that and pay for it: Vitest runs each module of a test's imports through its module runner, and
 * importing the messages took 5 s per worker process (measured: the figure registry, which the e2e
 * tests read, imported in 4.8 s, of which 4.7 s were the messages; 0.4 s from one module). So under
 * Vitest, paraglide/messages.js gets its messages from one bundle of them, built from the compiled
 * output once per compile (its first line names the stamp it was built from). The site's build never
 * sees it. The bundle imports the runtime from src/lib/paraglide/, as every other module does, so the
 * tests still share one runtime (one current locale).
 * @returns {import('vite').Plugin}
 */
export function messagesInOneModule() {
	const index = join(OUTDIR, 'messages.js');
	/** @type {Promise<string | null> | undefined} */
	let bundled;
	return {
		name: 'engram:messages-in-one-module',
		enforce: 'pre',
		resolveId(id, importer) {
			if (!process.env.VITEST || id !== './messages/_index.js' || !importer || resolve(importer) !== index) return null;
			bundled ??= bundleMessages();
			return bundled;
		}
	};
}

const BUNDLE = join(ROOT, '.svelte-kit-vitest', 'paraglide-messages.js');

/** Builds BUNDLE from the compiled messages unless it matches them already; its path, or null to use the modules. */
async function bundleMessages() {
	if (!existsSync(STAMP)) return null;
	const header = `// Built by scripts/paraglide.mjs from ${readFileSync(STAMP, 'utf8')}\n`;
	if (existsSync(BUNDLE) && readFileSync(BUNDLE, 'utf8').startsWith(header)) return BUNDLE;
	const { build } = await import('vite');
	const shared = /^\.\.\/(runtime|registry)\.js$/;
	const output = await build({
		configFile: false,
		logLevel: 'silent',
		root: ROOT,
		build: {
			write: false,
			minify: false,
			lib: { entry: join(OUTDIR, 'messages', '_index.js'), formats: ['es'] },
			rolldownOptions: { external: (id) => shared.test(id) }
		}
	});
	const chunk = [output]
		.flat()
		.flatMap((o) => ('output' in o ? o.output : []))
		.find((c) => c.type === 'chunk' && c.isEntry);
	if (!chunk || !('code' in chunk)) return null;
	// The runtime and registry as the bundle's folder sees them.
	const code = chunk.code.replace(/(["'])\.\.\/(runtime|registry)\.js\1/g, (_, q, name) =>
		JSON.stringify(relative(dirname(BUNDLE), join(OUTDIR, `${name}.js`)))
	);
	// Every message the modules export, or the modules stay in use.
	const exported = readFileSync(join(OUTDIR, 'messages', '_index.js'), 'utf8').match(/^export \* from/gm)?.length ?? 0;
	if (exported === 0 || chunk.exports.length !== exported) return null;
	mkdirSync(dirname(BUNDLE), { recursive: true });
	// Written whole, then renamed: the unit and e2e tests may build it at the same time.
	const partial = `${BUNDLE}.${process.pid}`;
	writeFileSync(partial, header + code);
	renameSync(partial, BUNDLE);
	return BUNDLE;
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
