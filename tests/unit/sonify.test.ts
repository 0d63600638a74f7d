import { describe, expect, it } from 'vitest';
import { MAX_NOTES, SeriesSound, clampToRange, soundPoints, soundRange } from '../../src/lib/charts/a11y/sonify';

const line = (n: number) => Array.from({ length: n }, (_, i) => ({ x: i, y: i * i }));

describe('notes for a series', () => {
	it('keeps every point of a short series', () => {
		const { points, index } = soundPoints(line(15));
		expect(points).toHaveLength(15);
		expect(index).toEqual(Array.from({ length: 15 }, (_, i) => i));
	});

	it('thins a long series to evenly spaced notes, first and last kept', () => {
		const { points, index } = soundPoints(line(673));
		expect(points).toHaveLength(MAX_NOTES);
		expect(index[0]).toBe(0);
		expect(index.at(-1)).toBe(672);
		for (let k = 1; k < index.length; k++) expect(index[k]).toBeGreaterThan(index[k - 1]);
		// index maps each note back to its point
		index.forEach((i, k) => expect(points[k]).toEqual({ x: i, y: i * i }));
	});

	it('drops values that cannot sound', () => {
		const { points, index } = soundPoints([
			{ x: 0, y: 1 },
			{ x: 1, y: Number.NaN },
			{ x: 2, y: Infinity },
			{ x: 3, y: 4 }
		]);
		expect(points).toEqual([
			{ x: 0, y: 1 },
			{ x: 3, y: 4 }
		]);
		expect(index).toEqual([0, 3]);
		expect(soundPoints([]).points).toEqual([]);
	});
});

describe('pitch range', () => {
	it('uses the axis limits when the chart fixes them, else the data', () => {
		expect(soundRange(line(4), 0, 100)).toEqual({ minimum: 0, maximum: 100 });
		expect(soundRange(line(4))).toEqual({ minimum: 0, maximum: 9 });
		expect(soundRange(line(4), 5)).toEqual({ minimum: 5, maximum: 9 });
	});

	it('is never empty or infinite', () => {
		expect(soundRange([{ x: 0, y: 3 }])).toEqual({ minimum: 2, maximum: 4 });
		expect(soundRange([])).toEqual({ minimum: 0, maximum: 1 });
	});

	it('clamps values outside it (an axis fitted to part of a run)', () => {
		expect(
			clampToRange(
				[
					{ x: 0, y: 140 },
					{ x: 1, y: -3 },
					{ x: 2, y: 5 }
				],
				{ minimum: 0, maximum: 20 }
			)
		).toEqual([
			{ x: 0, y: 20 },
			{ x: 1, y: 0 },
			{ x: 2, y: 5 }
		]);
	});
});

describe('player without a browser', () => {
	it('says sound is unavailable instead of throwing', async () => {
		const states: string[] = [];
		const player = new SeriesSound({ state: (s) => states.push(s), note: () => {} });
		await player.play({ label: 'S', points: line(3) });
		expect(states).toEqual(['unavailable']);
		expect(() => player.stop()).not.toThrow();
	});
});
