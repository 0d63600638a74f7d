/**
 * Loads the TypeScript engine (src/lib/sim/network.ts) in plain Node: rolldown (already a
 * dependency of Vite) bundles it to one ES module in node_modules/.cache, which is then imported.
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
		logLevel: 'warn'
	});
	return import(pathToFileURL(`${outDir}/network.mjs`).href + `?t=${Date.now()}`);
}
