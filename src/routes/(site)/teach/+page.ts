import { pageProse } from '$lib/pages';
import { allSeeds } from '$lib/article-content';
import type { PageLoad } from './$types';

// The seeds name what each lesson's article draws on (loaded, not imported: see the home page's load).
export const load: PageLoad = async () => {
	const [prose, seeds] = await Promise.all([pageProse('teach'), allSeeds()]);
	return { prose, seeds };
};
