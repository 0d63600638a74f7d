/**
 * Every article's English seed and glossary, imported at once: for tests and Node scripts. Pages
 * never import this (it would put all four into their first load): they load the one they show, in
 * the reader's language, through $lib/article-content.
 */
import { seed as astrocytes } from '$seeds/astrocytes-fear-extinction';
import { seed as inhibitory } from '$seeds/inhibitory-plasticity';
import { seed as emotional } from '$seeds/emotional-memory-integration';
import { seed as intrinsic } from '$seeds/intrinsic-excitability';
import type { ArticleData, Slug } from './articles';
import { glossary as astrocytesGlossary } from './glossary/astrocytes-fear-extinction';
import { glossary as inhibitoryGlossary } from './glossary/inhibitory-plasticity';
import { glossary as emotionalGlossary } from './glossary/emotional-memory-integration';
import { glossary as intrinsicGlossary } from './glossary/intrinsic-excitability';

export const ARTICLES: Record<Slug, ArticleData> = {
	'astrocytes-fear-extinction': { seed: astrocytes, glossary: astrocytesGlossary },
	'inhibitory-plasticity': { seed: inhibitory, glossary: inhibitoryGlossary },
	'emotional-memory-integration': { seed: emotional, glossary: emotionalGlossary },
	'intrinsic-excitability': { seed: intrinsic, glossary: intrinsicGlossary }
};
