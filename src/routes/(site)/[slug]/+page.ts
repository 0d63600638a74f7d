import { error } from '@sveltejs/kit';
import { SLUGS, isSlug } from '$lib/articles';
// Only this article, in the reader's language (not every article's metadata, seed and glossary).
import { articleData, loadArticleMeta } from '$lib/article-content';
import { articleComponent } from '$lib/article-component';
import type { FigureEntry } from '$lib/figures/types';
import type { EntryGenerator, PageLoad } from './$types';

// This article's figure list only (the registry, src/lib/figures/registry.ts, holds every article's,
// with their parameter specs and words): the page needs each figure's number of steps.
const indexes = import.meta.glob<{ figures: FigureEntry[] }>('/src/lib/figures/*/index.ts');

export const entries: EntryGenerator = () => SLUGS.map((slug) => ({ slug }));

export const load: PageLoad = async ({ params }) => {
	if (!isSlug(params.slug)) error(404, 'No such explainer');
	const [meta, component, article, index] = await Promise.all([
		loadArticleMeta(params.slug),
		articleComponent(params.slug),
		articleData(params.slug),
		indexes[`/src/lib/figures/${params.slug}/index.ts`]?.()
	]);
	return {
		slug: params.slug,
		meta,
		component,
		article,
		/** Figure id -> scroll steps (0 without), for the Embed button. */
		figureSteps: Object.fromEntries((index?.figures ?? []).map((f) => [f.id, f.steps ?? 0])) as Record<string, number>
	};
};
