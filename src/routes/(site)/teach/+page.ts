import { pageProse } from '$lib/pages';
import type { PageLoad } from './$types';

export const load: PageLoad = async () => ({ prose: await pageProse('teach') });
