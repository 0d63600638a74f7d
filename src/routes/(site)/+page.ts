import { pageProse } from '$lib/pages';
import type { PageLoad } from './$types';

// What each card draws on: the server's data (+page.server.ts); the one-file offline site has none and
// reads it here from the seeds, each a file of its own (which an article's page loads alone).
export const load: PageLoad = async ({ data }) => {
	const [prose, sources] = await Promise.all([
		pageProse('home'),
		data?.sources ?? import('$lib/article-content').then((c) => c.allSources())
	]);
	return { prose, sources };
};
