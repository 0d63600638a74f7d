/**
 * The WebAssembly engine (src/lib/sim/wasm-network.ts, kernel.wat) against the TypeScript
 * reference (src/lib/sim/network.ts): built from the same seed they must give the same spikes,
 * step by step, and the same membrane potentials, weights and bins, bit for bit (the kernel does
 * the reference's arithmetic in the same order, in double precision). Also: the committed kernel
 * bytes are what kernel.wat compiles to.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { Assembly } from '../../src/lib/sim/assembly';
import { bestEngine, createNetwork, engineOf } from '../../src/lib/sim/create';
import { KERNEL_WASM } from '../../src/lib/sim/kernel.wasm';
import { SpikingNetwork, configFor, type NetworkConfig, type NetworkCore } from '../../src/lib/sim/network';
import { WasmNetwork } from '../../src/lib/sim/wasm-network';
import { compileKernel, kernelModule } from '../../scripts/build-wasm.mjs';

vi.setConfig({ testTimeout: 120_000 });

/** Every step's spikes, as one list of [step, cell]. */
function record(net: NetworkCore): number[][] {
	const out: number[][] = [];
	net.onStep = (step, spikes, count) => {
		for (let q = 0; q < count; q++) out.push([step, spikes[q]]);
	};
	return out;
}

function pair(cfg: NetworkConfig): [SpikingNetwork, WasmNetwork] {
	return [new SpikingNetwork(cfg), new WasmNetwork(cfg)];
}

function expectSame(a: NetworkCore, b: NetworkCore): void {
	expect(b.step).toBe(a.step);
	expect(Array.from(b.v)).toEqual(Array.from(a.v));
	expect(Array.from(b.plasticWeights())).toEqual(Array.from(a.plasticWeights()));
	expect(b.wMean).toBe(a.wMean);
	expect(b.drainBins()).toEqual(a.drainBins());
}

describe('the WebAssembly kernel', () => {
	it('is what kernel.wat compiles to (run `npm run build:wasm` after editing it)', async () => {
		const bytes: Uint8Array = await compileKernel();
		expect(Buffer.from(KERNEL_WASM, 'base64').equals(Buffer.from(bytes))).toBe(true);
		expect(readFileSync(new URL('../../src/lib/sim/kernel.wasm.ts', import.meta.url), 'utf8')).toBe(kernelModule(bytes));
	});

	it('is what runs here (Node has WebAssembly with SIMD)', () => {
		expect(bestEngine()).toBe('wasm');
		expect(engineOf(createNetwork(configFor(100)))).toBe('wasm');
		expect(engineOf(createNetwork(configFor(100), 'js'))).toBe('js');
	});
});

describe('same seed, same spikes', () => {
	it('the default network (10,000 cells), through the first 100 ms and into plasticity', () => {
		const [a, b] = pair(configFor(10_000, { seed: 1, plasticityFrom: 50 }));
		const sa = record(a);
		const sb = record(b);
		a.run(1000);
		b.run(1000);
		expect(sa.length).toBeGreaterThan(10_000);
		expect(sb).toEqual(sa);
		expectSame(a, b);
	});

	it('2,000 cells for 1.2 s, across many rescalings of the stored conductances', () => {
		const [a, b] = pair(configFor(2000, { seed: 7, plasticityFrom: 200 }));
		const sa = record(a);
		const sb = record(b);
		a.run(12_000);
		b.run(12_000);
		expect(sb).toEqual(sa);
		expectSame(a, b);
		expect(a.wMean).toBeGreaterThan(0.1); // plasticity did act
	});

	it('odd sizes (the kernel does four cells at a time) and extra drive on a block that starts mid-group', () => {
		for (const n of [1, 3, 5, 37]) {
			const cfg: NetworkConfig = { ...configFor(n, { seed: n }), plasticityFrom: 0 };
			const [a, b] = pair(cfg);
			for (const net of [a, b]) net.setDrive(1, Math.max(1, n - 1), 150);
			const sa = record(a);
			const sb = record(b);
			a.run(3000);
			b.run(3000);
			expect(sb).toEqual(sa);
			expectSame(a, b);
		}
	});

	it('with the memory-assembly demo attached, imprinted and cued', () => {
		const cfg = configFor(2000, { seed: 3, wIE0: 2, plasticityFrom: 0 });
		const [a, b] = pair(cfg);
		const [ma, mb] = [new Assembly(a, 160), new Assembly(b, 160)];
		const sa = record(a);
		const sb = record(b);
		for (const [net, asm] of [
			[a, ma],
			[b, mb]
		] as const) {
			net.run(2000);
			asm.gain = 5;
			net.run(2000);
			asm.cue(asm.cueCells, 100, 300);
			net.run(4000);
		}
		expect(sb).toEqual(sa);
		expectSame(a, b);
	});

	it('a different seed gives different spikes', () => {
		const a = new WasmNetwork(configFor(1000, { seed: 1 }));
		const b = new WasmNetwork(configFor(1000, { seed: 2 }));
		const sa = record(a);
		const sb = record(b);
		a.run(500);
		b.run(500);
		expect(sb).not.toEqual(sa);
	});
});
