/**
 * Long axis titles wrap instead of being squeezed (src/lib/charts/axis-title-wrap.ts): words kept
 * whole, as few lines as fit, of even lengths.
 */
import { describe, expect, it } from 'vitest';
import { balancedLines, greedyLines } from '../../src/lib/charts/axis-title-wrap';

/** One unit per character, as a monospaced font would measure. */
const chars = (s: string) => s.length;
const TITLE = 'Tone trials: C = conditioning, E = 5-trial extinction block';

describe('axis title lines', () => {
	it('keeps a title that fits on one line', () => {
		expect(balancedLines(TITLE, 200, chars)).toEqual([TITLE]);
		expect(balancedLines('', 10, chars)).toEqual([]);
	});

	it('fills lines in order, a word longer than the room alone on its line', () => {
		expect(greedyLines('aa bb cc', 5, chars)).toEqual(['aa bb', 'cc']);
		expect(greedyLines('a verylongword b', 4, chars)).toEqual(['a', 'verylongword', 'b']);
	});

	it('wraps into as few lines as fit, no line longer than the room, every word once in order', () => {
		for (const max of [20, 30, 45]) {
			const lines = balancedLines(TITLE, max, chars);
			expect(lines.length).toBe(greedyLines(TITLE, max, chars).length);
			for (const line of lines) expect(line.length).toBeLessThanOrEqual(max);
			expect(lines.join(' ')).toBe(TITLE);
		}
	});

	it('evens out the lines: two halves rather than a full line and a scrap', () => {
		// Greedy at 55: 53 characters, then "block" (5).
		expect(greedyLines(TITLE, 55, chars).map((l) => l.length)).toEqual([53, 5]);
		const lines = balancedLines(TITLE, 55, chars);
		expect(lines).toHaveLength(2);
		const [a, b] = lines.map((l) => l.length);
		expect(Math.abs(a - b)).toBeLessThanOrEqual(12);
	});
});
