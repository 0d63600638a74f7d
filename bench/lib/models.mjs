/**
 * Each model's own run time, measured in Node (same V8 as Chromium): every module in
 * src/lib/models that exports `spec` and `run` is loaded through Vite (TypeScript, aliases),
 * warmed up, then run while each parameter sweeps its range, one at a time, like a slider.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { resolvedAliases } from '../../scripts/paths.mjs';
import { summarize } from './stats.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Values a slider passes through: `count` positions spread over [min, max], on the step grid. */
export function sweep(p, count = 50) {
	const steps = Math.max(1, Math.round((p.max - p.min) / p.step));
	const out = [];
	for (let i = 0; i < count; i++) {
		// Up and back down when the range has fewer grid points than steps requested.
		const cycle = i % (2 * steps);
		const k = steps >= count ? Math.round((i * steps) / (count - 1)) : cycle <= steps ? cycle : 2 * steps - cycle;
		out.push(Math.min(p.max, p.min + k * p.step));
	}
	return out;
}

/** A Vite server that loads the project's TypeScript modules in Node (no build, no browser). */
function sourceServer() {
	return createServer({
		root,
		configFile: false,
		logLevel: 'silent',
		appType: 'custom',
		server: { middlewareMode: true, hmr: false, ws: false, watch: null },
		optimizeDeps: { noDiscovery: true, include: [] },
		resolve: { alias: resolvedAliases() }
	});
}

/** One module of the source, loaded through Vite: `await loadSource('src/lib/articles.ts')`. */
export async function loadSource(path) {
	const server = await sourceServer();
	try {
		return await server.ssrLoadModule(`/${path}`);
	} finally {
		await server.close();
	}
}

export async function benchModels({ steps = 50 } = {}) {
	const server = await sourceServer();
	const results = [];
	try {
		const files = readdirSync(`${root}src/lib/models`).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
		for (const file of files.sort()) {
			let mod;
			try {
				mod = await server.ssrLoadModule(`/src/lib/models/${file}`);
			} catch (e) {
				results.push({ model: file.replace(/\.ts$/, ''), error: String(e?.message ?? e).split('\n')[0] });
				continue;
			}
			if (!Array.isArray(mod.spec) || typeof mod.run !== 'function') continue;
			const name = file.replace(/\.ts$/, '');
			const defaults = Object.fromEntries(mod.spec.map((p) => [p.key, p.default]));
			for (let i = 0; i < 5; i++) mod.run(defaults, { seed: 1 });
			const times = [];
			for (const p of mod.spec) {
				for (const v of sweep(p, steps)) {
					const params = { ...defaults, [p.key]: v };
					const t0 = performance.now();
					mod.run(params, { seed: 1 });
					times.push(performance.now() - t0);
				}
			}
			results.push({ model: name, params: mod.spec.length, runs: times.length, ...summarize(times) });
		}
	} finally {
		await server.close();
	}
	return results;
}
