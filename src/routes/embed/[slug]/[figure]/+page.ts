// One figure alone, for an iframe: /embed/<slug>/<figure-id>/. One page per figure in the registry.
import { browser } from '$app/environment';
import { lazyFigure } from '$lib/figure-kit/lazy-figure';
import { SLUGS } from '$lib/articles';
import type { ArticleData } from '$lib/articles';
import { figuresOf } from './figures';
import type { EmbedPageData } from './page-data';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = async () =>
	(await Promise.all(SLUGS.map(async (slug) => (await figuresOf(slug)).map((f) => ({ slug, figure: f.id }))))).flat();

export const load: PageLoad = async ({ data, params }) => {
	// The server's data (+page.server.ts); the one-file offline site has none and computes the same here.
	const page: EmbedPageData = data ?? (await (await import('./page-data')).embedPageData(params));
	// The glossary is only for the live figure (its terms' definitions): it comes with the figure's
	// code, into the context object the figure reads it from (setArticle), before the figure mounts.
	const article: ArticleData = { seed: page.seed, glossary: {} };
	const liveFigure = async () => {
		const [entries, glossary] = await Promise.all([
			figuresOf(page.slug),
			import('$lib/article-content').then((c) => c.articleGlossary(page.slug))
		]);
		const entry = entries.find((f) => f.id === page.figure.id);
		if (!entry) throw new Error(`No figure "${page.figure.id}" in ${page.slug}`);
		Object.assign(article.glossary, glossary);
		return entry.load();
	};
	return {
		...page,
		article,
		// The figure's code loads when the reader wants it (lazy-figure.ts); the prerender renders it in full.
		component: lazyFigure(liveFigure, browser ? undefined : (await liveFigure()).default)
	};
};
