/** How CellGrid draws each category of cell: a shape, a palette colour and solid or hollow. */
export type Shape = 'circle' | 'square' | 'triangle' | 'diamond' | 'dot';

export interface CellStyle {
	label: string;
	shape: Shape;
	/** Palette index (Okabe-Ito, as in the charts). */
	color: number;
	filled: boolean;
}
