import { pageProse } from '$lib/pages';
import type { PageLoad } from './$types';

// The seeds name what each card draws on: the server's data (+page.server.ts); the one-file offline
// site has none and loads them here, each seed a file of its own (which an article's page loads alone).
export const load: PageLoad = async ({ data }) => {
	const [prose, seeds] = await Promise.all([pageProse('home'), data?.seeds ?? import('$lib/article-content').then((c) => c.allSeeds())]);
	return { prose, seeds };
};
