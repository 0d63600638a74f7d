/** A column of a DataTable (and of a figure's CSV-like data). */
export interface Column {
	key: string;
	label: string;
	unit?: string;
	/** Right-align numbers. */
	numeric?: boolean;
}

export type Row = Record<string, string | number>;

export interface TableData {
	caption: string;
	columns: readonly Column[];
	rows: readonly Row[];
	/**
	 * Further tables under the first, in the same "Show data": every point a chart plots, one table
	 * per chart or group (long listings stay on screen and in the CSV, not on paper).
	 */
	parts?: readonly TableData[];
}
