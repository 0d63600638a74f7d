/** The parameters of this article's model with their wording (messages), for sliders, links and tables. */
import { m } from '$lib/paraglide/messages.js';
import { withText } from '$lib/models/types';
import { spec as retroactiveRanges } from '$lib/models/ranges/retroactive-memory';

export const retroactiveSpec = withText(retroactiveRanges, {
	gain: { label: m.param_retroactive_gain_label, meaning: m.param_retroactive_gain_meaning },
	react: { label: m.param_retroactive_react_label, meaning: m.param_retroactive_react_meaning },
	enc: { label: m.param_retroactive_enc_label, meaning: m.param_retroactive_enc_meaning },
	spread: { label: m.param_retroactive_spread_label, meaning: m.param_retroactive_spread_meaning, unit: m.param_unit_sd },
	noise: { label: m.param_retroactive_noise_label, meaning: m.param_retroactive_noise_meaning, unit: m.param_unit_sd },
	pairs: { label: m.param_retroactive_pairs_label, meaning: m.param_retroactive_pairs_meaning }
});
