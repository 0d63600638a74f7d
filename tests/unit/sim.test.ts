/**
 * The spiking engines against closed forms and the fixed point of the inhibitory plasticity rule,
 * on networks small enough to run in milliseconds: the TypeScript reference (src/lib/sim/network.ts)
 * and the WebAssembly engine (src/lib/sim/wasm-network.ts), each on its own.
 */
import { describe, expect, it } from 'vitest';
import { SpikingNetwork, VOGELS_2011, configFor, randomCsr, type NetworkConfig, type NetworkCore } from '../../src/lib/sim/network';
import { WasmNetwork } from '../../src/lib/sim/wasm-network';
import { mulberry32 } from '../../src/lib/models/random';

const cfg = VOGELS_2011;
const tauM = cfg.C / cfg.gL; // 20 ms

const ENGINES: [string, (c: NetworkConfig) => NetworkCore][] = [
	['reference (TypeScript)', (c) => new SpikingNetwork(c)],
	['WebAssembly', (c) => new WasmNetwork(c)]
];

describe('wiring', () => {
	it('draws connections with probability p', () => {
		const csr = randomCsr(mulberry32(3), 400, 1000, 0.05);
		const mean = csr.targets.length / 400;
		expect(mean).toBeGreaterThan(47);
		expect(mean).toBeLessThan(53);
		let sorted = true;
		for (let i = 0; i < 400; i++) for (let m = csr.start[i] + 1; m < csr.start[i + 1]; m++) sorted &&= csr.targets[m] > csr.targets[m - 1];
		expect(sorted).toBe(true);
	});
});

describe.each(ENGINES)('%s engine', (_name, make) => {
	/** One excitatory cell with no synapses. */
	function lone(overrides: Partial<NetworkConfig>): NetworkCore {
		return make({ ...cfg, n: 1, fracE: 1, p: 0, ...overrides });
	}

	describe('a single cell', () => {
		it('relaxes to rest as v(t) = E_L + (v0 - E_L) exp(-t / tau_m)', () => {
			const net = lone({ iBg: 0, v0Low: -52, v0High: -52 });
			let worst = 0;
			for (let s = 1; s <= 1000; s++) {
				net.run(1);
				const exact = cfg.EL + (-52 - cfg.EL) * Math.exp(-(s * cfg.dt) / tauM);
				worst = Math.max(worst, Math.abs(net.v[0] - exact));
			}
			// forward Euler with dt / tau_m = 0.005 stays within 0.005 mV of the exact curve
			expect(worst).toBeLessThan(0.01);
			expect(net.v[0]).toBeCloseTo(cfg.EL + 8 * Math.exp(-100 / tauM), 2);
		});

		it('fires at the rate the integration predicts under a constant current', () => {
			const net = lone({ v0Low: cfg.vReset, v0High: cfg.vReset });
			let spikes = 0;
			net.onStep = (_s, _sp, count) => (spikes += count);
			net.run(20_000); // 2 s
			// time to climb from reset to threshold towards v_inf = E_L + I / g_L, plus refractoriness
			const vInf = cfg.EL + cfg.iBg / cfg.gL;
			const period = cfg.tRef + tauM * Math.log((vInf - cfg.vReset) / (vInf - cfg.vTh));
			const predicted = 1000 / period; // 53.0 Hz
			expect(spikes / 2).toBeGreaterThan(predicted * 0.98);
			expect(spikes / 2).toBeLessThan(predicted * 1.02);
		});

		it('stays silent when the current cannot reach threshold (v_inf below V_th)', () => {
			const net = lone({ iBg: 90, v0Low: cfg.vReset, v0High: cfg.vReset });
			let spikes = 0;
			net.onStep = (_s, _sp, count) => (spikes += count);
			net.run(10_000);
			expect(spikes).toBe(0);
			expect(net.v[0]).toBeCloseTo(cfg.EL + 90 / cfg.gL, 3);
		});
	});

	describe('synapses', () => {
		it('a spike adds its weight, which then decays as exp(-t / tau_AMPA), also across rescaling', () => {
			// two excitatory cells, all-to-all (with self-connections); both start above threshold
			const net = make({ ...cfg, n: 2, fracE: 1, p: 1, iBg: 0, v0Low: -40, v0High: -40 });
			net.run(1);
			expect(net.spikeCount).toBe(2);
			expect(net.conductances(1).ampa).toBeCloseTo(2 * cfg.wExc, 12);
			for (const steps of [50, 1000, 2500]) {
				const more = steps - (net.step - 1);
				net.run(more);
				const expected = 2 * cfg.wExc * Math.exp(-(steps * cfg.dt) / cfg.tauAmpa);
				expect(Math.abs(net.conductances(1).ampa / expected - 1)).toBeLessThan(1e-9);
			}
		});
	});

	describe('inhibitory plasticity', () => {
		/** One excitatory cell (53 Hz alone) inhibited by 40 plastic inhibitory inputs. */
		function balanced(rho0: number): number {
			const net = make({
				...cfg,
				n: 41,
				fracE: 1 / 41,
				pExc: 0,
				pII: 0,
				pIE: 1,
				rho0,
				plasticityFrom: 0,
				seed: 7
			});
			let post = 0;
			net.onStep = (step, spikes, count) => {
				if (step >= 30_000 && count > 0 && spikes[0] === 0) post++;
			};
			net.run(60_000); // 6 s, the last 3 s measured (alone the cell fires at 53 Hz)
			return post / 3;
		}

		it('brings the postsynaptic rate to the target rho0', () => {
			for (const rho0 of [3, 8]) {
				const rate = balanced(rho0);
				expect(rate).toBeGreaterThan(rho0 * 0.8);
				expect(rate).toBeLessThan(rho0 * 1.2);
			}
		});

		it('leaves the weights alone while eta is 0 (the first second)', () => {
			const net = make(configFor(400, { seed: 2 }));
			net.run(5000);
			expect(net.wMean).toBeCloseTo(cfg.wIE0, 15);
			net.run(6000);
			expect(net.wMean).toBeGreaterThan(0.01);
		});
	});

	describe('the full model at small size', () => {
		it('never produces NaN or infinity, and weights stay in [0, w_max]', () => {
			const net = make(configFor(1000, { seed: 4, plasticityFrom: 100 }));
			net.run(3000);
			const finite = (xs: ArrayLike<number>) => Array.from(xs).every(Number.isFinite);
			expect(finite(net.v) && finite(net.gA) && finite(net.gG)).toBe(true);
			expect(Array.from(net.plasticWeights()).every((x) => x >= 0 && x <= cfg.wMax)).toBe(true);
			const bins = net.drainBins();
			expect(bins.length).toBe(30);
			expect(bins.every((b) => Object.values(b).every(Number.isFinite))).toBe(true);
		});

		it('gives the same result for the same seed, and a different one for another seed', () => {
			const run = (seed: number) => {
				const net = make(configFor(600, { seed, plasticityFrom: 50 }));
				net.run(2000);
				return Array.from(net.v);
			};
			expect(run(5)).toEqual(run(5));
			expect(run(5)).not.toEqual(run(6));
		});
	});
});
