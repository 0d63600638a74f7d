/** The parameters of this article's models with their wording (messages), for sliders, links and tables. */
import { m } from '$lib/paraglide/messages.js';
import { withText } from '$lib/models/types';
import { spec as fearRanges } from '$lib/models/ranges/fear-extinction';
import { spec as decodingRanges } from '$lib/models/ranges/population-decoding';

export const fearSpec = withText(fearRanges, {
	astro: { label: m.param_fear_astro_label, meaning: m.param_fear_astro_meaning },
	rate: { label: m.param_fear_rate_label, meaning: m.param_fear_rate_meaning },
	context: { label: m.param_fear_context_label, meaning: m.param_fear_context_meaning }
});

export const decodingSpec = withText(decodingRanges, {
	gain: { label: m.param_decoding_gain_label, meaning: m.param_decoding_gain_meaning },
	baseline: { label: m.param_decoding_baseline_label, meaning: m.param_decoding_baseline_meaning },
	window: { label: m.param_decoding_window_label, meaning: m.param_decoding_window_meaning }
});
