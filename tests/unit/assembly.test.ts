/**
 * The memory-assembly demo (src/lib/sim/assembly.ts) on the spiking engine, attached through the
 * engine's hooks: a block of excitatory cells whose mutual synapses are strengthened, brought back
 * to balance by inhibitory plasticity, then recalled by a cue to half of it. Checked against the
 * directions of effect Vogels et al. (2011) report, on 2,000 cells (seeded, a few seconds of model
 * time each), with the engine the page runs (WebAssembly; tests/unit/engine.test.ts shows the
 * TypeScript reference gives the same spikes).
 */
import { describe, expect, it, vi } from 'vitest';
import { Assembly, type AssemblyFields } from '../../src/lib/sim/assembly';
import { createNetwork, type Network } from '../../src/lib/sim/create';
import { SpikingNetwork, configFor, type Bin } from '../../src/lib/sim/network';
import { ASSEMBLY_FRACTION, ASSEMBLY_WIE0, CUE_MS } from '../../src/lib/sim/protocol';

// Seconds of model time per test: allow for a machine shared with other work.
vi.setConfig({ testTimeout: 120_000 });

const N = 2000;
const NA = Math.round(N * 0.8 * ASSEMBLY_FRACTION); // 160 cells

/** A network with an assembly, and the assembly; `net.asm` for short. */
function network(): Network & { asm: Assembly } {
	const net = createNetwork(configFor(N, { seed: 3, wIE0: ASSEMBLY_WIE0, plasticityFrom: 0 }));
	return Object.assign(net, { asm: new Assembly(net, NA) });
}

type AsmBin = Bin & AssemblyFields;

/** Run `ms` of model time and average the bins it produced. */
function run(net: Network, ms: number): AsmBin {
	net.drainBins();
	net.run(Math.round(ms / net.cfg.dt));
	const bins = net.drainBins() as AsmBin[];
	const out = { ...bins[bins.length - 1] };
	for (const key of ['rateE', 'rateA', 'rateRest', 'rateCued', 'rateUncued', 'cue'] as const)
		out[key] = bins.reduce((s, b) => s + b[key], 0) / bins.length;
	return out;
}

describe('the assembly before imprinting', () => {
	it('is wired like the rest: its synapses carry the normal weight, and the split of each row is exact', () => {
		const net = network();
		expect(net.asm.size).toBe(NA);
		expect(net.asm.cueCells).toBe(NA / 2);
		for (let i = 0; i < NA; i++) {
			for (let m = net.exc.start[i]; m < net.exc.start[i + 1]; m++) {
				expect(net.exc.targets[m] < NA).toBe(m < net.asm.insideEnd[i]);
			}
		}
		// about p * NA = 16 inputs from members per member
		const inside = Array.from({ length: NA }, (_, i) => net.asm.insideEnd[i] - net.exc.start[i]);
		const mean = inside.reduce((s, x) => s + x, 0) / NA;
		expect(mean).toBeGreaterThan(13);
		expect(mean).toBeLessThan(19);
	});

	it('leaves the network unchanged until imprinted, or when empty (the same spikes as without it)', () => {
		const cfg = configFor(800, { seed: 9, plasticityFrom: 50 });
		const a = new SpikingNetwork(cfg);
		const b = new SpikingNetwork(cfg);
		const c = new SpikingNetwork(cfg);
		new Assembly(b, 64); // attached, not imprinted
		new Assembly(c, 0, 5); // no members
		for (const net of [a, b, c]) net.run(1500);
		for (const net of [b, c]) {
			expect(Array.from(net.v)).toEqual(Array.from(a.v));
			expect(Array.from(net.plasticWeights())).toEqual(Array.from(a.plasticWeights()));
		}
	});

	it('a stronger assembly synapse adds gain times the weight to the target conductance', () => {
		// three excitatory cells, all connected; cells 0 and 1 form the assembly; only cell 0 fires
		const net = new SpikingNetwork({ ...configFor(3), n: 3, fracE: 1, p: 1, iBg: 0, v0Low: -60, v0High: -60 });
		new Assembly(net, 2, 4);
		net.v[0] = -40;
		net.run(1);
		expect(net.spikeCount).toBe(1);
		const w = net.cfg.wExc;
		expect(net.conductances(1).ampa).toBeCloseTo(4 * w, 12); // member -> member
		expect(net.conductances(2).ampa).toBeCloseTo(w, 12); // member -> non-member
		expect(net.conductances(0).ampa).toBeCloseTo(4 * w, 12); // self-connection inside the assembly
	});
});

describe('imprinting, balance, recall', () => {
	it('with plasticity off, an imprinted assembly fires faster than the other excitatory cells', () => {
		const net = network();
		run(net, 4000); // near balance, then the rule is switched off
		net.eta = 0;
		const before = run(net, 1000);
		net.asm.gain = 5;
		const after = run(net, 1500);
		const w = Array.from(net.plasticWeights());
		expect(after.rateA).toBeGreaterThan(2 * after.rateRest);
		// the strengthening, not the choice of cells, makes the difference
		expect(after.rateA / after.rateRest).toBeGreaterThan(2 * (before.rateA / before.rateRest));
		// and nothing learned meanwhile
		expect(Array.from(net.plasticWeights())).toEqual(w);
	});

	it('with iSTDP on, inhibition onto the assembly grows until its rate is back near the target', () => {
		const net = network();
		run(net, 4000); // settle near balance
		const w0 = { a: net.weightOnto(0, NA), rest: net.weightOnto(NA, net.nE) };
		net.asm.gain = 5;
		const burst = run(net, 1000);
		run(net, 5000);
		const late = run(net, 3000);
		// the imprint drives the assembly far above the rest ...
		expect(burst.rateA).toBeGreaterThan(2 * burst.rateRest);
		// ... and the learning rule brings it back down towards rho0 (3 Hz), in line with the rest of
		// the network (which, after 13 s, is itself still settling a few Hz above rho0)
		expect(late.rateA).toBeLessThan(burst.rateA / 2);
		expect(Math.abs(late.rateA - net.rho0)).toBeLessThan(Math.abs(burst.rateA - net.rho0) / 3);
		expect(late.rateA).toBeLessThan(1.5 * late.rateRest);
		expect(late.rateA).toBeGreaterThan(net.rho0 / 4);
		// by strengthening inhibition onto members more than onto the other cells
		const wA = net.weightOnto(0, NA);
		const wRest = net.weightOnto(NA, net.nE);
		expect(wA - w0.a).toBeGreaterThan(2 * Math.abs(wRest - w0.rest));
		expect(wA).toBeGreaterThan(1.1 * wRest);
		expect(late.wA).toBeCloseTo(wA, 1);
	});

	it('a cue to half the assembly makes the other half fire too, more than the non-members', () => {
		const net = network();
		run(net, 3000);
		net.asm.gain = 5;
		run(net, 6000); // balanced again
		const before = run(net, 1000);
		net.asm.cue(net.asm.cueCells, 100, CUE_MS);
		const during = run(net, CUE_MS);
		expect(during.cue).toBe(1);
		expect(before.cue).toBe(0);
		const riseCued = during.rateCued - before.rateCued;
		const riseUncued = during.rateUncued - before.rateUncued;
		const riseRest = during.rateRest - before.rateRest;
		// the cued half is driven; the uncued half follows through the strengthened synapses
		expect(riseCued).toBeGreaterThan(10);
		expect(riseUncued).toBeGreaterThan(3);
		expect(riseUncued).toBeGreaterThan(3 * Math.max(0.5, riseRest));
		// the cue ends on time
		const after = run(net, 1000);
		expect(after.cue).toBe(0);
		expect(after.rateCued).toBeLessThan(during.rateCued / 2);
	});

	it('without imprinting, the same cue barely reaches the other half', () => {
		const net = network();
		run(net, 3000);
		const before = run(net, 1000);
		net.asm.cue(net.asm.cueCells, 100, CUE_MS);
		const during = run(net, CUE_MS);
		const riseUncued = during.rateUncued - before.rateUncued;
		expect(during.rateCued - before.rateCued).toBeGreaterThan(10);
		// the other half gets only the ordinary synapses from the cued half: a small rise at most
		expect(riseUncued).toBeLessThan(0.2 * (during.rateCued - before.rateCued));
	});
});
