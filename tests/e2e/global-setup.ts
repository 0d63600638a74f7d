/**
 * Serves the built site for the e2e run: at the root, and the same folder under a sub-path
 * (/lessons/engram/) to prove relative paths work there; and starts the one Chromium the test files
 * connect to.
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';
import { LAUNCH_ARGS, ensureChromium } from '../../scripts/chromium.mjs';
import { BUILD_DIR } from '../../scripts/paths.mjs';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		subPathUrl: string;
		chromePath: string;
		buildDir: string;
		/** One Chromium for the whole run, which every test file connects to (harness launch()). */
		browserEndpoint: string;
	}
}

export default async function setup(project: TestProject) {
	const buildDir = BUILD_DIR;
	if (!existsSync(`${buildDir}/index.html`)) {
		throw new Error(`No built site in "${buildDir}/": run "npm run build" first (npm test does this).`);
	}
	const root = await startServer({ dir: buildDir, port: 0 });
	const sub = await startServer({ dir: buildDir, port: 0, base: '/lessons/engram' });
	project.provide('baseUrl', root.url);
	project.provide('subPathUrl', sub.url);
	const chromePath = ensureChromium();
	project.provide('chromePath', chromePath);
	project.provide('buildDir', buildDir);
	// One browser for every file: starting Chromium per file cost a second or so of CPU each, and
	// each file's pages live in contexts of their own anyway (no cookies, storage or cache shared).
	const browserServer = await chromium.launchServer({ executablePath: chromePath, args: LAUNCH_ARGS, headless: true });
	project.provide('browserEndpoint', browserServer.wsEndpoint());
	return async () => {
		await browserServer.close();
		await root.close();
		await sub.close();
	};
}
