/**
 * The teachers' page's data: every article's seed (what each lesson's article draws on) and the
 * lesson plans, in the page's language. Computed while prerendering (+page.server.ts), where
 * SvelteKit writes it into the page, so the browser loads neither the seeds nor the lesson modules
 * to hydrate; and in the browser by the one-file offline site, which has no server data (+page.ts).
 */
import { allSeeds } from '$lib/article-content';
import { loadLessons } from '$lib/lessons/load';

export async function teachPageData() {
	const [seeds, lessons] = await Promise.all([allSeeds(), loadLessons()]);
	return { seeds, lessons };
}

export type TeachPageData = Awaited<ReturnType<typeof teachPageData>>;
