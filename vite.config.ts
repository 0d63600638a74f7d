/// <reference types="vitest/config" />
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';
import { frontmatter } from './scripts/vite-frontmatter.mjs';
import { embedIntegrity } from './scripts/vite-embed-integrity.mjs';

export default defineConfig({
	plugins: [frontmatter(), embedIntegrity(), sveltekit()],
	server: { host: '127.0.0.1' },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
