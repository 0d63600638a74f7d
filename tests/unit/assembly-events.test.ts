import { describe, expect, it } from 'vitest';
import type { SimBin as Bin } from '../../src/lib/sim/protocol';
import { freshTracker, trackEvents } from '../../src/lib/figures/inhibitory-plasticity/assembly/events';

function bins(from: number, count: number, fields: Partial<Bin> = {}): Bin[] {
	return Array.from({ length: count }, (_, k) => ({
		t: from + 10 * (k + 1),
		rateE: 3,
		rateI: 6,
		wMean: 1,
		iExc: 0,
		iInh: 0,
		rateA: 3,
		rateRest: 3,
		rateCued: 3,
		rateUncued: 3,
		wA: 1,
		wRest: 1,
		cue: 0,
		gain: 1,
		...fields
	}));
}

describe('trackEvents', () => {
	it('sees nothing before the reader asks', () => {
		const s = trackEvents(freshTracker(), bins(0, 50));
		expect(s.ev.imprintAt).toBe(-1);
		expect(s.ev.cueAt).toBe(-1);
	});
	it('dates the imprint at the first bin run with the gain asked for, and records the level before', () => {
		let s = trackEvents(freshTracker(), bins(0, 100));
		s = { ...s, ev: { ...s.ev, imprintAsked: true, askedAt: 1000, askedGain: 5 } };
		s = trackEvents(s, [...bins(1000, 3), ...bins(1030, 20, { gain: 5, rateA: 30 })]);
		expect(s.ev.imprintAt).toBe(1030);
		expect(s.ev.gain).toBe(5);
		expect(s.ev.pre?.rateA).toBeCloseTo(3);
		expect(s.ev.peakA).toBeCloseTo(30);
	});
	it('measures a cue from its first to its last bin, with the levels before and during', () => {
		let s = trackEvents(freshTracker(), bins(0, 100));
		s = trackEvents(s, bins(1000, 100, { cue: 1, rateCued: 20, rateUncued: 12 }));
		expect(s.ev.cueAt).toBe(1000);
		expect(s.ev.cueEnd).toBe(-1);
		expect(s.ev.during?.rateCued).toBeCloseTo(20);
		s = trackEvents(s, bins(2000, 5));
		expect(s.ev.cueEnd).toBe(2000);
		expect(s.ev.preCue?.rateUncued).toBeCloseTo(3);
		expect(s.ev.during?.rateUncued).toBeCloseTo(12);
	});
	it('keeps one second of recent bins', () => {
		const s = trackEvents(freshTracker(), bins(0, 500));
		expect(s.recent.length).toBe(100);
	});
});
