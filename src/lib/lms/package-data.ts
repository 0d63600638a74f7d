/**
 * What the course-package builder (scripts/packages) needs to know about each article, in each of
 * the site's languages: its title and summary, and its figures (for the cartridge's web links).
 * Read from the same registry, messages and frontmatter as the site, so packages cannot drift from it.
 */
import { SLUGS, type Slug } from '../articles';
import { articleMeta } from '../content';
import { FIGURES } from '../figures/registry';
import { m } from '../paraglide/messages.js';
import { baseLocale, getLocale, locales, overwriteGetLocale, type Locale } from '../paraglide/runtime.js';

export interface PackageFigure {
	id: string;
	title: string;
	blurb: string;
	/** The title of the figure's web link in a cartridge ("Figure: …"). */
	linkTitle: string;
}

export interface PackageArticle {
	slug: Slug;
	/** The language of the article, its titles and its launch page. */
	locale: Locale;
	title: string;
	summary: string;
	figures: PackageFigure[];
}

/** Every language gets its own packages. */
export const PACKAGE_LOCALES: readonly Locale[] = locales;

export function packageArticles(locale: Locale = baseLocale): PackageArticle[] {
	// The figures' titles are messages read in the current locale: read them in this one.
	const previous = getLocale;
	overwriteGetLocale(() => locale);
	try {
		return SLUGS.map((slug) => {
			const meta = articleMeta(slug, locale);
			return {
				slug,
				locale,
				title: meta.title,
				summary: meta.summary,
				figures: FIGURES[slug].map((f) => ({
					id: f.id,
					title: f.title,
					blurb: f.blurb,
					linkTitle: m.packages_figure_link({ title: f.title })
				}))
			};
		});
	} finally {
		overwriteGetLocale(previous);
	}
}
