/**
 * Starts the spiking simulation's worker (src/lib/sim/worker.ts), built as a file of its own next
 * to the app's code. The one-file offline build, which has no other files (and no usable
 * `import.meta.url` in its inlined bundle), replaces this module with spawn-inline.ts
 * (vite.config.ts, during scripts/build-offline.mjs).
 */
export function spawnSimWorker(): Worker {
	return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
}
