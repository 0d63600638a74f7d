/// <reference types="vitest/config" />
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vite';
import { frontmatter } from './scripts/vite-frontmatter.mjs';
import { embedIntegrity } from './scripts/vite-embed-integrity.mjs';
import { lazyFigures } from './scripts/vite-lazy-figures.mjs';
import { paraglide } from './scripts/paraglide.mjs';

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
	// Paraglide compiles messages/*.json into src/lib/paraglide/ (generated) before the app builds.
	// paraglide(): messages/*.json compiled into src/lib/paraglide/ before the app builds (scripts/paraglide.mjs).
	// lazyFigures(): an article's figures load their code when wanted (src/lib/figure-kit/lazy-figure.ts).
	plugins: [paraglide(), frontmatter(), lazyFigures(), embedIntegrity(), inlineWorkerOffline(), sveltekit()],
	server: { host: '127.0.0.1' },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		globalSetup: ['scripts/paraglide.mjs'],
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
