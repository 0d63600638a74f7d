/** The LIF neuron against its closed form and the textbook check values (issue 6). */
import { describe, expect, it } from 'vitest';
import { BASELINE, CURRENTS, closedFormRate, fiCurve, rheobase, run, simulate, simulatedRate, spec } from '../../src/lib/models/lif-neuron';

const close = (actual: number, expected: number, rel = 0.005) =>
	expect(Math.abs(actual - expected) / expected, `${actual} vs ${expected}`).toBeLessThanOrEqual(rel);

describe('LIF f-I curve (tau_m 10 ms, g_L 10 nS, E_L = V_reset = -75 mV, V_th -55 mV, t_ref 2 ms)', () => {
	it('has a rheobase of 200 pA', () => {
		close(rheobase(BASELINE), 200);
		expect(closedFormRate(BASELINE, 199)).toBe(0);
		expect(closedFormRate(BASELINE, 201)).toBeGreaterThan(0);
	});

	it('fires 77.0 Hz at 300 pA and 112 Hz at 400 pA (closed form)', () => {
		close(closedFormRate(BASELINE, 300), 77.0);
		close(closedFormRate(BASELINE, 400), 112);
	});

	it('simulation agrees with the closed form, including the check values', () => {
		close(simulatedRate(BASELINE, 300), 77.0);
		close(simulatedRate(BASELINE, 400), 112);
		for (const i of [220, 250, 350, 450, 500]) close(simulatedRate(BASELINE, i), closedFormRate(BASELINE, i));
	});

	it('the simulated cell stays silent below rheobase and starts firing just above it', () => {
		expect(simulate(BASELINE, 190, { duration: 500 }).spikes.length).toBe(0);
		expect(simulate(BASELINE, 210, { duration: 500 }).spikes.length).toBeGreaterThan(3);
	});
});

describe('excitability knobs move the f-I curve the way physiology says', () => {
	it('a lower threshold lowers rheobase and raises the rate', () => {
		const lower = { ...BASELINE, vth: -58 };
		expect(rheobase(lower)).toBeLessThan(rheobase(BASELINE));
		expect(closedFormRate(lower, 300)).toBeGreaterThan(closedFormRate(BASELINE, 300));
	});

	it('a higher input resistance lowers rheobase and raises the rate near threshold', () => {
		const high = { ...BASELINE, rin: 150 };
		expect(rheobase(high)).toBeLessThan(rheobase(BASELINE));
		expect(closedFormRate(high, 250)).toBeGreaterThan(closedFormRate(BASELINE, 250));
	});

	it('a larger AHP lowers the steady rate (spike-frequency adaptation) but not the rheobase', () => {
		const r0 = simulatedRate(BASELINE, 400);
		const r1 = simulatedRate({ ...BASELINE, ahp: 20 }, 400);
		const r2 = simulatedRate({ ...BASELINE, ahp: 50 }, 400);
		expect(r1).toBeLessThan(r0);
		expect(r2).toBeLessThan(r1);
		expect(rheobase({ ...BASELINE, ahp: 50 })).toBe(rheobase(BASELINE));
	});

	it('the quick f-I curve drawn with an AHP matches a long, fine simulation', () => {
		const cell = { ...BASELINE, ahp: 30 };
		const quick = fiCurve(cell);
		CURRENTS.forEach((i, j) => {
			if (j % 3) return; // every third current keeps this test quick
			const fine = simulatedRate(cell, i, 2000, 0.05);
			expect(Math.abs(quick[j] - fine), `${i} pA`).toBeLessThanOrEqual(Math.max(0.5, 0.02 * fine));
		});
	});

	it('the f-I curve never decreases with current', () => {
		for (const cell of [BASELINE, { ...BASELINE, ahp: 40 }, { vth: -60, rin: 180, ahp: 10 }]) {
			const fi = fiCurve(cell);
			for (let i = 1; i < fi.length; i++) expect(fi[i]).toBeGreaterThanOrEqual(fi[i - 1] - 1e-9);
		}
	});
});

describe('run()', () => {
	it('emits only finite numbers across the whole spec (corners and random points)', () => {
		const corners = spec.reduce<Record<string, number>[]>(
			(acc, p) =>
				acc.flatMap((o) => [
					{ ...o, [p.key]: p.min },
					{ ...o, [p.key]: p.max }
				]),
			[{}]
		);
		for (const params of corners) {
			const r = run(params);
			const numbers = [
				r.rheobase,
				r.rate,
				r.spikeCount,
				r.at300.cell,
				r.at300.baseline,
				...r.fi,
				...r.baselineFi,
				...r.trace.flatMap((p) => [p.x, p.y])
			];
			for (const v of numbers) expect(Number.isFinite(v), JSON.stringify(params)).toBe(true);
		}
	});

	it('is deterministic', () => {
		expect(run({ vth: -57, rin: 120, ahp: 10, current: 320 })).toEqual(run({ vth: -57, rin: 120, ahp: 10, current: 320 }));
	});

	it('reproduces the baseline cell when the sliders are set to it', () => {
		const r = run({ ...BASELINE, current: 300 });
		expect(r.fi).toEqual(r.baselineFi);
		close(r.rate, 77.0);
	});
});
