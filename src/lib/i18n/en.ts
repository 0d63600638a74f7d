/**
 * English strings of the accessible-chart layer (keyboard data navigation, sound, live descriptions,
 * diagram lists, the shortcuts dialog). One function per message, named like Paraglide message keys
 * (snake_case, parameters in one object), so issue 16 can move them into Paraglide's message files
 * one for one and swap this import for `$lib/paraglide/messages`.
 */
import type { Kind } from '$seeds/types';

type Params<K extends string> = Record<K, string | number>;

// ---- chart: name and instructions --------------------------------------------------------------

/** The kind of numbers, as a word that can precede a quantity ("model freezing"). */
export const kind_word = ({ kind }: { kind: Kind }): string =>
	({ reported: 'reported', model: 'model', illustrative: 'illustrative' })[kind];

export const chart_label = ({ kind, y, x, series }: { kind: string } & Params<'y' | 'x' | 'series'>): string =>
	`${kind ? `${capitalise(kind)} chart` : 'Chart'}: ${y} against ${x}, ${series}.`;

export const chart_series_count = ({ count }: Params<'count'>): string => (count === 1 ? '1 series' : `${count} series`);

export const chart_instructions = (): string =>
	'Arrow keys move through the data: left and right from point to point, up and down from series to series, Home and End to the first and last point. S plays the series as sound; Escape stops it. Question mark lists every shortcut.';

export const chart_hint = (): string => '← → points · ↑ ↓ series · S sound · ? keys';

export const chart_no_data = (): string => 'This chart has no data yet.';

// ---- chart: one point --------------------------------------------------------------------------

/** "E4, model freezing 31 %. Control signalling, point 6 of 11." */
export const chart_point = ({ x, y, series, index, count }: Params<'x' | 'y' | 'series' | 'index' | 'count'>): string =>
	`${x}, ${y}. ${series}, point ${index} of ${count}.`;

export const chart_reference = ({ series }: Params<'series'>): string => `${series} (reference line)`;
export const chart_first_point = (): string => 'First point.';
export const chart_last_point = (): string => 'Last point.';
export const chart_first_series = (): string => 'First series.';
export const chart_last_series = (): string => 'Last series.';

// ---- chart: sound ------------------------------------------------------------------------------

export const sound_play = (): string => 'Play as sound';
export const sound_stop = (): string => 'Stop sound';
export const sound_loading = (): string => 'Loading sound…';
export const sound_playing = ({ series, count }: Params<'series' | 'count'>): string =>
	`Playing ${series} as sound, ${count} notes, higher pitch for higher values. Escape stops.`;
export const sound_stopped = (): string => 'Sound stopped.';
export const sound_finished = (): string => 'Sound finished.';
export const sound_unavailable = (): string => 'Sound is not available in this browser.';
/** The sound button's name: its visible words first, then which chart ("Play as sound: Freezing (model, %)"). */
export const sound_button_label = ({ action, chart }: Params<'action' | 'chart'>): string => `${action}: ${chart}`;

// ---- live description of a change --------------------------------------------------------------

export const change_rose = ({ series, what, at, from, to }: Params<'series' | 'what' | 'at' | 'from' | 'to'>): string =>
	`${series}: ${what} at ${at} rose from ${from} to ${to}.`;
export const change_fell = ({ series, what, at, from, to }: Params<'series' | 'what' | 'at' | 'from' | 'to'>): string =>
	`${series}: ${what} at ${at} fell from ${from} to ${to}.`;
export const change_latest = ({ series, what, value, at }: Params<'series' | 'what' | 'value' | 'at'>): string =>
	`${series}: ${what} ${value} at ${at}.`;
export const change_latest_was = ({ series, what, value, at, was }: Params<'series' | 'what' | 'value' | 'at' | 'was'>): string =>
	`${series}: ${what} ${value} at ${at}, was ${was}.`;
export const change_added = ({ series, what, first, last }: Params<'series' | 'what' | 'first' | 'last'>): string =>
	`Now showing ${series}: ${what} from ${first} to ${last}.`;
export const change_removed = ({ series }: Params<'series'>): string => `${series} no longer shown.`;
export const change_cleared = ({ series }: Params<'series'>): string => `${series} cleared.`;
export const change_more = ({ count }: Params<'count'>): string =>
	count === 1 ? '1 more series changed.' : `${count} more series changed.`;

// ---- diagrams as lists -------------------------------------------------------------------------

export const diagram_list_toggle = ({ open }: { open: boolean }): string => (open ? 'Hide as list' : 'Show as list');
export const diagram_list_heading = ({ title }: Params<'title'>): string => `${title}, as a list`;

export const network_regions = (): string => 'Regions drawn';
export const network_links = (): string => 'Links drawn (width 1 to 3, illustrative)';
export const network_group = ({ group }: { group: 'hub' | 'emotion' | 'sensory' | 'transmodal' }): string =>
	({
		hub: 'the hub that binds an episode',
		emotion: 'emotion',
		sensory: 'stimulus-relevant (visual) cortex',
		transmodal: 'transmodal prefrontal–parietal hub'
	})[group];
export const network_lit = ({ lit }: Params<'lit'>): string =>
	lit === 2 ? 'active, pattern reactivated (dashed ring)' : lit === 1 ? 'active' : 'not active';
export const network_link = ({ width, what }: Params<'width' | 'what'>): string =>
	what && what !== '—' ? `width ${width}, ${what}` : `width ${width}`;
export const grid_count = ({ count }: Params<'count'>): string => (count === 1 ? '1 cell' : `${count} cells`);
export const grid_position = ({ row, column }: Params<'row' | 'column'>): string => `row ${row} column ${column}`;
export const grid_count_at = ({ count, at }: Params<'count' | 'at'>): string => `${count}, at ${at}`;
export const diagram_title_design = (): string => 'The design';
export const diagram_title_network = (): string => 'The network';
export const diagram_title_circuit = (): string => 'The circuit';

export const circuit_pyramidal = (): string => 'Pyramidal neuron';
export const circuit_pyramidal_text = (): string =>
	'triangular cell body in the middle, a long dendrite rising above it with side branches, short dendrites below';
export const circuit_inputs = (): string => 'Excitatory inputs';
export const circuit_inputs_text = (): string =>
	'three input pathways arriving from the left, each ending in an excitatory synapse on the dendrites';
export const circuit_pv = (): string => 'PV interneuron (lower left)';
export const circuit_pv_text = (): string => 'its axon ends in three inhibitory synapses around the cell body (onto the soma)';
export const circuit_sst = (): string => 'SST interneuron (lower right)';
export const circuit_sst_text = (): string =>
	'its axon climbs to two inhibitory synapses on the far ends of the dendrites (onto the dendrites)';
export const circuit_vip = (): string => 'VIP interneuron (right)';
export const circuit_vip_text = (): string => 'one inhibitory synapse onto the SST cell';
export const circuit_modulator = (): string => 'Neuromodulator';
export const circuit_modulator_text = (): string => 'an excitatory input onto the VIP cell, from the upper right';

// ---- keyboard shortcuts dialog -----------------------------------------------------------------

export const shortcuts_title = (): string => 'Keyboard shortcuts';
export const shortcuts_close = (): string => 'Close';
export const shortcuts_open_hint = (): string => 'Press ? at any time to see this list.';
export const shortcuts_group_charts = (): string => 'On a chart (Tab to it)';
export const shortcuts_group_sliders = (): string => 'On a slider';
export const shortcuts_group_steps = (): string => 'Moving through an article';
export const shortcuts_group_page = (): string => 'Anywhere';

export interface Shortcut {
	keys: string;
	does: string;
}

export const shortcuts_charts = (): Shortcut[] => [
	{ keys: '← →', does: 'previous or next point, read out with its values' },
	{ keys: '↑ ↓', does: 'previous or next series' },
	{ keys: 'Home, End', does: 'first or last point of the series' },
	{ keys: 'Page Up, Page Down', does: 'jump a tenth of the series back or forward' },
	{ keys: 'S', does: 'play the series as sound, higher pitch for higher values (S again stops)' },
	{ keys: 'Escape', does: 'stop the sound' }
];

export const shortcuts_sliders = (): Shortcut[] => [
	{ keys: '← → or ↑ ↓', does: 'one step down or up' },
	{ keys: 'Page Up, Page Down', does: 'a bigger step' },
	{ keys: 'Home, End', does: 'lowest or highest setting' }
];

export const shortcuts_steps = (): Shortcut[] => [
	{ keys: 'Tab', does: 'next control, chart or link' },
	{ keys: 'Space, Page Down', does: 'scroll on: each step of the text sets the figure beside it' },
	{ keys: 'Enter, Space', does: 'press a focused button (presets, Start, Show data)' }
];

export const shortcuts_page = (): Shortcut[] => [
	{ keys: '?', does: 'open this list' },
	{ keys: 'Escape', does: 'close this list' }
];

// ---- predict first ------------------------------------------------------------------------------

export const predict_toggle = (): string => 'Predict first';
export const predict_your_line = (): string => 'Your prediction';
export const predict_instructions = (): string =>
	'You are sketching your prediction. Left and right arrows move from point to point, up and down arrows change the value, Page Up and Page Down in larger steps, Home and End go to the first and last point. Each change is read out. Then press Reveal below the chart.';
export const predict_hint = (): string => 'Drag the diamonds · or ← → point, ↑ ↓ value, PgUp PgDn more';
/** "Your prediction at E4: freezing 30 %. Point 4 of 15." */
export const predict_point = ({ at, what, value, index, count }: Params<'at' | 'what' | 'value' | 'index' | 'count'>): string =>
	`Your prediction at ${at}: ${lowerFirstWord(String(what))} ${value}. Point ${index} of ${count}.`;
export const predict_at_top = (): string => 'Highest value.';
export const predict_at_bottom = (): string => 'Lowest value.';
export const predict_how = (): string =>
	'Drag the grey diamonds (or draw across the chart), or Tab to the chart and use the arrow keys. Then reveal the answer.';
export const predict_reveal = ({ source }: { source: 'model' | 'reported' }): string =>
	source === 'model' ? 'Reveal the model’s answer' : 'Reveal the study’s values';
export const predict_try_again = (): string => 'Try again';
/** The revealed series' label: "Freezing: the model's answer". */
export const predict_answer_label = ({ what, source }: { what: string; source: 'model' | 'reported' }): string =>
	`${what}: ${source === 'model' ? 'the model’s answer' : 'the study’s reported values'}`;
export const predict_hidden_summary = (): string =>
	'Predict first: the answer, its summary and its data table are hidden until you reveal them.';
export const predict_print_unrevealed = (): string => 'Printed before the answer was revealed: the dashed line is the reader’s prediction.';
export const predict_print_revealed = (): string => 'Dashed line with diamonds: the reader’s prediction; solid line: the answer.';
/** Whose numbers the comment quotes. */
export const predict_gives = ({ source }: { source: 'model' | 'reported' }): string =>
	source === 'model' ? 'the model gives' : 'the study reports';
export const predict_close = ({ within, why }: Params<'within' | 'why'>): string =>
	`Close: every point is within ${within} of the answer. ${why}`;
export const predict_off = ({
	at,
	drew,
	gives,
	actual,
	by,
	direction,
	why
}: Params<'at' | 'drew' | 'gives' | 'actual' | 'by' | 'direction' | 'why'>): string =>
	`Furthest off at ${at}: you drew ${drew}, ${gives} ${actual} (${by} too ${direction}). ${why}`;
export const predict_points = ({ n }: Params<'n'>): string => `${n} ${Number(n) === 1 ? 'point' : 'points'}`;
export const predict_fear_at = ({ phase, n }: { phase: 'conditioning' | 'extinction' | 'retrieval' | 'renewal'; n: number }): string =>
	({ conditioning: `conditioning pairing ${n}`, extinction: `extinction block ${n}`, retrieval: 'retrieval', renewal: 'renewal' })[phase];
export const predict_gap = ({ hours }: Params<'hours'>): string => `a gap of ${hours} h`;
export const predict_gain = ({ gain }: Params<'gain'>): string => `gain ${gain}×`;
export const predict_time = ({ seconds }: Params<'seconds'>): string => `${seconds} s`;
export const predict_direction = ({ high }: { high: boolean }): string => (high ? 'high' : 'low');
export const predict_overall = ({ by, direction }: Params<'by' | 'direction'>): string =>
	`On average your line ran ${by} too ${direction}.`;

export const predict_fear_prompt = (): string =>
	'Before you look, sketch how much the model’s mice freeze in each block: the three conditioning pairings, the ten extinction blocks over two days, retrieval the next day in the same box, and renewal in a new box.';
export const predict_linking_prompt = (): string =>
	'Before you look, sketch how many of event B’s cells also hold event A when B comes 0, 6, 12, 24, 48 or 72 hours after A.';
export const predict_retro_prompt = (): string =>
	'Before you look, sketch how many of the pairs whose face later met a scream the model recalls as the emotional gain grows from 1× to 3×. The neutral pairs stay on the chart for comparison.';
export const predict_network_prompt = (): string =>
	'Before you look, sketch the relevant pathway’s excitatory weight from the start of the task to the end of the run. The shaded band is the disinhibition window; the rival pathway stays on the chart.';

// Why, one clause per case, true to each figure's model (see src/lib/figures/*/predict.ts).

export const predict_fear_why_first = (): string => 'The first tone comes before any shock, so there is no fear to express yet.';
export const predict_fear_why_conditioning = (): string =>
	'Each tone–shock pairing closes a fixed share of the gap to the maximum (Rescorla–Wagner), so fear climbs fast and then levels off.';
export const predict_fear_why_falls = (): string =>
	'Each safe tone adds to a safety association that cancels part of the fear, so freezing keeps falling from block to block.';
export const predict_fear_why_gradual = ({ rate }: Params<'rate'>): string =>
	`Safety is learned a little on each safe tone (learning rate ${rate}), so fear fades gradually, not all at once.`;
export const predict_fear_why_suppressed = (): string =>
	'Suppressed astrocyte signalling reads the stored fear out weakly (assumption 1), so freezing starts lower and falls further than at control.';
export const predict_fear_why_elevated = (): string =>
	'Elevated astrocyte signalling reads fear out strongly and slows safety learning (assumptions 1 and 3), so freezing stays high through extinction.';
export const predict_fear_why_retrieval_low = (): string =>
	'The next day, back in the extinction box, the safety learned there still holds, so freezing stays low.';
export const predict_fear_why_retrieval_some = (): string =>
	'Safety cancels only part of the stored fear, so some freezing is still there the next day.';
export const predict_fear_why_renewal_returns = ({ similarity }: Params<'similarity'>): string =>
	`Safety counts only in the box where it was learned; the renewal box is only ${similarity} like it, so most of the fear comes back.`;
export const predict_fear_why_renewal_partial = ({ similarity }: Params<'similarity'>): string =>
	`The renewal box is ${similarity} like the extinction box, so part of the safety still applies and fear comes back only in part.`;

export const predict_linking_why_none = (): string =>
	'With no rise in excitability after event A, B’s cells are picked as if at random: the overlap sits at chance at every gap.';
export const predict_linking_why_head_start = ({ bump }: Params<'bump'>): string =>
	`Soon after event A its cells still carry most of their head start (${bump} SD more excitable), so the competition for B picks many of them.`;
export const predict_linking_why_bias = ({ bump, top }: Params<'bump' | 'top'>): string =>
	`Even with the full head start (${bump} SD) only about ${top} of B’s cells are A’s: extra excitability tilts the competition for B, it does not decide it.`;
export const predict_linking_why_fades = ({ tau, half }: Params<'tau' | 'half'>): string =>
	`The head start fades with a ${tau} h time constant, so the overlap above chance halves in about ${half} h.`;
export const predict_linking_why_chance = ({ chance }: Params<'chance'>): string =>
	`By then the extra excitability has faded and B’s cells are picked as if at random, so the overlap sits at chance (${chance}).`;
export const predict_linking_why_floor = ({ chance }: Params<'chance'>): string =>
	`The overlap never drops below chance (${chance}): even a random pick shares that many cells.`;

export const predict_retro_why_no_react = (): string =>
	'With reactivation at zero nothing reaches back to the old pairs, so the gain has nothing to act on and aversive recall stays at the neutral level.';
export const predict_retro_why_gain_one = ({ neutral }: Params<'neutral'>): string =>
	`At gain 1 there is no emotional boost, so aversive pairs behave like neutral ones (${neutral}), apart from the luck of which pairs landed in which group.`;
export const predict_retro_why_gentle = ({ top }: Params<'top'>): string =>
	`The gain multiplies only the strengthening a pair gets when its partner is reactivated, and only pairs near the recall threshold are pushed over it, so recall climbs gently (${top} at 3×).`;
export const predict_retro_why_climbs = ({ top, neutral }: Params<'top' | 'neutral'>): string =>
	`Every reactivation of an aversive pair is multiplied by the gain, so more pairs clear the recall threshold as it grows (${top} at 3×, against ${neutral} for neutral pairs).`;

export const predict_network_why_before = ({ rho0 }: Params<'rho0'>): string =>
	`Before the window, learned inhibition holds the output near its target of ${rho0} Hz, below the threshold for excitatory learning, so the weight does not move.`;
export const predict_network_why_window = ({ end }: Params<'end'>): string =>
	`Halving inhibition lets the output surge past the learning threshold while the relevant pathway brings extra neuromodulator, so its weight climbs (to ${end} by the end).`;
export const predict_network_why_levels = ({ end }: Params<'end'>): string =>
	`After the window, inhibition comes back and catches up with the stronger excitation; the weight grows only while the relevant pathway still drives the output past the learning threshold, then levels off (${end} at the end).`;
export const predict_network_why_no_window = (): string =>
	'Without a disinhibition window, learned inhibition keeps the output at its target and the relevant weight never moves.';
export const predict_network_why_frozen = (): string =>
	'With inhibition frozen the output stays far above its target once the task starts, so the relevant weight grows from the start of the task, window or not.';
export const predict_network_why_no_relevance = (): string =>
	'Without a relevance signal the window strengthens whatever is active a little, and the relevant pathway barely more than any other.';

function lowerFirstWord(s: string): string {
	return /^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

function capitalise(s: string): string {
	return s.charAt(0).toUpperCase() + s.slice(1);
}
