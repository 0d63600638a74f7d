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
}
