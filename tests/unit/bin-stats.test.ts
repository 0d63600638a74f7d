import { describe, expect, it } from 'vitest';
import type { SimBin as Bin } from '../../src/lib/sim/protocol';
import { meanBin } from '../../src/lib/figures/inhibitory-plasticity/assembly/bin-stats';

const bin = (t: number, rate: number, extra: Partial<Bin> = {}): Bin => ({
	t,
	rateE: rate,
	rateI: 2 * rate,
	wMean: t,
	iExc: 0,
	iInh: 0,
	rateA: rate,
	rateRest: rate + 1,
	rateCued: rate,
	rateUncued: rate,
	wA: t / 10,
	wRest: 0,
	cue: 0,
	gain: 1,
	...extra
});

describe('meanBin', () => {
	it('is undefined for no bins', () => expect(meanBin([])).toBeUndefined());
	it('averages the rates and keeps the last bin for everything else', () => {
		const m = meanBin([bin(10, 1), bin(20, 3), bin(30, 5, { gain: 4 })])!;
		expect(m.rateE).toBeCloseTo(3);
		expect(m.rateI).toBeCloseTo(6);
		expect(m.rateRest).toBeCloseTo(4);
		expect(m.t).toBe(30);
		expect(m.wMean).toBe(30);
		expect(m.wA).toBe(3);
		expect(m.gain).toBe(4);
	});
	it('does not change the bins it reads', () => {
		const bins = [bin(10, 1), bin(20, 3)];
		meanBin(bins);
		expect(bins[1].rateE).toBe(3);
	});
});
