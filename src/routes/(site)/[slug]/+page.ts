import { error } from '@sveltejs/kit';
import { SLUGS, isSlug } from '$lib/articles';
import { articleComponent, articleData, articleMeta } from '$lib/content';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => SLUGS.map((slug) => ({ slug }));

export const load: PageLoad = async ({ params }) => {
	if (!isSlug(params.slug)) error(404, 'No such explainer');
	return {
		slug: params.slug,
		meta: articleMeta(params.slug),
		component: await articleComponent(params.slug),
		article: await articleData(params.slug)
	};
};
