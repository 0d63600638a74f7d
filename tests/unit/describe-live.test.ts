import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chartMeta, snapshot } from '../../src/lib/charts/a11y/describe';
import { ChangeWatcher, SETTLE_MS, STREAM_MS } from '../../src/lib/charts/a11y/live';

const meta = chartMeta({
	type: 'line',
	labels: ['E1', 'Ret'],
	x: { title: 'Block', type: 'category' },
	y: { title: 'Freezing (model, %)' }
});
const freezing = (a: number, b: number) => snapshot([{ label: 'Model', data: [a, b], style: 0 }]);
const stream = (n: number, y: number) =>
	snapshot([{ label: 'E cells', data: Array.from({ length: n }, (_, i) => ({ x: i, y: i === n - 1 ? y : 1 })), style: 0 }]);

describe('live change descriptions', () => {
	let said: string[];
	let acted: boolean;
	let watcher: ChangeWatcher;
	beforeEach(() => {
		vi.useFakeTimers();
		said = [];
		acted = true;
		watcher = new ChangeWatcher(
			() => meta,
			(t) => said.push(t),
			() => acted
		);
	});
	afterEach(() => {
		watcher.dispose();
		vi.useRealTimers();
	});

	it('says nothing for the first data, or for changes before the reader has done anything', () => {
		acted = false;
		watcher.update(freezing(50, 20));
		watcher.update(freezing(50, 30));
		vi.advanceTimersByTime(SETTLE_MS * 3);
		expect(said).toEqual([]);
	});

	it('waits until a slider settles, then describes the whole move once', () => {
		watcher.update(freezing(50, 19));
		watcher.update(freezing(50, 25));
		vi.advanceTimersByTime(SETTLE_MS / 2);
		watcher.update(freezing(50, 42));
		vi.advanceTimersByTime(SETTLE_MS - 1);
		expect(said).toEqual([]);
		vi.advanceTimersByTime(1);
		expect(said).toEqual(['Model: model freezing at Ret rose from 19 % to 42 %.']);
	});

	it('describes streaming data at most every few seconds while it runs', () => {
		watcher.update(stream(2, 8));
		for (let t = 0; t < STREAM_MS * 2; t += 250) {
			watcher.update(stream(3 + t / 250, 8 - t / 1000));
			vi.advanceTimersByTime(250);
		}
		expect(said.length).toBe(2);
		expect(said[0]).toMatch(/^E cells: model freezing [\d.]+ % at \d+, was 8 % at \S+\.$/);
	});
});
