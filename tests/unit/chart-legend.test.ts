/** Hiding and showing series from the keyboard (charts/a11y/legend.ts), forced-colour fills, and the CSV of a table with parts. */
import { describe, expect, it } from 'vitest';
import { hiddenFor, keyToSeries, toggle, toggleText } from '../../src/lib/charts/a11y/legend';
import { systemSeriesColor, withAlpha } from '../../src/lib/charts/a11y/forced-colors';
import { toCsv } from '../../src/lib/data-out/csv';

describe('legend keys', () => {
	it('digits 1–9 pick series 1–9 when the chart has them', () => {
		expect(keyToSeries({ key: '1' }, 3)).toBe(0);
		expect(keyToSeries({ key: '3' }, 3)).toBe(2);
		expect(keyToSeries({ key: '4' }, 3)).toBeUndefined();
		expect(keyToSeries({ key: '0' }, 12)).toBeUndefined();
		expect(keyToSeries({ key: 's' }, 3)).toBeUndefined();
		expect(keyToSeries({ key: '1', ctrlKey: true }, 3)).toBeUndefined();
		expect(keyToSeries({ key: '1', altKey: true }, 3)).toBeUndefined();
	});

	it('toggles one series at a time and forgets choices when the series change', () => {
		const once = toggle([], 1, 3);
		expect(once).toEqual([false, true, false]);
		expect(toggle(once, 1, 3)).toEqual([false, false, false]);
		expect(toggle(once, 0, 3)).toEqual([true, true, false]);
		expect(toggle(once, 7, 3)).toEqual(once);
		expect(hiddenFor(once, 4)).toEqual([false, false, false, false]);
	});

	it('says which series, its new state and how many are left', () => {
		expect(toggleText('Frozen cell', true, 2, 3)).toBe('Frozen cell hidden. 2 of 3 series shown.');
		expect(toggleText('Frozen cell', false, 3, 3)).toBe('Frozen cell shown. 3 of 3 series shown.');
	});
});

describe('forced colours', () => {
	const system = {
		canvas: 'rgb(0, 0, 0)',
		text: 'rgb(255, 255, 255)',
		link: 'rgb(255, 255, 0)',
		gray: 'rgb(0, 255, 0)',
		highlight: 'rgb(26, 235, 255)'
	};
	it('series alternate between the text and link colours', () => {
		expect([0, 1, 2, 3].map((s) => systemSeriesColor(s, system))).toEqual([system.text, system.link, system.text, system.link]);
	});
	it('fills are the same colour, translucent', () => {
		expect(withAlpha('rgb(255, 255, 0)', 0.15)).toBe('rgba(255, 255, 0, 0.15)');
		expect(withAlpha('rgba(1, 2, 3, 1)', 0.5)).toBe('rgba(1, 2, 3, 0.5)');
		expect(withAlpha('#0072B2', 0.85)).toBe('rgba(0, 114, 178, 0.85)');
		expect(withAlpha('CanvasText', 0.5)).toBe('CanvasText');
	});
});

describe('a table with parts as CSV', () => {
	it('writes each part under its caption, with its own header row', () => {
		const csv = toCsv({
			caption: 'Summary',
			columns: [{ key: 'a', label: 'A' }],
			rows: [{ a: 1 }],
			parts: [{ caption: 'Every point', columns: [{ key: 't', label: 'Time', unit: 'ms' }], rows: [{ t: 0.5 }, { t: 1 }] }]
		});
		expect(csv.split('\r\n')).toEqual([
			'# Summary',
			'# Settings: none (this figure has no controls)',
			'A',
			'1',
			'# Every point',
			'Time (ms)',
			'0.5',
			'1',
			''
		]);
	});
});
