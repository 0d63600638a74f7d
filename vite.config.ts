/// <reference types="vitest/config" />
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';
import { frontmatter } from './scripts/vite-frontmatter.mjs';

export default defineConfig({
	plugins: [frontmatter(), sveltekit()],
	server: { host: '127.0.0.1' },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
