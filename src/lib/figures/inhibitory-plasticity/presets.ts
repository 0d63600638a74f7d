/**
 * Scroll-step presets of the network figure, one per <Step> in content/inhibitory-plasticity.svx.
 * Each sets the model's parameters and the chart that step talks about.
 */
export type Panel = 'rate' | 'balance' | 'strength';

export interface Preset {
	panel: Panel;
	values: Record<string, number>;
}

const base = { eta: 1, rho0: 3, contrast: 4, relevance: 4, winStart: 220, winLength: 0 };

export const PRESETS: Preset[] = [
	// 0. Inhibition frozen: excitation runs the show.
	{ panel: 'rate', values: { ...base, eta: 0 } },
	// 1. Inhibitory plasticity on: the output settles at rho0 and recovers after the input step.
	{ panel: 'rate', values: { ...base } },
	// 2. Detailed balance: inhibition becomes co-tuned with excitation.
	{ panel: 'balance', values: { ...base } },
	// 3. A disinhibition window with relevance: the relevant pathway overtakes the rival.
	{ panel: 'strength', values: { ...base, winLength: 20 } },
	// 4. The same window without a relevance signal: nothing is singled out.
	{ panel: 'strength', values: { ...base, winLength: 20, relevance: 0 } },
	// 5. Window and relevance, but inhibition frozen: learning is no longer confined to the window.
	{ panel: 'strength', values: { ...base, winLength: 20, eta: 0 } }
];
