/**
 * The teachers' page's data: what each lesson's article draws on (its references, not its facts), the lesson
 * plans, and each article's figures as the gallery cards show them, in the page's language. Computed
 * while prerendering (+page.server.ts), where SvelteKit writes it into the page, so the browser loads
 * neither the seeds, the lesson modules nor the figure registry to hydrate (the cards' blurbs quote
 * reported numbers, and formatting them was a fifth of the page's hydration); and in the browser by
 * the one-file offline site, which has no server data (+page.ts).
 */
import { allSources } from '$lib/article-content';
import { SLUGS, type Slug } from '$lib/articles';
import { FIGURES } from '$lib/figures/registry';
import type { FigureEntry } from '$lib/figures/types';
import { loadLessons } from '$lib/lessons/load';

/** A figure as the lesson plans list it: its words, and how many settings and scroll steps it has. */
export interface FigureCard extends Pick<FigureEntry, 'id' | 'title' | 'kind' | 'blurb' | 'steps'> {
	/** How many parameters a URL can preset (sliders). */
	settings: number;
}

const figureCard = (f: FigureEntry): FigureCard => ({
	id: f.id,
	title: f.title,
	kind: f.kind,
	blurb: f.blurb,
	settings: f.spec.length,
	...(f.steps ? { steps: f.steps } : {})
});

/**
 * The embed documentation's example: the first figure with sliders, preset at the maximum of its
 * first two, so the documented keys always exist.
 */
function embedExample() {
	const found = SLUGS.flatMap((slug) => FIGURES[slug].map((f) => ({ slug, f }))).find((x) => x.f.spec.length > 0);
	if (!found) return { path: 'an-explainer/a-figure', title: 'An Engram figure', query: 'gain=1.4' };
	const query = found.f.spec
		.slice(0, 2)
		.map((p) => `${p.key}=${p.max}`)
		.join('&');
	return { path: `${found.slug}/${found.f.id}`, title: found.f.title, query };
}

export async function teachPageData() {
	const [sources, lessons] = await Promise.all([allSources(), loadLessons()]);
	const figures = Object.fromEntries(SLUGS.map((slug) => [slug, FIGURES[slug].map(figureCard)])) as Record<Slug, FigureCard[]>;
	return { sources, lessons, figures, example: embedExample() };
}

export type TeachPageData = Awaited<ReturnType<typeof teachPageData>>;
