// What each card draws on, written into the prerendered page: the browser hydrates the home page
// without loading the seed modules.
import { allSources } from '$lib/article-content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({ sources: await allSources() });
