/** How CellGrid draws each category of cell: a shape, a palette colour and solid or hollow. */
export type Shape = 'circle' | 'square' | 'triangle' | 'diamond' | 'dot';

export interface CellStyle {
	label: string;
	shape: Shape;
	/** Palette index (Okabe-Ito, as in the charts). */
	color: number;
	filled: boolean;
}

/** Figure steps: apply a preset when the active scroll step changes (never on first render). */
export function stepper<T>(apply: (preset: T) => void, presets: readonly T[]) {
	let previous: number | undefined;
	let first = true;
	return (step: number | undefined) => {
		if (first) {
			first = false;
			previous = step;
			return;
		}
		if (step === undefined || step === previous) return;
		previous = step;
		const preset = presets[Math.max(0, Math.min(presets.length - 1, step))];
		if (preset) apply(preset);
	};
}
