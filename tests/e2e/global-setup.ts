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
	// Uncompressed: the browser shares the machine with the server, and gzip cost the tests about 4 % more
	// CPU (sweep-embeds alone, interleaved: 67.9 and 57.6 core-s gzipped, 64.9 and 55.1 raw) for pages that
	// are the same byte for byte once unpacked. tests/unit/edges.test.ts covers the compression itself.
	const root = await startServer({ dir: buildDir, port: 0, memory: true, gzip: false });
	const sub = await startServer({ dir: buildDir, port: 0, base: '/lessons/engram', memory: true, gzip: false });
	project.provide('baseUrl', root.url);
	project.provide('subPathUrl', sub.url);
	const chromePath = await ensureChromium({ kind: 'shell' });
	project.provide('chromePath', chromePath);
	project.provide('buildDir', buildDir);
	return async () => {
		await root.close();
		await sub.close();
	};
}
