/** The parameters of this article's models with their wording (messages), for sliders, links and tables. */
import { m } from '$lib/paraglide/messages.js';
import { withText } from '$lib/models/types';
import { spec as lifRanges } from '$lib/models/ranges/lif-neuron';
import { spec as allocationRanges } from '$lib/models/ranges/memory-allocation';
import { spec as linkingRanges } from '$lib/models/ranges/memory-linking';
import { bcmSpec as bcmRanges, spec as ipRanges } from '$lib/models/ranges/intrinsic-plasticity';

export const lifSpec = withText(lifRanges, {
	vth: { label: m.param_lif_vth_label, meaning: m.param_lif_vth_meaning },
	rin: { label: m.param_lif_rin_label, meaning: m.param_lif_rin_meaning },
	ahp: { label: m.param_lif_ahp_label, meaning: m.param_lif_ahp_meaning },
	current: { label: m.param_lif_current_label, meaning: m.param_lif_current_meaning }
});

export const allocationSpec = withText(allocationRanges, {
	boost: { label: m.param_allocation_boost_label, meaning: m.param_allocation_boost_meaning, unit: m.param_unit_sd },
	boosted: { label: m.param_allocation_boosted_label, meaning: m.param_allocation_boosted_meaning },
	size: { label: m.param_allocation_size_label, meaning: m.param_allocation_size_meaning },
	event: { label: m.param_allocation_event_label, meaning: m.param_allocation_event_meaning }
});

export const linkingSpec = withText(linkingRanges, {
	tau: { label: m.param_linking_tau_label, meaning: m.param_linking_tau_meaning },
	bump: { label: m.param_linking_bump_label, meaning: m.param_linking_bump_meaning, unit: m.param_unit_sd },
	interval: { label: m.param_linking_interval_label, meaning: m.param_linking_interval_meaning },
	size: { label: m.param_linking_size_label, meaning: m.param_linking_size_meaning }
});

export const ipSpec = withText(ipRanges, {
	target: { label: m.param_ip_target_label, meaning: m.param_ip_target_meaning },
	rate: { label: m.param_ip_rate_label, meaning: m.param_ip_rate_meaning },
	gain: { label: m.param_ip_gain_label, meaning: m.param_ip_gain_meaning }
});

export const bcmSpec = withText(bcmRanges, {
	history: { label: m.param_bcm_history_label, meaning: m.param_bcm_history_meaning },
	probe: { label: m.param_bcm_probe_label, meaning: m.param_bcm_probe_meaning }
});
