/**
 * Serves the built site for the e2e run: at the root, and the same folder under a sub-path
 * (/lessons/engram/) to prove relative paths work there.
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve.mjs';
import { ensureChromium } from '../../scripts/chromium.mjs';
import { BUILD_DIR } from '../../scripts/paths.mjs';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		subPathUrl: string;
		chromePath: string;
		buildDir: string;
	}
}

export default async function setup(project: TestProject) {
	const buildDir = BUILD_DIR;
	if (!existsSync(`${buildDir}/index.html`)) {
		throw new Error(`No built site in "${buildDir}/": run "npm run build" first (npm test does this).`);
	}
	const root = await startServer({ dir: buildDir, port: 0, memory: true });
	const sub = await startServer({ dir: buildDir, port: 0, base: '/lessons/engram', memory: true });
	project.provide('baseUrl', root.url);
	project.provide('subPathUrl', sub.url);
	const chromePath = ensureChromium({ kind: 'shell' });
	project.provide('chromePath', chromePath);
	project.provide('buildDir', buildDir);
	return async () => {
		await root.close();
		await sub.close();
	};
}
