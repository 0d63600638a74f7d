// The embed page's data, written into the prerendered page (see ./page-data.ts).
import { embedPageData } from './page-data';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => embedPageData(params);
