/**
 * Whether the reader asked for less motion: `reducedMotion.current` (reactive, false while prerendering).
 * Svelte's own signal, re-exported so every figure reads the same one.
 */
export { prefersReducedMotion as reducedMotion } from 'svelte/motion';
