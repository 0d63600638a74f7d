import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeAdjustment, parseNumber, queryString, readParams, writeParams } from '../../src/lib/state/url';
import { sanitize, type ParamSpec } from '../../src/lib/models/types';
import { BIG, HOSTILE, JUNK } from '../hostile-queries';

const spec: ParamSpec[] = [
	{ key: 'gain', label: 'Gain', unit: '×', min: 0, max: 2, step: 0.05, default: 1, meaning: 'tuning gain' },
	{ key: 'n', label: 'Neurons', unit: '', min: 1, max: 200, step: 1, default: 50, meaning: 'ensemble size' },
	{ key: 'rate', label: 'Rate', unit: 'Hz', min: -5, max: 5, step: 0.1, default: 0, meaning: 'signed rate' }
];

describe('parseNumber', () => {
	it.each([
		['1', 1],
		['-2.5', -2.5],
		['.5', 0.5],
		['1e3', 1000],
		[' 3 ', 3],
		['+4', 4]
	])('parses %j', (raw, value) => expect(parseNumber(raw)).toBe(value));

	it.each(['', 'NaN', 'Infinity', '-Infinity', '1e309', '0x10', 'abc', '1,5', '<script>', '1 2', '٣', null, undefined])(
		'rejects %j',
		(raw) => expect(parseNumber(raw as string)).toBeUndefined()
	);

	it('rejects 10 kB values without parsing them', () => {
		expect(parseNumber('1'.repeat(10_000))).toBeUndefined();
	});
});

describe('readParams', () => {
	it.each([...HOSTILE, ...BIG].map((v) => [v.slice(0, 30), v]))(
		'reads the hostile value %j as a value in range, on the grid, or the default',
		(_shown, value) => {
			for (const key of ['gain', 'sim.gain']) {
				const query = new URLSearchParams([[key, value], ...JUNK]);
				const { params } = readParams(spec, query, key.includes('.') ? 'sim' : undefined);
				for (const s of spec) {
					const v = params[s.key];
					expect(Number.isFinite(v), `${key}=${value}: ${s.key}`).toBe(true);
					expect(v).toBeGreaterThanOrEqual(s.min);
					expect(v).toBeLessThanOrEqual(s.max);
					expect(sanitize(s, v)).toBeCloseTo(v, 9);
				}
				// Only the one number a strict parse accepts moves the slider; everything else is the default.
				const parsed = parseNumber(value);
				expect(params.gain).toBeCloseTo(parsed === undefined ? 1 : sanitize(spec[0], parsed), 9);
			}
		}
	);

	it('gives defaults for an empty query', () => {
		expect(readParams(spec, '').params).toEqual({ gain: 1, n: 50, rate: 0 });
	});

	it('ignores unknown keys', () => {
		const r = readParams(spec, '?evil=1&gain=1.5');
		expect(r.params).toEqual({ gain: 1.5, n: 50, rate: 0 });
		expect(r.adjusted).toEqual([]);
	});

	it('clamps out-of-range values and reports them', () => {
		const r = readParams(spec, 'gain=99&n=-4&rate=-1e6');
		expect(r.params).toEqual({ gain: 2, n: 1, rate: -5 });
		expect(r.adjusted.sort()).toEqual(['gain', 'n', 'rate']);
	});

	it('snaps to the step grid', () => {
		expect(readParams(spec, 'gain=1.33&n=7.6&rate=0.26').params).toEqual({ gain: 1.35, n: 8, rate: 0.3 });
	});

	it('replaces garbage with the default', () => {
		const r = readParams(spec, 'gain=NaN&n=&rate=%3Cscript%3E');
		expect(r.params).toEqual({ gain: 1, n: 50, rate: 0 });
		expect(r.adjusted.sort()).toEqual(['gain', 'n', 'rate']);
	});

	it('takes the first of repeated keys', () => {
		expect(readParams(spec, 'gain=0.5&gain=1.5').params.gain).toBe(0.5);
	});

	it('prefers the figure-prefixed key, and accepts a bare one', () => {
		expect(readParams(spec, 'fig.gain=0.5&gain=1.5', 'fig').params.gain).toBe(0.5);
		expect(readParams(spec, 'gain=1.5', 'fig').params.gain).toBe(1.5);
		expect(readParams(spec, 'other.gain=1.5', 'fig').params.gain).toBe(1);
	});

	it('never returns -0', () => {
		expect(Object.is(readParams(spec, 'rate=-0').params.rate, 0)).toBe(true);
		expect(Object.is(readParams(spec, 'rate=-0.01').params.rate, 0)).toBe(true);
	});

	it('always yields finite, in-range, on-grid values for any query string (fuzzed)', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), fc.dictionary(fc.constantFrom('gain', 'n', 'rate', 'x'), fc.string()), (raw, dict) => {
				const query = raw + '&' + new URLSearchParams(dict).toString();
				const { params } = readParams(spec, query);
				for (const p of spec) {
					const v = params[p.key];
					expect(Number.isFinite(v)).toBe(true);
					expect(v).toBeGreaterThanOrEqual(p.min);
					expect(v).toBeLessThanOrEqual(p.max);
					expect(sanitize(p, v)).toBe(v);
				}
			}),
			{ numRuns: 500 }
		);
	});
});

describe('writeParams', () => {
	it('omits defaults and keeps other keys', () => {
		const q = writeParams(spec, { gain: 1, n: 80, rate: 0 }, 'theme=dark');
		expect(q.toString()).toBe('theme=dark&n=80');
	});

	it('round-trips through readParams', () => {
		fc.assert(
			fc.property(fc.double({ min: 0, max: 2, noNaN: true }), fc.integer({ min: 1, max: 200 }), (gain, n) => {
				const params = { gain: sanitize(spec[0], gain), n, rate: 0 };
				expect(readParams(spec, writeParams(spec, params)).params).toEqual(params);
				expect(readParams(spec, queryString(spec, params, 'f'), 'f').params).toEqual(params);
			})
		);
	});

	it('prefixes keys for a figure on an article page and drops the bare duplicates', () => {
		expect(writeParams(spec, { gain: 1.5, n: 50, rate: 0 }, 'gain=0.5', 'fig').toString()).toBe('fig.gain=1.5');
	});
});

describe('readParams changes (what the reader is told)', () => {
	it('says why each value was replaced', () => {
		const { changes } = readParams(spec, '?gain=99&n=abc&rate=-9&x=1');
		expect(changes).toEqual([
			{ key: 'gain', raw: '99', value: 2, reason: 'max' },
			{ key: 'n', raw: 'abc', value: 50, reason: 'unreadable' },
			{ key: 'rate', raw: '-9', value: -5, reason: 'min' }
		]);
	});
	it('reports a value snapped to the step', () => {
		expect(readParams(spec, '?gain=1.01').changes).toEqual([{ key: 'gain', raw: '1.01', value: 1, reason: 'step' }]);
	});
	it('lists the keys a link gave a number for, clamped or not, but not unreadable ones', () => {
		expect(readParams(spec, '?gain=99&n=abc&rate=1').linked).toEqual(['gain', 'rate']);
	});
	it('reports nothing for a clean link', () => {
		expect(readParams(spec, '?gain=1.5&n=10').changes).toEqual([]);
	});
	it('describes a change with the label, both values and the reason', () => {
		const [change] = readParams(spec, '?gain=99').changes;
		expect(describeAdjustment(spec, change)).toBe("Gain 99 → 2.00 × (the slider's maximum)");
	});
	it('cuts a long raw value so the notice stays short', () => {
		const [change] = readParams(spec, `?n=${'9'.repeat(30)}`).changes;
		expect(change.raw.length).toBeLessThanOrEqual(12);
	});
});
