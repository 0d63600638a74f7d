// One figure alone, for an iframe: /embed/<slug>/<figure-id>/. One page per figure in the registry.
import { error } from '@sveltejs/kit';
import { SLUGS, isSlug } from '$lib/articles';
import { articleData, articleMeta } from '$lib/content';
import { FIGURES, findFigure } from '$lib/figures/registry';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => SLUGS.flatMap((slug) => FIGURES[slug].map((f) => ({ slug, figure: f.id })));

export const load: PageLoad = async ({ params }) => {
	if (!isSlug(params.slug)) error(404, 'No such explainer');
	const entry = findFigure(params.slug, params.figure);
	if (!entry) error(404, 'No such figure');
	const { load: _load, ...figure } = entry;
	return {
		slug: params.slug,
		figure,
		component: (await entry.load()).default,
		article: await articleData(params.slug),
		articleTitle: articleMeta(params.slug).title
	};
};
