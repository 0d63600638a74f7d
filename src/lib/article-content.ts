/**
 * One article in one language, loaded on demand: its frontmatter, prose component, seed and
 * glossary (the prose component: ./article-component.ts). The article and embed pages load only through here, so their first view carries their
 * own article's seed and glossary in the reader's language and nothing of the other articles or
 * the other language (Vite makes each file below a chunk of its own, fetched by the call that
 * needs it). A Spanish page still loads the English seed: it holds the numbers and references,
 * which seeds/es/<slug>.ts only words differently (localizeSeed).
 */
import { SLUGS, drawsOn, type ArticleData, type ArticleMeta, type DrawsOn, type Slug } from './articles';
import { contentPath } from './content-paths';
import type { Glossary } from './glossary/types';
import type { ArticleSeed, SeedTranslation } from '$seeds/types';
import { localizeSeed } from './ui/fact-text';
import { baseLocale, getLocale, type Locale } from './paraglide/runtime.js';

// (Vite reads these patterns from the source: they must be literals.)
// Frontmatter only (scripts/vite-frontmatter.mjs), not the article and its figures.
const frontmatter = import.meta.glob<ArticleMeta>(['/content/*.svx', '/content/*/*.svx', '!/content/pages/*.svx'], {
	query: '?frontmatter',
	import: 'default'
});
const seeds = import.meta.glob<{ seed: ArticleSeed }>(['/seeds/*.ts', '!/seeds/types.ts']);
const seedTranslations = import.meta.glob<{ translation: SeedTranslation }>('/seeds/*/*.ts');
const glossaries = import.meta.glob<{ glossary: Glossary }>([
	'/src/lib/glossary/*.ts',
	'/src/lib/glossary/*/*.ts',
	'!/src/lib/glossary/types.ts'
]);

/** The loader for `locale`'s file, or English's while that translation does not exist. */
export function pick<T>(
	files: Record<string, () => Promise<T>>,
	path: (slug: string, locale: Locale) => string,
	slug: Slug,
	locale: Locale
) {
	const load = files[path(slug, locale)] ?? files[path(slug, baseLocale)];
	if (!load) throw new Error(`${path(slug, baseLocale).slice(1)} is missing`);
	return load;
}

export async function loadArticleMeta(slug: Slug, locale: Locale = getLocale()): Promise<ArticleMeta> {
	return pick(frontmatter, contentPath.article, slug, locale)();
}

/** An article's seed (facts and references), worded in `locale` where its translation exists. */
export async function articleSeed(slug: Slug, locale: Locale = getLocale()): Promise<ArticleSeed> {
	const [{ seed }, translation] = await Promise.all([
		pick(seeds, contentPath.seed, slug, baseLocale)(),
		locale === baseLocale ? undefined : seedTranslations[contentPath.seed(slug, locale)]?.()
	]);
	return translation ? localizeSeed(seed, translation.translation, locale) : seed;
}

/**
 * What every article draws on (drawsOn), for the pages that list them all (home cards, lesson
 * plans): only the references those lines name, not the seeds' facts, which the pages written from
 * this would otherwise carry in their data (40 kB of the home page's 69).
 */
export async function allSources(locale: Locale = getLocale()): Promise<Record<Slug, DrawsOn>> {
	return Object.fromEntries(await Promise.all(SLUGS.map(async (slug) => [slug, drawsOn(await articleSeed(slug, locale))]))) as Record<
		Slug,
		DrawsOn
	>;
}

/** An article's glossary, in `locale` where its translation exists. */
export async function articleGlossary(slug: Slug, locale: Locale = getLocale()): Promise<Glossary> {
	return (await pick(glossaries, contentPath.glossary, slug, locale)()).glossary;
}

/** An article's seed and glossary, in `locale` where their translations exist. */
export async function articleData(slug: Slug, locale: Locale = getLocale()): Promise<ArticleData> {
	const [seed, glossary] = await Promise.all([articleSeed(slug, locale), articleGlossary(slug, locale)]);
	return { seed, glossary };
}
