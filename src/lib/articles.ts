/**
 * The four explainers by slug, and the shapes of their data. Prose and frontmatter live in
 * content/<slug>.svx, facts and references in seeds/<slug>.ts, terms in src/lib/glossary/. Pages
 * load one article's data through $lib/article-content; every seed at once (tests, scripts) is
 * $lib/articles-all. This module imports no seed: every page imports it, and a seed imported here
 * would land in every page's first load.
 */
import type { ArticleSeed, Reference } from '$seeds/types';
import type { Glossary } from './glossary/types';

export const SLUGS = [
	'astrocytes-fear-extinction',
	'inhibitory-plasticity',
	'emotional-memory-integration',
	'intrinsic-excitability'
] as const;

export type Slug = (typeof SLUGS)[number];

export interface ArticleData {
	seed: ArticleSeed;
	glossary: Glossary;
}

export function isSlug(value: string): value is Slug {
	return (SLUGS as readonly string[]).includes(value);
}

/** What an article draws on: its primary source, then the studies it builds on. */
export interface DrawsOn {
	primary: Reference;
	buildsOn: Reference[];
}

/**
 * The one place every "draws on" line comes from (article header and print, home cards, teachers'
 * page, embeds): the seed's `drawsOn` keys, or its first reference when it names none.
 */
export function drawsOn(seed: ArticleSeed): DrawsOn {
	const keys = seed.drawsOn && seed.drawsOn.length ? seed.drawsOn : [seed.references[0]?.key];
	const refs = keys.map((key) => {
		const ref = seed.references.find((r) => r.key === key);
		if (!ref) throw new Error(`seeds/${seed.slug}.ts: drawsOn names "${key}", which is not in its references`);
		return ref;
	});
	return { primary: refs[0], buildsOn: refs.slice(1) };
}

/**
 * Frontmatter every content/<slug>.svx must have. What an article draws on is not here: it lives
 * with the references, in seeds/<slug>.ts (`drawsOn`), so that every page names the same sources.
 */
export interface ArticleMeta {
	title: string;
	/** One or two sentences for the home page card. */
	summary: string;
	/** Whole minutes. */
	readingTime: number;
	/** Page description for search engines and link previews. */
	description: string;
}
