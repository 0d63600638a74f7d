import { describe, expect, it } from 'vitest';
import { chartMeta, describeChange, describePoint, formatNumber, parseAxis, snapshot, valueText } from '../../src/lib/charts/a11y/describe';

describe('axis titles', () => {
	it('split name, unit and kind', () => {
		expect(parseAxis({ title: 'Freezing (model, %)' })).toMatchObject({ name: 'Freezing', unit: '%', kind: 'model' });
		expect(parseAxis({ title: 'Voltage (mV)' })).toMatchObject({ name: 'Voltage', unit: 'mV', kind: undefined });
		expect(parseAxis({ title: 'Information per neuron' })).toMatchObject({ name: 'Information per neuron', unit: '' });
	});

	it('keep phrases in brackets with the name, and function-like titles whole', () => {
		expect(parseAxis({ title: 'Excitability boost (SD of input)' })).toMatchObject({
			name: 'Excitability boost (SD of input)',
			unit: ''
		});
		expect(parseAxis({ title: 'Postsynaptic activity (0 to 1)' }).unit).toBe('');
		expect(parseAxis({ title: 'P(allocated)' })).toMatchObject({ name: 'P(allocated)', unit: '' });
	});

	it('read fractions drawn as percentages from the tick formatter', () => {
		const a = parseAxis({ title: 'Overlap', tick: (v) => `${Math.round(v * 100)}%` });
		expect(a).toMatchObject({ unit: '%', percentOfOne: true });
		expect(valueText(0.3125, a)).toBe('31.3 %');
		expect(parseAxis({ title: 'Solapamiento', tick: (v) => `${Math.round(v * 100)}\u00a0%` }).percentOfOne).toBe(true);
		expect(parseAxis({ title: 'Information per neuron', tick: (v) => v.toFixed(2) }).percentOfOne).toBe(false);
		expect(
			parseAxis({
				title: 'x',
				tick: () => {
					throw new Error('bad');
				}
			}).percentOfOne
		).toBe(false);
	});
});

describe('numbers', () => {
	it('three significant digits, no exponent, no NaN', () => {
		expect(formatNumber(31.4159)).toBe('31.4');
		expect(formatNumber(0.31)).toBe('0.31');
		expect(formatNumber(-65.123)).toBe('-65.1');
		expect(formatNumber(1e-10)).toBe('0');
		expect(formatNumber(12345.6)).toBe('12346');
		expect(formatNumber(Number.NaN)).toBe('no value');
	});
});

describe('a point read out', () => {
	it('says x, kind, quantity, value and unit, then series and position', () => {
		const meta = chartMeta({
			type: 'line',
			labels: ['C1', 'E1', 'E4'],
			x: { title: 'Tone trials', type: 'category' },
			y: { title: 'Freezing (model, %)' },
			kind: 'model'
		});
		const [s] = snapshot([{ label: 'Control signalling', data: [80, 50, 31], style: 0 }]);
		expect(describePoint(meta, s, 2)).toBe('E4, model freezing 31 %. Control signalling, point 3 of 3.');
	});

	it('uses the figure kind when the axis names none, and numeric x with its unit', () => {
		const bars = chartMeta({
			type: 'bar',
			labels: ['Vehicle', 'CNO'],
			x: { title: 'Group', type: 'category' },
			y: { title: 'Information per neuron' },
			kind: 'reported'
		});
		const [s] = snapshot([{ label: 'Decoder', data: [0.31, 0.2], style: 0 }]);
		expect(describePoint(bars, s, 0)).toBe('Vehicle, reported information per neuron 0.31. Decoder, point 1 of 2.');

		const trace = chartMeta({ x: { title: 'Time (ms)' }, y: { title: 'Voltage (mV)' }, kind: 'model' });
		const [v] = snapshot([{ label: 'Boosted cell', data: [{ x: 120, y: -65.04 }], style: 0 }]);
		expect(describePoint(trace, v, 0)).toBe('Time 120 ms, model voltage -65 mV. Boosted cell, point 1 of 1.');
	});

	it('reads a series on the right axis with that axis', () => {
		const meta = chartMeta({ x: { title: 'Time (s)' }, y: { title: 'Rate (Hz)' }, y2: { title: 'Weight (nS)' } });
		const [, w] = snapshot([
			{ label: 'Rate', data: [{ x: 1, y: 3 }], style: 0 },
			{ label: 'Weight', data: [{ x: 1, y: 0.52 }], style: 1, axis: 'y2' }
		]);
		expect(describePoint(meta, w, 0)).toBe('Time 1 s, weight 0.52 nS. Weight, point 1 of 1.');
	});
});

describe('describeChange', () => {
	const meta = chartMeta({
		type: 'line',
		labels: ['E1', 'E5', 'Ret'],
		x: { title: 'Block', type: 'category' },
		y: { title: 'Freezing (model, %)' }
	});

	it('names the point with the largest change, rose or fell', () => {
		const before = snapshot([{ label: 'Your setting', data: [60, 30, 19], style: 1 }]);
		const after = snapshot([{ label: 'Your setting', data: [61, 28, 42], style: 1 }]);
		expect(describeChange(before, after, meta)).toBe('Your setting: model freezing at Ret rose from 19 % to 42 %.');
		expect(describeChange(after, before, meta)).toBe('Your setting: model freezing at Ret fell from 42 % to 19 %.');
	});

	it('says nothing when no value a reader hears has changed', () => {
		const a = snapshot([{ label: 'S', data: [60, 30, 19], style: 0 }]);
		const b = snapshot([{ label: 'S', data: [60.0001, 30, 19.00001], style: 0 }]);
		expect(describeChange(a, b, meta)).toBe('');
		expect(describeChange([], [], meta)).toBe('');
	});

	it('pairs by position when the count is unchanged (labels carry the setting)', () => {
		const before = snapshot([{ label: 'Your setting (0.50×)', data: [60, 30, 19], style: 1 }]);
		const after = snapshot([{ label: 'Your setting (0.75×)', data: [60, 30, 25], style: 1 }]);
		expect(describeChange(before, after, meta)).toBe('Your setting (0.75×): model freezing at Ret rose from 19 % to 25 %.');
	});

	it('announces a series that appears or disappears', () => {
		const one = snapshot([{ label: 'Control', data: [60, 30, 19], style: 0 }]);
		const two = snapshot([
			{ label: 'Control', data: [60, 30, 19], style: 0 },
			{ label: 'Your setting', data: [70, 45, 40], style: 1 }
		]);
		expect(describeChange(one, two, meta)).toBe('Now showing Your setting: model freezing from 70 % at E1 to 40 % at Ret.');
		expect(describeChange(two, one, meta)).toBe('Your setting no longer shown.');
	});

	it('for streaming data, the latest point and the one before', () => {
		const live = chartMeta({ x: { title: 'Model time (s)' }, y: { title: 'Firing rate (Hz)' }, kind: 'model' });
		const before = snapshot([
			{
				label: 'Excitatory cells',
				data: [
					{ x: 1, y: 40 },
					{ x: 2, y: 12.31 }
				],
				style: 0
			}
		]);
		const after = snapshot([
			{
				label: 'Excitatory cells',
				data: [
					{ x: 1, y: 40 },
					{ x: 2, y: 12.31 },
					{ x: 3, y: 6 },
					{ x: 4, y: 5.04 }
				],
				style: 0
			}
		]);
		expect(describeChange(before, after, live)).toBe(
			'Excitatory cells: model firing rate 5.04 Hz at model time 4 s, was 12.3 Hz at model time 2 s.'
		);
		const empty = snapshot([{ label: 'Excitatory cells', data: [], style: 0 }]);
		expect(describeChange(after, empty, live)).toBe('Excitatory cells cleared.');
		expect(describeChange(empty, before, live)).toBe('Excitatory cells: model firing rate 12.3 Hz at model time 2 s.');
	});

	it('stops after a few series and says how many more changed', () => {
		const mk = (k: number) => snapshot(Array.from({ length: 5 }, (_, i) => ({ label: `S${i}`, data: [k * (i + 1), 1, 1], style: i })));
		const text = describeChange(mk(1), mk(2), meta, 3);
		expect(text.match(/rose/g)).toHaveLength(3);
		expect(text.endsWith('2 more series changed.')).toBe(true);
	});
});

describe('read-out details', () => {
	it('marks reference lines and does not double a unit’s full stop', () => {
		const meta = chartMeta({ x: { title: 'Trial' }, y: { title: 'Input (a.u.)' }, kind: 'model' });
		const [chance, input] = snapshot([
			{ label: 'Chance', data: [{ x: 1, y: 50 }], style: 6, reference: true },
			{ label: 'Input', data: [{ x: 1, y: 2.5 }], style: 0 }
		]);
		expect(describePoint(meta, chance, 0)).toBe('Trial 1, model input 50 a.u. Chance (reference line), point 1 of 1.');
		expect(describePoint(meta, input, 0)).toBe('Trial 1, model input 2.5 a.u. Input, point 1 of 1.');
	});
});
