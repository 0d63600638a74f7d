/**
 * The articles' prose lives in content/<slug>.svx. Metadata (frontmatter) is loaded eagerly for
 * lists; each article's component is loaded only by its own page.
 */
import { SLUGS, type ArticleMeta, type Slug } from './articles';

// Frontmatter only (scripts/vite-frontmatter.mjs): importing `metadata` from the .svx modules would
// pull every article, its figures and Chart.js into every page.
const metadata = import.meta.glob<ArticleMeta>('/content/*.svx', { eager: true, query: '?frontmatter', import: 'default' });

const components = import.meta.glob<{ default: import('svelte').Component }>('/content/*.svx');

export function articleMeta(slug: Slug): ArticleMeta {
	const meta = metadata[`/content/${slug}.svx`];
	if (!meta) throw new Error(`content/${slug}.svx is missing`);
	return meta;
}

export function allArticles(): { slug: Slug; meta: ArticleMeta }[] {
	return SLUGS.map((slug) => ({ slug, meta: articleMeta(slug) }));
}

export async function articleComponent(slug: Slug): Promise<import('svelte').Component> {
	const load = components[`/content/${slug}.svx`];
	if (!load) throw new Error(`content/${slug}.svx is missing`);
	return (await load()).default;
}
