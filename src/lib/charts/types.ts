/** What a figure hands to <Chart>: plain data, no Chart.js objects, no colours. */
export interface Series {
	label: string;
	/** y values (with `labels` on a category axis) or {x, y} points. */
	data: readonly number[] | readonly { x: number; y: number }[];
	/** Palette index: colour, dash and marker all follow it. */
	style: number;
	/** Draw as bars (on a line chart) or as points only. */
	as?: 'line' | 'bar' | 'points';
	/** Thin reference line (chance level, target...), drawn dashed and without markers. */
	reference?: boolean;
	/** Fill under the line (translucent). */
	fill?: boolean;
	/** Step-shaped line. */
	stepped?: boolean;
	/** Which y axis: 'y' (left, default) or 'y2' (right). */
	axis?: 'y' | 'y2';
	hidden?: boolean;
	/** Per-bar colours as palette indices (for bar charts that colour by category). */
	barStyles?: readonly number[];
	/** Point radius (default 0 for lines with many points, 3 otherwise). */
	pointRadius?: number;
	/** A reader's sketch ("Predict first"): dashed, with large diamond markers; <Chart sketch> edits it. */
	sketch?: boolean;
	/** The answer revealed over a sketch: drawn solid and thicker, whatever its style's dash. */
	answer?: boolean;
}

export interface Axis {
	title: string;
	/** Draw the title beside the axis (default true). Hidden, it still names the chart and its read-outs. */
	showTitle?: boolean;
	min?: number;
	max?: number;
	/** 'category' uses the chart's labels. */
	type?: 'linear' | 'category';
	/** Tick label formatter. */
	tick?: (value: number) => string;
	/** Approximate number of ticks. */
	ticks?: number;
	stacked?: boolean;
}
