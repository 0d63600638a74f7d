/**
 * Small drawings shared by the design and network figures: everyday objects as SVG path data in a
 * 40 × 40 box centred on (0, 0). Illustrative only: the study used photographs of 72 objects.
 */
export const OBJECTS = {
	cup: 'M-12 -10 H10 V8 a6 6 0 0 1 -6 6 H-6 a6 6 0 0 1 -6 -6 Z M10 -5 h4 a5 5 0 0 1 0 10 h-4',
	key: 'M-14 0 a7 7 0 1 0 14 0 a7 7 0 1 0 -14 0 M0 0 H16 M10 0 v6 M15 0 v5',
	umbrella: 'M-16 0 a16 14 0 0 1 32 0 Z M0 0 V12 a4 4 0 0 1 -8 0',
	lamp: 'M-10 -14 H10 L14 2 H-14 Z M0 2 V14 M-8 14 H8'
} as const;

export type ObjectName = keyof typeof OBJECTS;
