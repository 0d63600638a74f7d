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
	'Arrow keys move through the data: left and right from point to point, up and down from series to series, Home and End to the first and last point. Keys 1 to 9 hide or show series 1 to 9. S plays the series as sound; Escape stops it. Question mark lists every shortcut.';

export const chart_hint = (): string => '← → points · ↑ ↓ series · 1–9 hide/show · S sound · ? keys';

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

// ---- chart: legend (hiding and showing series) ---------------------------------------------------

/** "Frozen cell hidden. 2 of 3 series shown." */
export const legend_toggled = ({ series, state, shown, count }: Params<'series' | 'state' | 'shown' | 'count'>): string =>
	`${series} ${state}. ${shown} of ${count} series shown.`;
export const legend_hidden = (): string => 'hidden';
export const legend_shown = (): string => 'shown';

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
	{ keys: '1 to 9', does: 'hide or show series 1 to 9 (as a click on its legend entry does)' },
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

function capitalise(s: string): string {
	return s.charAt(0).toUpperCase() + s.slice(1);
}
