// One figure alone, for an iframe: /embed/<slug>/<figure-id>/. One page per figure in the registry.
import { error } from '@sveltejs/kit';
import { browser } from '$app/environment';
import { lazyFigure } from '$lib/figure-kit/lazy-figure';
import { SLUGS, isSlug } from '$lib/articles';
// Only this article's seed, glossary and title, in the reader's language.
import { articleData, loadArticleMeta } from '$lib/article-content';
import type { FigureEntry } from '$lib/figures/types';
import type { Slug } from '$lib/articles';
import type { EntryGenerator, PageLoad } from './$types';

// Each article's figure list on its own (the registry, src/lib/figures/registry.ts, holds all four):
// an embed page carries only its own article's entries.
const indexes = import.meta.glob<{ figures: FigureEntry[] }>('/src/lib/figures/*/index.ts');
async function figuresOf(slug: Slug): Promise<FigureEntry[]> {
	const load = indexes[`/src/lib/figures/${slug}/index.ts`];
	return load ? (await load()).figures : [];
}

export const entries: EntryGenerator = async () =>
	(await Promise.all(SLUGS.map(async (slug) => (await figuresOf(slug)).map((f) => ({ slug, figure: f.id }))))).flat();

export const load: PageLoad = async ({ params }) => {
	if (!isSlug(params.slug)) error(404, 'No such explainer');
	// Fetched side by side with the figure list, not after it.
	const content = Promise.all([articleData(params.slug), loadArticleMeta(params.slug)]);
	const entry = (await figuresOf(params.slug)).find((f) => f.id === params.figure);
	if (!entry) error(404, 'No such figure');
	const { load: _load, ...figure } = entry;
	const [article, meta] = await content;
	return {
		slug: params.slug,
		figure,
		// The figure's code loads when the reader wants it (lazy-figure.ts); the prerender renders it in full.
		component: lazyFigure(entry.load, browser ? undefined : (await entry.load()).default),
		article,
		articleTitle: meta.title
	};
};
