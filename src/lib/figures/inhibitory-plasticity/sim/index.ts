/** The building blocks of the live spiking-network figures (SpikingNetwork, MemoryAssembly); their frame is figure-kit/Frame with `sim`. */
export { default as ChartPair } from './ChartPair.svelte';
export { default as RasterCanvas } from './RasterCanvas.svelte';
export { default as RasterLegend } from './RasterLegend.svelte';
export { default as SimChart } from './SimChart.svelte';
export { spikes, timeAxis, timeWindow, type Paint } from './raster';
export { numericColumns, targetLine } from './series';
