// The teachers' page's data, written into the prerendered page (see ./page-data.ts).
import { teachPageData } from './page-data';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => teachPageData();
