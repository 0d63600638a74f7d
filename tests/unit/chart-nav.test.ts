import { describe, expect, it } from 'vitest';
import { clampCursor, keyToMove, move, nearestIndex, xOrder, type NavShape } from '../../src/lib/charts/a11y/nav';

const shape: NavShape = {
	xs: [
		[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
		[0, 11], // a reference line: two points across the run
		[],
		[0, 2, 4, 6, 8, 10]
	]
};

describe('chart keyboard navigation', () => {
	it('maps arrow, Home/End and Page keys, and ignores modified keys', () => {
		expect(keyToMove({ key: 'ArrowRight' })).toBe('next');
		expect(keyToMove({ key: 'ArrowLeft' })).toBe('prev');
		expect(keyToMove({ key: 'ArrowUp' })).toBe('up');
		expect(keyToMove({ key: 'ArrowDown' })).toBe('down');
		expect(keyToMove({ key: 'Home' })).toBe('first');
		expect(keyToMove({ key: 'End' })).toBe('last');
		expect(keyToMove({ key: 'PageDown' })).toBe('pageNext');
		expect(keyToMove({ key: 'ArrowRight', shiftKey: true })).toBeUndefined();
		expect(keyToMove({ key: 'End', ctrlKey: true })).toBeUndefined();
		expect(keyToMove({ key: 's' })).toBeUndefined();
	});

	it('the first key lands on the first point of the first series (End on its last point)', () => {
		expect(move(undefined, 'next', shape).cursor).toEqual({ series: 0, index: 0 });
		expect(move(undefined, 'down', shape).cursor).toEqual({ series: 0, index: 0 });
		expect(move(undefined, 'last', shape).cursor).toEqual({ series: 0, index: 11 });
	});

	it('moves point to point and stops at the ends, saying so', () => {
		expect(move({ series: 0, index: 3 }, 'next', shape)).toEqual({ cursor: { series: 0, index: 4 } });
		expect(move({ series: 0, index: 3 }, 'prev', shape)).toEqual({ cursor: { series: 0, index: 2 } });
		expect(move({ series: 0, index: 11 }, 'next', shape)).toEqual({ cursor: { series: 0, index: 11 }, edge: 'last-point' });
		expect(move({ series: 0, index: 0 }, 'prev', shape)).toEqual({ cursor: { series: 0, index: 0 }, edge: 'first-point' });
		expect(move({ series: 0, index: 5 }, 'first', shape).cursor).toEqual({ series: 0, index: 0 });
		expect(move({ series: 0, index: 5 }, 'last', shape).cursor).toEqual({ series: 0, index: 11 });
	});

	it('pages by a tenth of the series, clamped', () => {
		expect(move({ series: 0, index: 0 }, 'pageNext', shape).cursor).toEqual({ series: 0, index: 1 });
		const long: NavShape = { xs: [Array.from({ length: 1000 }, (_, i) => i)] };
		expect(move({ series: 0, index: 0 }, 'pageNext', long).cursor).toEqual({ series: 0, index: 100 });
		expect(move({ series: 0, index: 950 }, 'pageNext', long).cursor).toEqual({ series: 0, index: 999 });
		expect(move({ series: 0, index: 999 }, 'pageNext', long).edge).toBe('last-point');
		expect(move({ series: 0, index: 50 }, 'pagePrev', long).cursor).toEqual({ series: 0, index: 0 });
	});

	it('moves series to series to the point nearest in x, skipping empty and hidden series', () => {
		expect(move({ series: 0, index: 9 }, 'down', shape).cursor).toEqual({ series: 1, index: 1 });
		// Series 2 is empty: down from 1 goes to 3, at the x nearest 11.
		expect(move({ series: 1, index: 1 }, 'down', shape).cursor).toEqual({ series: 3, index: 5 });
		expect(move({ series: 3, index: 2 }, 'up', shape).cursor).toEqual({ series: 1, index: 0 });
		expect(move({ series: 3, index: 2 }, 'down', shape)).toEqual({ cursor: { series: 3, index: 2 }, edge: 'last-series' });
		expect(move({ series: 0, index: 2 }, 'up', shape).edge).toBe('first-series');
		const hidden: NavShape = { ...shape, skip: [false, true, false, false] };
		expect(move({ series: 0, index: 4 }, 'down', hidden).cursor).toEqual({ series: 3, index: 2 });
	});

	it('keeps the cursor inside data that shrank, and drops it when there is none', () => {
		expect(clampCursor({ series: 0, index: 11 }, { xs: [[0, 1, 2]] })).toEqual({ series: 0, index: 2 });
		expect(clampCursor({ series: 2, index: 0 }, { xs: [[0], [1]] })).toEqual({ series: 0, index: 0 });
		expect(clampCursor({ series: 0, index: 0 }, { xs: [[]] })).toBeUndefined();
		expect(move(undefined, 'next', { xs: [[], []] }).cursor).toBeUndefined();
		expect(move({ series: 0, index: 4 }, 'next', { xs: [[]] }).cursor).toBeUndefined();
	});

	it('nearest index picks the closest x, the first of equals', () => {
		expect(nearestIndex([0, 10, 20], 14)).toBe(1);
		expect(nearestIndex([0, 10, 20], 15)).toBe(1);
		expect(nearestIndex([0, 10, 20], 99)).toBe(2);
	});
});

describe('visiting order', () => {
	it('walks a scatter left to right, ties in data order; a line stays as it is', () => {
		expect(xOrder([0.45, 0.21, 0.9, 0.21])).toEqual([1, 3, 0, 2]);
		expect(xOrder([0, 1, 2, 3])).toEqual([0, 1, 2, 3]);
		expect(xOrder([])).toEqual([]);
	});
});
