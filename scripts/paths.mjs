/**
 * Where builds go, in one place. ENGRAM_BUILD_DIR / ENGRAM_KIT_DIR let two builds (or two people)
 * share one checkout without overwriting each other's output; every script, the e2e setup and
 * svelte.config.js read them from here.
 */
import { fileURLToPath } from 'node:url';

/** The built site (adapter-static output). */
export const BUILD_DIR = process.env.ENGRAM_BUILD_DIR || 'build';
/** SvelteKit's default working folder: the one whose generated tsconfig tsconfig.json extends. */
export const DEFAULT_KIT_DIR = '.svelte-kit';
/** SvelteKit's working folder. */
export const KIT_DIR = process.env.ENGRAM_KIT_DIR || DEFAULT_KIT_DIR;
/** The one-file offline site, written into the built site so the home page can offer it. */
export const OFFLINE_FILE_NAME = 'engram-offline.html';

/**
 * Import aliases beyond SvelteKit's own `$lib`, as folders relative to the repository root.
 * svelte.config.js passes them to SvelteKit; tools that run without SvelteKit (the e2e config,
 * the bench) resolve them with `resolvedAliases()`.
 */
export const ALIASES = { $seeds: 'seeds' };

/** ALIASES plus `$lib`, as absolute paths. */
export function resolvedAliases() {
	const root = new URL('..', import.meta.url);
	return Object.fromEntries(
		Object.entries({ $lib: 'src/lib', ...ALIASES }).map(([name, dir]) => [name, fileURLToPath(new URL(dir, root))])
	);
}

/** Chart pictures drawn while the site is prerendered (src/hooks.server.ts); copied into the build as _charts/. */
export const PICTURES_DIR = `${KIT_DIR}/chart-pictures`;
