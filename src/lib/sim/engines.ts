/** Everything a benchmark or test needs of the engines, from one module. */
export * from './network';
export * from './wasm-network';
export * from './create';
