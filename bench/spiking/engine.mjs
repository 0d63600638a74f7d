/**
 * Loads the engines (src/lib/sim/engines.ts: the TypeScript reference and the WebAssembly engine)
 * in plain Node: rolldown (already a dependency of Vite) bundles them to one ES module in
 * node_modules/.cache, which is then imported. The project's tsconfig is not read (it extends
 * .svelte-kit/tsconfig.json, which exists only after `svelte-kit sync`).
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'rolldown';

export async function loadEngine() {
	const root = fileURLToPath(new URL('../../', import.meta.url));
	const outDir = `${root}node_modules/.cache/engram-spiking`;
	mkdirSync(outDir, { recursive: true });
	await build({
		input: `${root}src/lib/sim/engines.ts`,
		output: { dir: outDir, format: 'esm', entryFileNames: 'network.mjs' },
		tsconfig: false,
		logLevel: 'warn'
	});
	return import(pathToFileURL(`${outDir}/network.mjs`).href + `?t=${Date.now()}`);
}
