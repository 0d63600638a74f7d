/** The article a component sits in: lets <Cite>, <Term> and <Fact> find their data by key. */
import { getContext, setContext } from 'svelte';
import type { ArticleData } from '../articles';

const KEY = Symbol('engram-article');

export function setArticle(article: ArticleData): void {
	setContext(KEY, article);
}

export function getArticle(): ArticleData {
	const article = getContext<ArticleData | undefined>(KEY);
	if (!article) throw new Error('This component must be placed inside an article page.');
	return article;
}
