/** The deferred blocks' scheduler (src/lib/ui/deferred-block.ts): one block per task, in the order
 *  queued, a block queued by another after it, cancelled blocks skipped, and the page told once all
 *  are done. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterDeferredBlocks, hydrateLater } from '../../src/lib/ui/deferred-block';

/** Runs the next task the scheduler queued (a `setTimeout`). */
const nextTask = () => vi.advanceTimersToNextTimer();

describe('deferred blocks', () => {
	beforeEach(() => {
		vi.useFakeTimers();
	});
	afterEach(() => {
		vi.runAllTimers();
		vi.useRealTimers();
	});

	it('hydrates one block per task, in the order they were queued, never in the caller’s task', () => {
		const ran: string[] = [];
		hydrateLater(() => ran.push('body'));
		hydrateLater(() => ran.push('quiz'));
		expect(ran).toEqual([]);
		nextTask();
		expect(ran).toEqual(['body']);
		nextTask();
		expect(ran).toEqual(['body', 'quiz']);
	});

	it('hydrates a block queued by another (a story inside the body) after it, and only then says the page is done', () => {
		const ran: string[] = [];
		let done = false;
		hydrateLater(() => {
			ran.push('body');
			hydrateLater(() => ran.push('story'));
		});
		afterDeferredBlocks(() => (done = true));
		nextTask();
		expect([ran, done]).toEqual([['body'], false]);
		nextTask();
		expect([ran, done]).toEqual([['body', 'story'], false]);
		nextTask();
		expect(done).toBe(true);
	});

	it('skips a block whose page went away before its turn', () => {
		const ran: string[] = [];
		const cancel = hydrateLater(() => ran.push('gone'));
		hydrateLater(() => ran.push('kept'));
		cancel();
		vi.runAllTimers();
		expect(ran).toEqual(['kept']);
	});

	it('goes on to the next block when one fails, and says why', () => {
		const error = vi.spyOn(console, 'error').mockImplementation(() => {});
		const ran: string[] = [];
		let done = false;
		hydrateLater(() => {
			throw new Error('broken block');
		});
		hydrateLater(() => ran.push('next'));
		afterDeferredBlocks(() => (done = true));
		vi.runAllTimers();
		expect([ran, done]).toEqual([['next'], true]);
		expect(String(error.mock.calls[0]?.[0])).toMatch(/broken block/);
		error.mockRestore();
	});

	it('tells a page with no deferred block that it is done, a task later', () => {
		let done = false;
		afterDeferredBlocks(() => (done = true));
		expect(done).toBe(false);
		nextTask();
		expect(done).toBe(true);
	});
});
