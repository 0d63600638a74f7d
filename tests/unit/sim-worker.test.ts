/**
 * The simulation worker's flow control (src/lib/sim/worker.ts, protocol.ts): it runs ahead of the
 * page by at most MAX_BATCHES_IN_FLIGHT batches, goes on as the page takes them, and counts the time
 * it waited for the page as wall time. The worker module runs here as it does in a Worker, its
 * `self` replaced by a recorder; a small network (1,000 cells, the WebAssembly engine) keeps each
 * slice short.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_BATCHES_IN_FLIGHT, type Batch, type FromWorker, type ToWorker } from '../../src/lib/sim/protocol';

const SETTINGS = { n: 1000, eta: 0.01, rho0: 3, seed: 1 };

let posted: FromWorker[];
let send: (m: ToWorker) => void;

beforeEach(async () => {
	posted = [];
	const scope: { postMessage(m: FromWorker): void; onmessage: ((e: { data: ToWorker }) => void) | null } = {
		postMessage: (m) => posted.push(m),
		onmessage: null
	};
	vi.stubGlobal('self', scope);
	vi.resetModules();
	await import('../../src/lib/sim/worker');
	send = (m) => scope.onmessage!({ data: m });
});

afterEach(() => {
	send({ type: 'pause', seq: 0 });
	vi.unstubAllGlobals();
});

const batches = (generation = 1) => posted.filter((m): m is Batch => m.type === 'batch' && m.generation === generation);

/** Lets the worker take `n` turns of the event loop (each turn runs at most one slice). */
async function turns(n: number): Promise<void> {
	for (let i = 0; i < n; i++) await new Promise((r) => setTimeout(r, 0));
}

async function untilBatches(count: number, generation = 1): Promise<void> {
	await vi.waitFor(() => expect(batches(generation).length).toBeGreaterThanOrEqual(count), { timeout: 20_000, interval: 5 });
}

describe('the simulation worker waits for the page', () => {
	it('posts at most two batches the page has not taken, and goes on one batch per batch taken', async () => {
		expect(MAX_BATCHES_IN_FLIGHT).toBe(2);
		send({ type: 'reset', generation: 1, settings: SETTINGS });
		send({ type: 'run' });
		await untilBatches(2);
		// Without an answer it stops there (unchecked, it would post a batch at every turn).
		await turns(20);
		expect(batches().length).toBe(2);
		send({ type: 'taken', generation: 1 });
		await untilBatches(3);
		await turns(20);
		expect(batches().length).toBe(3);
		// the model clock runs on across the wait
		const [a, b, c] = batches();
		expect(b.t).toBeGreaterThan(a.t);
		expect(c.t).toBeGreaterThan(b.t);
	});

	it('counts the time it waited for the page as wall time of the next batch', async () => {
		send({ type: 'reset', generation: 1, settings: SETTINGS });
		send({ type: 'run' });
		await untilBatches(2);
		const before = performance.now();
		await new Promise((r) => setTimeout(r, 150));
		send({ type: 'taken', generation: 1 });
		const waited = performance.now() - before;
		await untilBatches(3);
		const [first, , third] = batches();
		expect(third.waitedMs).toBeGreaterThanOrEqual(waited - 1);
		expect(third.wallMs).toBeGreaterThan(third.waitedMs);
		// a batch computed without waiting counts its compute time only
		expect(first.waitedMs).toBe(0);
		expect(first.wallMs).toBeLessThan(waited);
	});

	it('ignores answers about a network it has replaced, and starts the new one with none in flight', async () => {
		send({ type: 'reset', generation: 1, settings: SETTINGS });
		send({ type: 'run' });
		await untilBatches(2, 1);
		send({ type: 'reset', generation: 2, settings: SETTINGS });
		await untilBatches(2, 2);
		for (let i = 0; i < 5; i++) send({ type: 'taken', generation: 1 });
		await turns(20);
		expect(batches(2).length).toBe(2);
		send({ type: 'taken', generation: 2 });
		await untilBatches(3, 2);
	});

	it('stays paused when the page takes its last batches after a pause', async () => {
		send({ type: 'reset', generation: 1, settings: SETTINGS });
		send({ type: 'run' });
		await untilBatches(2);
		send({ type: 'pause', seq: 1 });
		expect(posted.at(-1)).toEqual({ type: 'paused', seq: 1 });
		send({ type: 'taken', generation: 1 });
		send({ type: 'taken', generation: 1 });
		await turns(20);
		expect(batches().length).toBe(2);
		// and runs again on `run`
		send({ type: 'run' });
		await untilBatches(3);
	});
});
