/**
 * The part of chart2music 1.20.0 that sonify.ts uses. Its package.json `exports` lists no types, so
 * TypeScript's bundler resolution cannot find dist/index.d.ts; this restates the few signatures.
 */
declare module 'chart2music' {
	interface C2MPoint {
		x: number;
		y: number;
	}
	interface C2MAxis {
		minimum?: number;
		maximum?: number;
		label?: string;
		format?: (value: number) => string;
	}
	interface C2MOptions {
		enableSound?: boolean;
		enableSpeech?: boolean;
		onFocusCallback?: (point: { slice: string; index: number; point: C2MPoint }) => void;
	}
	export function c2mChart(input: {
		type: 'line' | 'bar' | 'scatter';
		element: HTMLElement;
		cc?: HTMLElement;
		title?: string;
		data: Record<string, C2MPoint[]>;
		axes?: { x?: C2MAxis; y?: C2MAxis };
		options?: C2MOptions;
	}): { err: null | string; data?: { cleanUp(): void } };
}
