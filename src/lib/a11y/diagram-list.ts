/**
 * A diagram's content as a nested list (what DiagramList renders): each entry names one thing the
 * picture shows and says what it shows. Builders for the diagrams live beside their list components.
 */
export interface ListItem {
	name: string;
	text?: string;
	/** The part the picture highlights now. */
	current?: boolean;
	items?: ListItem[];
}

import { m } from '$lib/paraglide/messages.js';

/** Cell positions of one category in a grid, in reading order: "row 2 column 5". */
export function gridPositions(cells: ArrayLike<number>, category: number, columns: number): string[] {
	const out: string[] = [];
	for (let i = 0; i < cells.length; i++) {
		if (cells[i] === category) out.push(m.grid_position({ row: Math.floor(i / columns) + 1, column: (i % columns) + 1 }));
	}
	return out;
}
