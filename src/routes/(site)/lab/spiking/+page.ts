import { articleData } from '$lib/content';
import type { PageLoad } from './$types';

// The reference list below the figures reads the seed in the page's language (its notes).
export const load: PageLoad = async () => ({ article: await articleData('inhibitory-plasticity') });
