/**
 * Which engine runs a network: the WebAssembly one (wasm-network.ts) where it can, else the
 * TypeScript reference (network.ts). Both give the same spikes for the same configuration.
 */
import { SpikingNetwork, type NetworkConfig, type NetworkCore } from './network';
import { WasmNetwork, kernelModule } from './wasm-network';

export type EngineKind = 'wasm' | 'js';
export type Network = NetworkCore;

/** The engine this environment would run ('wasm' if WebAssembly with SIMD may be compiled here). */
export function bestEngine(): EngineKind {
	return kernelModule() ? 'wasm' : 'js';
}

export function createNetwork(cfg: NetworkConfig, engine: EngineKind | 'auto' = 'auto'): Network {
	const kind = engine === 'auto' ? bestEngine() : engine;
	return kind === 'wasm' ? new WasmNetwork(cfg) : new SpikingNetwork(cfg);
}

export function engineOf(net: Network): EngineKind {
	return net instanceof WasmNetwork ? 'wasm' : 'js';
}
