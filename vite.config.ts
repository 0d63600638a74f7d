/// <reference types="vitest/config" />
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';
import { frontmatter } from './scripts/vite-frontmatter.mjs';

export default defineConfig({
	plugins: [frontmatter(), sveltekit()],
	server: { host: '127.0.0.1' },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		// The network simulations take a second or two alone; a shared 2-core machine can stretch that
		// several times. A limit, not a timing check: no test asserts how fast anything runs.
		testTimeout: 30_000
	}
});
