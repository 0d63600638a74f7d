/**
 * Where a translation of each kind of content lives (see $lib/content). Its own module so that
 * pages needing a path (an article's own loader, a page's prose) do not carry the lists of every
 * article's frontmatter that $lib/content holds.
 */
import { baseLocale, type Locale } from './paraglide/runtime.js';

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
