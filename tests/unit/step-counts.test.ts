/**
 * Scroll steps, held to the articles: a figure placed in a <Scrolly> declares in the registry as
 * many steps as the article gives it (<Step> blocks), and a figure outside any Scrolly declares none,
 * unless its steps are views the reader switches with buttons (then step=N in an embed picks one).
 * A step count that disagrees with the article makes an embed's step links and the figure's step
 * handler reach presets no reader sees, or miss ones the article shows.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SLUGS } from '../../src/lib/articles';
import { FIGURES } from '../../src/lib/figures/registry';
import { PRESETS as NETWORK_PRESETS } from '../../src/lib/figures/inhibitory-plasticity/presets';

/** Figures outside any Scrolly whose steps are views switched by buttons: how many views. */
const VIEW_STEPS: Record<string, number> = {
	// By confidence | by vividness (BehaviourResults' VIEWS).
	'emotional-memory-integration/behaviour': 2,
	// All, PV, SST, disinhibition (Interneurons' ORDER).
	'inhibitory-plasticity/interneurons': 4
};

/** The component file behind each registry id, read from the article's figure index. */
function componentsById(slug: string): Map<string, string> {
	const source = readFileSync(`src/lib/figures/${slug}/index.ts`, 'utf8');
	const map = new Map<string, string>();
	for (const m of source.matchAll(/id:\s*'([^']+)'[\s\S]*?import\('\.\/(\w+)\.svelte'\)/g)) map.set(m[1], m[2]);
	return map;
}

/** Per component name: the number of <Step> blocks of the Scrolly that shows it. */
function scrollySteps(slug: string): Map<string, number> {
	const text = readFileSync(`content/${slug}.svx`, 'utf8');
	const steps = new Map<string, number>();
	for (const m of text.matchAll(/<Scrolly\s+figure=\{(\w+)\}[^>]*>([\s\S]*?)<\/Scrolly>/g)) {
		steps.set(m[1], (m[2].match(/<Step[\s>]/g) ?? []).length);
	}
	return steps;
}

describe.each(SLUGS)('%s', (slug) => {
	const components = componentsById(slug);
	const scrolly = scrollySteps(slug);

	it('the index names a component for every registered figure', () => {
		for (const f of FIGURES[slug]) expect(components.get(f.id), f.id).toBeTruthy();
	});

	it("each figure's registered steps match the article's Step blocks", () => {
		for (const f of FIGURES[slug]) {
			const name = components.get(f.id)!;
			const inArticle = scrolly.get(name);
			if (inArticle !== undefined) expect(f.steps, `${f.id} (${name}) in a Scrolly of ${inArticle} steps`).toBe(inArticle);
			else expect(f.steps, `${f.id} (${name}) is in no Scrolly`).toBe(VIEW_STEPS[`${slug}/${f.id}`]);
		}
	});

	it('every Scrolly shows a registered figure', () => {
		for (const name of scrolly.keys()) expect([...components.values()], name).toContain(name);
	});
});

it("the inhibitory network's presets are one per step of its Scrolly", () => {
	expect(NETWORK_PRESETS.length).toBe(scrollySteps('inhibitory-plasticity').get('Network'));
});
