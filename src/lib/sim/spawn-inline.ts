/**
 * The one-file offline build's way to start the simulation worker (it replaces spawn.ts there):
 * the worker's code is bundled into the page as a string and started from a blob: URL (the file's
 * CSP allows `worker-src blob:` for this alone; a data: URL is Vite's fallback).
 */
import InlineWorker from './worker.ts?worker&inline';

export function spawnSimWorker(): Worker {
	return new InlineWorker();
}
