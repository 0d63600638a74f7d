import { describe, expect, it } from 'vitest';
import { describeChange, recalled } from '../../src/lib/figures/inhibitory-plasticity/assembly/recall';

const lv = (rateUncued: number, rateRest: number) => ({ rateUncued, rateRest });

describe('recalled (the memory-assembly recall criterion)', () => {
	it('is true when the uncued half rises well above the rest of the network', () => {
		expect(recalled(lv(3, 3), lv(15, 4))).toBe(true);
	});
	it('needs a rise of more than 3 Hz in the uncued half', () => {
		expect(recalled(lv(3, 3), lv(6, 3))).toBe(false);
		expect(recalled(lv(3, 3), lv(6.01, 3))).toBe(true);
	});
	it('needs more than twice the rise outside the assembly', () => {
		expect(recalled(lv(3, 3), lv(13, 8))).toBe(false);
		expect(recalled(lv(3, 3), lv(13, 7.9))).toBe(true);
	});
	it('counts a rise outside the assembly as at least 0.5 Hz', () => {
		// rest falls: the uncued rise must still beat 1 Hz (2 × 0.5), and 3 Hz
		expect(recalled(lv(3, 3), lv(6.5, 0))).toBe(true);
	});
	it('never calls a fall a recall', () => {
		expect(recalled(lv(10, 3), lv(2, 3))).toBe(false);
	});
});

describe('describeChange', () => {
	const f = (x: number) => x.toFixed(1);
	it('uses 1 Hz as the threshold for rose/fell', () => {
		expect(describeChange(2, 9.1, f)).toBe('rose from 2.0 to 9.1 Hz');
		expect(describeChange(5, 3, f)).toBe('fell from 5.0 to 3.0 Hz');
		expect(describeChange(3, 3.9, f)).toBe('stayed about level from 3.0 to 3.9 Hz');
	});
});
