/**
 * The keyboard shortcuts dialog's lists, one message per key name and per description (in
 * messages/<locale>.json: key names are translated too, "Inicio, Fin" for "Home, End").
 */
import { m } from '$lib/paraglide/messages.js';

export interface Shortcut {
	keys: string;
	does: string;
}

export const shortcuts_charts = (): Shortcut[] => [
	{ keys: m.shortcut_chart_points_keys(), does: m.shortcut_chart_points_does() },
	{ keys: m.shortcut_chart_series_keys(), does: m.shortcut_chart_series_does() },
	{ keys: m.shortcut_chart_ends_keys(), does: m.shortcut_chart_ends_does() },
	{ keys: m.shortcut_chart_jump_keys(), does: m.shortcut_chart_jump_does() },
	{ keys: m.shortcut_chart_toggle_keys(), does: m.shortcut_chart_toggle_does() },
	{ keys: m.shortcut_chart_sound_keys(), does: m.shortcut_chart_sound_does() },
	{ keys: m.shortcut_chart_stop_keys(), does: m.shortcut_chart_stop_does() }
];

export const shortcuts_sliders = (): Shortcut[] => [
	{ keys: m.shortcut_slider_step_keys(), does: m.shortcut_slider_step_does() },
	{ keys: m.shortcut_slider_jump_keys(), does: m.shortcut_slider_jump_does() },
	{ keys: m.shortcut_slider_ends_keys(), does: m.shortcut_slider_ends_does() }
];

export const shortcuts_steps = (): Shortcut[] => [
	{ keys: m.shortcut_steps_tab_keys(), does: m.shortcut_steps_tab_does() },
	{ keys: m.shortcut_steps_scroll_keys(), does: m.shortcut_steps_scroll_does() },
	{ keys: m.shortcut_steps_press_keys(), does: m.shortcut_steps_press_does() }
];

export const shortcuts_page = (): Shortcut[] => [
	{ keys: m.shortcut_page_open_keys(), does: m.shortcut_page_open_does() },
	{ keys: m.shortcut_page_close_keys(), does: m.shortcut_page_close_does() }
];
