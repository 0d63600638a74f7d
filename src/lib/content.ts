/**
 * What a page says, in the reader's language. English is the base; a translation sits beside it
 * under the same name (see CONTRIBUTING.md, "Adding a language"):
 *   article prose     content/<slug>.svx                  content/<locale>/<slug>.svx
 *   glossary          src/lib/glossary/<slug>.ts          src/lib/glossary/<locale>/<slug>.ts
 *   facts' words      seeds/<slug>.ts                     seeds/<locale>/<slug>.ts (labels, notes)
 *   quiz              src/lib/figures/<slug>/quiz.ts      …/quiz.<locale>.ts (imported by the .svx)
 *   lessons           src/lib/lessons/lessons.ts          src/lib/lessons/lessons.<locale>.ts
 *   page prose        content/pages/<name>.svx            content/<locale>/pages/<name>.svx
 * A translation that does not exist yet falls back to English (tests/unit/translations.test.ts
 * lists what is missing). Metadata (frontmatter) is loaded eagerly for lists; each article's
 * component and glossary only by the page that shows them; lessons by $lib/content-lessons.
 */
import { SLUGS, ARTICLES, type ArticleData, type ArticleMeta, type Slug } from './articles';
import type { Glossary } from './glossary/types';
import type { SeedTranslation } from '$seeds/types';
import { localizeSeed } from './ui/fact-text';
import { baseLocale, getLocale, locales, type Locale } from './paraglide/runtime.js';

// Frontmatter only (scripts/vite-frontmatter.mjs): importing `metadata` from the .svx modules would
// pull every article, its figures and Chart.js into every page.
const metadata = import.meta.glob<ArticleMeta>(['/content/*.svx', '/content/*/*.svx', '!/content/pages/*.svx'], {
	eager: true,
	query: '?frontmatter',
	import: 'default'
});
const components = import.meta.glob<{ default: import('svelte').Component }>([
	'/content/*.svx',
	'/content/*/*.svx',
	'!/content/pages/*.svx'
]);
const glossaries = import.meta.glob<{ glossary: Glossary }>('/src/lib/glossary/*/*.ts');
const seedTranslations = import.meta.glob<{ translation: SeedTranslation }>('/seeds/*/*.ts');
// Keys only: the lesson plans are read by $lib/content-lessons (the teachers' page).
const lessonFiles = import.meta.glob('/src/lib/lessons/lessons*.ts');
// Keys only (never loaded here): quizzes are imported by the article's own .svx.
const quizzes = import.meta.glob('/src/lib/figures/*/quiz*.ts');
const pages = import.meta.glob(['/content/pages/*.svx', '/content/*/pages/*.svx']);

/** Where a translation of each kind of content lives. */
export const contentPath = {
	article: (slug: string, locale: Locale) => (locale === baseLocale ? `/content/${slug}.svx` : `/content/${locale}/${slug}.svx`),
	glossary: (slug: string, locale: Locale) =>
		locale === baseLocale ? `/src/lib/glossary/${slug}.ts` : `/src/lib/glossary/${locale}/${slug}.ts`,
	seed: (slug: string, locale: Locale) => (locale === baseLocale ? `/seeds/${slug}.ts` : `/seeds/${locale}/${slug}.ts`),
	quiz: (slug: string, locale: Locale) =>
		locale === baseLocale ? `/src/lib/figures/${slug}/quiz.ts` : `/src/lib/figures/${slug}/quiz.${locale}.ts`,
	lessons: (locale: Locale) => (locale === baseLocale ? '/src/lib/lessons/lessons.ts' : `/src/lib/lessons/lessons.${locale}.ts`),
	page: (name: string, locale: Locale) => (locale === baseLocale ? `/content/pages/${name}.svx` : `/content/${locale}/pages/${name}.svx`)
};

/** The pages whose long prose lives in content/pages/. */
export const PAGE_NAMES = ['home', 'about', 'teach'] as const;

export function articleMeta(slug: Slug, locale: Locale = getLocale()): ArticleMeta {
	const meta = metadata[contentPath.article(slug, locale)] ?? metadata[contentPath.article(slug, baseLocale)];
	if (!meta) throw new Error(`content/${slug}.svx is missing`);
	return meta;
}

export function allArticles(locale: Locale = getLocale()): { slug: Slug; meta: ArticleMeta }[] {
	return SLUGS.map((slug) => ({ slug, meta: articleMeta(slug, locale) }));
}

export async function articleComponent(slug: Slug, locale: Locale = getLocale()): Promise<import('svelte').Component> {
	const load = components[contentPath.article(slug, locale)] ?? components[contentPath.article(slug, baseLocale)];
	if (!load) throw new Error(`content/${slug}.svx is missing`);
	return (await load()).default;
}

/** An article's seed and glossary, in `locale` where their translations exist. */
export async function articleData(slug: Slug, locale: Locale = getLocale()): Promise<ArticleData> {
	if (locale === baseLocale) return ARTICLES[slug];
	const loadGlossary = glossaries[contentPath.glossary(slug, locale)];
	const loadSeed = seedTranslations[contentPath.seed(slug, locale)];
	const [glossary, seed] = await Promise.all([loadGlossary?.(), loadSeed?.()]);
	return {
		seed: seed ? localizeSeed(ARTICLES[slug].seed, seed.translation, locale) : ARTICLES[slug].seed,
		glossary: glossary?.glossary ?? ARTICLES[slug].glossary
	};
}

/** Every translation file that does not exist yet, as repository paths (for the tests and CONTRIBUTING.md). */
export function missingTranslations(): string[] {
	const missing: string[] = [];
	for (const locale of locales.filter((l) => l !== baseLocale)) {
		for (const slug of SLUGS) {
			if (!metadata[contentPath.article(slug, locale)]) missing.push(contentPath.article(slug, locale));
			if (!glossaries[contentPath.glossary(slug, locale)]) missing.push(contentPath.glossary(slug, locale));
			if (!seedTranslations[contentPath.seed(slug, locale)]) missing.push(contentPath.seed(slug, locale));
			if (quizzes[contentPath.quiz(slug, baseLocale)] && !quizzes[contentPath.quiz(slug, locale)])
				missing.push(contentPath.quiz(slug, locale));
		}
		if (!lessonFiles[contentPath.lessons(locale)]) missing.push(contentPath.lessons(locale));
		for (const name of PAGE_NAMES) {
			if (pages[contentPath.page(name, baseLocale)] && !pages[contentPath.page(name, locale)]) missing.push(contentPath.page(name, locale));
		}
	}
	return missing.map((p) => p.slice(1));
}
