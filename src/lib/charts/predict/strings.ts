/**
 * What the chart reads out while the reader sketches: "Your prediction at E4: freezing 30%. Point 4 of 15."
 * The axis name is lowered ("Freezing" -> "freezing") because it sits mid-sentence; an acronym or a
 * symbol ("CS", "ρ₀") is left as it is.
 */
import { m } from '$lib/paraglide/messages.js';
import { fixed } from '$lib/ui/format';

export function predictPoint(p: { at: string; what: string; value: string; index: number; count: number }): string {
	return m.predict_point({ at: p.at, what: lowerFirstWord(p.what), value: p.value, index: fixed(p.index, 0), count: fixed(p.count, 0) });
}

/** The first letter in lower case when the first word is a capitalised word (not an acronym). */
function lowerFirstWord(s: string): string {
	return /^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}
