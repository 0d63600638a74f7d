import { describe, expect, it } from 'vitest';
import { stepFromTops, stepFromVisibility } from '../../src/lib/ui/scrolly';

describe('active scroll step', () => {
	it('is the last step whose top passed the trigger line', () => {
		expect(stepFromTops([100, 900, 1700], 1000, 0.6)).toBe(0);
		expect(stepFromTops([-500, 500, 1300], 1000, 0.6)).toBe(1);
		expect(stepFromTops([-2000, -1200, -100], 1000, 0.6)).toBe(2);
	});

	it('is the first step before any is reached', () => {
		expect(stepFromTops([2000, 3000], 1000)).toBe(0);
	});

	it('inside an iframe: the most visible step, keeping the previous one when none shows', () => {
		expect(stepFromVisibility([0, 300, 120], 0)).toBe(1);
		expect(stepFromVisibility([200, 200, 0], 2)).toBe(0);
		expect(stepFromVisibility([0, 0, 0], 2)).toBe(2);
	});
});
