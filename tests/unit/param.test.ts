import { describe, expect, it } from 'vitest';
import { param, type ParamSpec } from '../../src/lib/models/types';

const spec: ParamSpec[] = [{ key: 'gain', label: 'Gain', unit: '×', min: 0, max: 2, step: 0.1, default: 1, meaning: 'g' }];

describe('param', () => {
	it('clamps and snaps the value given', () => {
		expect(param(spec, { gain: 9 }, 'gain')).toBe(2);
		expect(param(spec, { gain: 0.44 }, 'gain')).toBe(0.4);
	});
	it('gives the default for a missing or non-finite value', () => {
		expect(param(spec, {}, 'gain')).toBe(1);
		expect(param(spec, { gain: NaN }, 'gain')).toBe(1);
	});
	it('says which key is unknown instead of crashing on undefined', () => {
		expect(() => param(spec, {}, 'gian')).toThrow(/"gian"/);
	});
});
