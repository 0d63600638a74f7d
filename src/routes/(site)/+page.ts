import { pageProse } from '$lib/pages';
import { allSeeds } from '$lib/article-content';
import type { PageLoad } from './$types';

// The seeds name what each card draws on; loaded here (not imported) so that each stays a file of its
// own, which an article's page and its embeds load alone.
export const load: PageLoad = async () => {
	const [prose, seeds] = await Promise.all([pageProse('home'), allSeeds()]);
	return { prose, seeds };
};
