/**
 * What an embed page shows around its figure: the figure's title, summary and step count, the
 * article's title and its seed (the references), in the page's language. Computed while
 * prerendering (+page.server.ts), where SvelteKit writes it into the page, so the browser loads
 * neither the figure registry, the seed module nor their messages to hydrate; and in the browser by
 * the one-file offline site, which has no server data (+page.ts).
 */
import { error } from '@sveltejs/kit';
import { isSlug } from '$lib/articles';
import { articleSeed, loadArticleMeta } from '$lib/article-content';
import { figuresOf } from './figures';

export async function embedPageData(params: { slug: string; figure: string }) {
	if (!isSlug(params.slug)) error(404, 'No such explainer');
	const slug = params.slug;
	const [entries, seed, meta] = await Promise.all([figuresOf(slug), articleSeed(slug), loadArticleMeta(slug)]);
	const entry = entries.find((f) => f.id === params.figure);
	if (!entry) error(404, 'No such figure');
	return {
		slug,
		// Plain values (the entry's title and blurb are getters in the page's language; its spec has functions).
		figure: { id: entry.id, title: entry.title, blurb: entry.blurb, steps: entry.steps ?? 0 },
		seed,
		articleTitle: meta.title
	};
}

export type EmbedPageData = Awaited<ReturnType<typeof embedPageData>>;
