/**
 * The height each embed needs, so the snippet a teacher pastes is the right size with no script in
 * the host page (LMS editors strip or sandbox scripts). Measured in Chromium with the embed
 * `REFERENCE_WIDTH` px wide, content fully drawn; tests/e2e/lms-embeds.test.ts checks every figure
 * against this table and rewrites it with `UPDATE_EMBED_HEIGHTS=1`.
 * A narrower column makes the figure taller: the frame then scrolls inside unless engram-embed.js runs.
 */
import measured from './embed-heights.json';

export const REFERENCE_WIDTH = 720;
/** Used for a figure missing from the table (a new figure before the table is refreshed). */
export const FALLBACK_HEIGHT = 640;

export interface EmbedHeights {
	/** With controls (and step buttons). */
	open: number;
	/** `lock=1`: controls and step buttons hidden. */
	locked: number;
	/** `predict=1` (the charts with Predict first): the prompt and Reveal button shown, the table's button hidden. */
	predict?: number;
}

const TABLE = measured as Record<string, EmbedHeights>;

export function embedHeight(slug: string, figureId: string, lock = false, predict = false): number {
	const h = TABLE[`${slug}/${figureId}`];
	if (!h) return FALLBACK_HEIGHT;
	const base = lock ? h.locked : h.open;
	// Locked and predicting: the locked figure plus what Predict first adds to the open one.
	return predict && h.predict !== undefined ? base + Math.max(0, h.predict - h.open) : base;
}

export function heightTable(): Readonly<Record<string, EmbedHeights>> {
	return TABLE;
}
