// End-to-end tests: the built site (build/) served on 127.0.0.1, driven in headless Chromium.
import { defineConfig } from 'vitest/config';
import { resolvedAliases } from './scripts/paths.mjs';
import { messagesInOneModule } from './scripts/paraglide.mjs';

export default defineConfig({
	// The registry's titles come from the compiled messages: one module here, not one per message.
	plugins: [messagesInOneModule()],
	// The figure registry (read by the embed tests) imports models and seeds through aliases.
	resolve: { alias: resolvedAliases() },
	test: {
		include: ['tests/e2e/**/*.test.ts'],
		globalSetup: ['tests/e2e/global-setup.ts'],
		environment: 'node',
		testTimeout: 60_000,
		// Conditions a page reaches in a frame or two on a quiet machine can take seconds on a busy one.
		expect: { poll: { timeout: 10_000, interval: 50 } },
		hookTimeout: 120_000,
		// Each file drives its own Chromium against one shared server. Most of a browser test is waiting
		// on the page (measured: the cores 60-95 % idle with two files at a time), so four at a time.
		maxWorkers: 4,
		// Files share their workers' module cache (the harness, the figure registry with its models and
		// seeds): imported once per worker, not once per file. Each file still launches and closes its
		// own browser, and keeps its state in its own module.
		isolate: false
	}
});
