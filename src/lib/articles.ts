/**
 * The four explainers: slug -> seeds (facts, references) and glossary. Prose and frontmatter
 * live in content/<slug>.svx; this module is what components look up by slug.
 */
import { seed as astrocytes } from '$seeds/astrocytes-fear-extinction';
import { seed as inhibitory } from '$seeds/inhibitory-plasticity';
import { seed as emotional } from '$seeds/emotional-memory-integration';
import { seed as intrinsic } from '$seeds/intrinsic-excitability';
import type { ArticleSeed } from '$seeds/types';
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

/** Frontmatter every content/<slug>.svx must have. */
export interface ArticleMeta {
	title: string;
	/** One or two sentences for the home page card. */
	summary: string;
	/** Whole minutes. */
	readingTime: number;
	/** Reference keys of the studies the article draws on (first = main study). */
	sources: string[];
	/** Short line naming the main study, e.g. "Bukalo et al., Nature 2026". */
	study: string;
	/** Page description for search engines and link previews. */
	description: string;
}
