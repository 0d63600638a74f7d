/**
 * What the course-package builder (scripts/packages) needs to know about each article: its
 * title and summary, and its figures (for the cartridge's web links). Read from the same
 * registry and frontmatter as the site, so packages cannot drift from it.
 */
import { SLUGS, type Slug } from '../articles';
import { articleMeta } from '../content';
import { FIGURES } from '../figures/registry';

export interface PackageFigure {
	id: string;
	title: string;
	blurb: string;
}

export interface PackageArticle {
	slug: Slug;
	title: string;
	summary: string;
	figures: PackageFigure[];
}

export function packageArticles(): PackageArticle[] {
	return SLUGS.map((slug) => {
		const meta = articleMeta(slug);
		return {
			slug,
			title: meta.title,
			summary: meta.summary,
			figures: FIGURES[slug].map((f) => ({ id: f.id, title: f.title, blurb: f.blurb }))
		};
	});
}
