/// <reference types="vitest/config" />
/**
 * `npm run build:offline`: the whole site as one HTML file that opens from disk (file://).
 *
 * The same app, built a second way (svelte.config.js reads ENGRAM_OFFLINE): hash router
 * (`#/slug/` links) and every script and style inlined into one index.html.
 * - Page options (`prerender`, `trailingSlash`, `entries`, `csr`, `ssr`) are not allowed with
 *   the hash router, so their `export` is dropped from the routes' +page/+layout modules, in this
 *   build only: a Vite transform for the bundles, and the same edit applied to the source text
 *   SvelteKit reads from disk for its static page-option analysis (it uses fs.readFileSync).
 * - The finished file, with its icon inlined, is written to offline/engram-offline.html.
 */
import fs, { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { frontmatter } from './scripts/vite-frontmatter.mjs';
import { embedIntegrity } from './scripts/vite-embed-integrity.mjs';

process.env.ENGRAM_OFFLINE = '1';
const siteDir = process.env.ENGRAM_OFFLINE_DIR || 'offline/site';
export const OFFLINE_FILE = process.env.ENGRAM_OFFLINE_FILE || 'offline/engram-offline.html';

const PAGE_OPTIONS = /\bexport\s+(const|let|var|function|async\s+function)\s+(prerender|trailingSlash|entries|csr|ssr)\b/g;
const ROUTE_MODULE = /\/src\/routes\/.*\+(page|layout)\.(ts|js)$/;

/** `export const prerender = true` -> `const prerender = true` (valid JS and TS, nothing exported). */
function stripPageOptions(code: string): string {
	return code.replace(PAGE_OPTIONS, (_m, kind: string, name: string) => `${kind} ${name}`);
}

// SvelteKit's static analysis of page options reads route files synchronously from disk.
const readFileSync = fs.readFileSync;
fs.readFileSync = function (this: unknown, ...args: Parameters<typeof readFileSync>) {
	const out = readFileSync.apply(this, args);
	const file = typeof args[0] === 'string' ? args[0].replaceAll('\\', '/') : '';
	return typeof out === 'string' && ROUTE_MODULE.test(file) ? stripPageOptions(out) : out;
} as typeof readFileSync;

/** The same edit on the modules Vite bundles. */
function dropPageOptions(): Plugin {
	return {
		name: 'engram:drop-page-options',
		enforce: 'post',
		transform(code, id) {
			const file = id.split('?')[0];
			if (!ROUTE_MODULE.test(file)) return null;
			const out = stripPageOptions(code);
			return out === code ? null : { code: out, map: null };
		}
	};
}

/** The offline file must not offer (and embed) an older copy of itself. */
function noSelfEmbed(): Plugin {
	return {
		name: 'engram:offline-file-stub',
		enforce: 'pre',
		load(id) {
			if (id.split('?')[0].endsWith('/src/lib/offline/file.ts')) {
				return 'export const offlineFileUrl = undefined; export const offlineFileHref = () => undefined;';
			}
			// No worker file beside a single file: the simulation worker is inlined (src/lib/sim/spawn-inline.ts).
			if (id.split('?')[0].endsWith('/src/lib/sim/spawn.ts')) {
				return "export { spawnSimWorker } from './spawn-inline';";
			}
			return null;
		}
	};
}

/** app.html links the icon from the site root, which does not exist on disk: inline it. */
function inlineIcon(html: string): string {
	const svg = fs.readFileSync('static/favicon.svg', 'utf8');
	const uri = `data:image/svg+xml,${encodeURIComponent(svg)}`;
	return html.replace(/href="[^"]*favicon\.svg"/, `href="${uri}"`);
}

function copyResult(): Plugin {
	return {
		name: 'engram:offline-copy',
		apply: 'build',
		closeBundle: {
			order: 'post',
			sequential: true,
			handler() {
				const built = join(siteDir, 'index.html');
				if (!existsSync(built)) return;
				mkdirSync(dirname(OFFLINE_FILE), { recursive: true });
				writeFileSync(OFFLINE_FILE, inlineIcon(fs.readFileSync(built, 'utf8')));
			}
		}
	};
}

export default defineConfig(async () => {
	// Imported after ENGRAM_OFFLINE is set, so svelte.config.js sees it.
	const { sveltekit } = await import('@sveltejs/kit/vite');
	return {
		plugins: [frontmatter(), embedIntegrity(), noSelfEmbed(), dropPageOptions(), await sveltekit(), copyResult()],
		server: { host: '127.0.0.1' }
	};
});
