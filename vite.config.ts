/// <reference types="vitest/config" />
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vite';
import { frontmatter } from './scripts/vite-frontmatter.mjs';
import { embedIntegrity } from './scripts/vite-embed-integrity.mjs';
import { lazyFigures } from './scripts/vite-lazy-figures.mjs';
import { messagesInOneModule, paraglide } from './scripts/paraglide.mjs';

/**
 * The one-file offline build (scripts/build-offline.mjs sets ENGRAM_OFFLINE_ROUTES) has no worker
 * file beside the page: there the simulation worker is inlined (src/lib/sim/spawn-inline.ts).
 */
function inlineWorkerOffline(): Plugin {
	return {
		name: 'engram:inline-worker-offline',
		enforce: 'pre',
		load(id) {
			if (!process.env.ENGRAM_OFFLINE_ROUTES || !id.split('?')[0].endsWith('/src/lib/sim/spawn.ts')) return null;
			return "export { spawnSimWorker } from './spawn-inline';";
		}
	};
}

export default defineConfig({
	// paraglide(): messages/*.json compiled into src/lib/paraglide/ before the app builds (scripts/paraglide.mjs).
	// messagesInOneModule(): under Vitest only, the compiled messages imported as one module (same file).
	// lazyFigures(): an article's figures load their code when wanted (src/lib/figure-kit/lazy-figure.ts).
	plugins: [paraglide(), messagesInOneModule(), frontmatter(), lazyFigures(), embedIntegrity(), inlineWorkerOffline(), sveltekit()],
	server: { host: '127.0.0.1' },
	// No preloading of a dynamic import's dependencies. Vite's helper would insert a <link rel="modulepreload">
	// for each of them as the page hydrates (SvelteKit's entry and the page's node import theirs), searching
	// the links already there for every one: about a fifth of an article's hydration, all of it in the task
	// Lighthouse counts as blocking. Measured with the glossary's sort gone too (ui/Glossary.svelte), on the
	// astrocytes article (script per load to hydrated, unthrottled): 142-148 -> 97-107 ms; Lighthouse's
	// blocking time on the four articles, old and new builds run interleaved: 164-570 -> 42-284 ms (median
	// about 280 -> 90). The browser finds each chunk through its importer instead, as for the first view
	// (src/hooks.server.ts). The cost: on a simulated
	// slow 4G (150 ms, 1.6 Mbit/s) a figure is live 150-300 ms later after it is wanted (its chunks come
	// one round trip after another); figures are wanted before they reach the screen. Keeping the
	// preloads for figures alone gave blocking times in between (87-260 ms), so they are off everywhere.
	build: {
		modulePreload: false,
		// The one-file offline pass (scripts/build-offline.mjs) is one inline script by design, and there the
		// dynamic-import helper's `import.meta.url` argument, which it does not use when it has nothing to
		// preload (as here), is replaced with `{}.url`: neither is worth the 31 warnings each build printed.
		...(process.env.ENGRAM_OFFLINE_ROUTES && { chunkSizeWarningLimit: 2000, rolldownOptions: { checks: { emptyImportMeta: false } } })
	},
	test: {
		include: ['tests/unit/**/*.test.ts'],
		globalSetup: ['scripts/paraglide.mjs', 'tests/unit/global-setup.mjs'],
		environment: 'node',
		// The network simulations take a second or two alone; a shared 2-core machine can stretch that
		// several times. A limit, not a timing check: no test asserts how fast anything runs.
		testTimeout: 30_000,
		// One module graph per worker thread, shared by the test files it runs: every file imports the
		// same compiled messages (one module per message) and models, and re-importing them per file
		// was half of the unit tests' CPU time. No test relies on fresh module state (none mocks a module).
		pool: 'threads',
		isolate: false
	}
});
