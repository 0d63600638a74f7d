/// <reference types="vitest/config" />
// End-to-end tests: the built site (build/) served on 127.0.0.1, driven in headless Chromium.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	resolve: {
		alias: {
			$seeds: fileURLToPath(new URL('./seeds', import.meta.url)),
			// The figure registry (read by the embed tests) may import models through $lib.
			$lib: fileURLToPath(new URL('./src/lib', import.meta.url))
		}
	},
	test: {
		include: ['tests/e2e/**/*.test.ts'],
		globalSetup: ['tests/e2e/global-setup.ts'],
		environment: 'node',
		testTimeout: 60_000,
		hookTimeout: 120_000,
		// One file at a time: each file drives its own Chromium, and this machine has 2 cores.
		fileParallelism: false
	}
});
