// One figure alone, for an iframe: /embed/<slug>/<figure-id>/. One page per figure in the registry.
import { error } from '@sveltejs/kit';
import { browser } from '$app/environment';
import { lazyFigure } from '$lib/figure-kit/lazy-figure';
import { SLUGS, isSlug } from '$lib/articles';
// Only this article's seed, glossary and title, in the reader's language.
import { articleGlossary, articleSeed, loadArticleMeta } from '$lib/article-content';
import type { FigureEntry } from '$lib/figures/types';
import type { ArticleData, Slug } from '$lib/articles';
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
	const slug = params.slug;
	// Fetched side by side with the figure list, not after it. The glossary is only for the live
	// figure (its terms' definitions): in the browser it comes with the figure's code, below.
	const content = Promise.all([articleSeed(slug), browser ? {} : articleGlossary(slug), loadArticleMeta(slug)]);
	const entry = (await figuresOf(slug)).find((f) => f.id === params.figure);
	if (!entry) error(404, 'No such figure');
	const { load: _load, ...figure } = entry;
	const [seed, glossary, meta] = await content;
	const article: ArticleData = { seed, glossary };
	// The context object the figure reads its glossary from (setArticle) gets it before the figure mounts.
	const load = async () => {
		const [module, words] = await Promise.all([entry.load(), articleGlossary(slug)]);
		Object.assign(article.glossary, words);
		return module;
	};
	return {
		slug,
		figure,
		// The figure's code loads when the reader wants it (lazy-figure.ts); the prerender renders it in full.
		component: lazyFigure(load, browser ? undefined : (await entry.load()).default),
		article,
		articleTitle: meta.title
	};
};
