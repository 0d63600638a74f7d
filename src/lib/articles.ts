/**
 * The four explainers: slug -> seeds (facts, references) and glossary. Prose and frontmatter
 * live in content/<slug>.svx; this module is what components look up by slug.
 */
import { seed as astrocytes } from '$seeds/astrocytes-fear-extinction';
import { seed as inhibitory } from '$seeds/inhibitory-plasticity';
import { seed as emotional } from '$seeds/emotional-memory-integration';
import { seed as intrinsic } from '$seeds/intrinsic-excitability';
import type { ArticleSeed, Reference } from '$seeds/types';
import { glossary as astrocytesGlossary } from './glossary/astrocytes-fear-extinction';
import { glossary as inhibitoryGlossary } from './glossary/inhibitory-plasticity';
import { glossary as emotionalGlossary } from './glossary/emotional-memory-integration';
import { glossary as intrinsicGlossary } from './glossary/intrinsic-excitability';
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

export const ARTICLES: Record<Slug, ArticleData> = {
	'astrocytes-fear-extinction': { seed: astrocytes, glossary: astrocytesGlossary },
	'inhibitory-plasticity': { seed: inhibitory, glossary: inhibitoryGlossary },
	'emotional-memory-integration': { seed: emotional, glossary: emotionalGlossary },
	'intrinsic-excitability': { seed: intrinsic, glossary: intrinsicGlossary }
};

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
