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
 * lists what is missing). Metadata (frontmatter) is loaded eagerly here, for the pages that list
 * every article (home, teachers' page, 404); an article's and an embed's page load their one
 * article, in their one language, through $lib/article-content; lessons by $lib/content-lessons.
 */
import { SLUGS, type ArticleMeta, type Slug } from './articles';
import { contentPath, PAGE_NAMES } from './content-paths';
import { baseLocale, getLocale, locales, type Locale } from './paraglide/runtime.js';

export { contentPath, PAGE_NAMES } from './content-paths';
export { articleData } from './article-content';

// Frontmatter only (scripts/vite-frontmatter.mjs): importing `metadata` from the .svx modules would
// pull every article, its figures and Chart.js into every page.
const metadata = import.meta.glob<ArticleMeta>(['/content/*.svx', '/content/*/*.svx', '!/content/pages/*.svx'], {
	eager: true,
	query: '?frontmatter',
	import: 'default'
});
// Keys only (never loaded here): which translations exist, for missingTranslations.
const glossaries = import.meta.glob('/src/lib/glossary/*/*.ts');
const seedTranslations = import.meta.glob('/seeds/*/*.ts');
// Keys only: the lesson plans are read by $lib/content-lessons (the teachers' page).
const lessonFiles = import.meta.glob('/src/lib/lessons/lessons*.ts');
// Keys only (never loaded here): quizzes are imported by the article's own .svx.
const quizzes = import.meta.glob('/src/lib/figures/*/quiz*.ts');
const pages = import.meta.glob(['/content/pages/*.svx', '/content/*/pages/*.svx']);

export function articleMeta(slug: Slug, locale: Locale = getLocale()): ArticleMeta {
	const meta = metadata[contentPath.article(slug, locale)] ?? metadata[contentPath.article(slug, baseLocale)];
	if (!meta) throw new Error(`content/${slug}.svx is missing`);
	return meta;
}

export function allArticles(locale: Locale = getLocale()): { slug: Slug; meta: ArticleMeta }[] {
	return SLUGS.map((slug) => ({ slug, meta: articleMeta(slug, locale) }));
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
