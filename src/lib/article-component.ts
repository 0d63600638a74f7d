/**
 * An article's prose component, in the reader's language. Apart from ./article-content.ts, so that
 * the pages that load only an article's seed (embeds, home, /teach/) do not carry the list of every
 * article's chunks that this glob holds.
 */
import type { Component } from 'svelte';
import type { Slug } from './articles';
import { pick } from './article-content';
import { contentPath } from './content-paths';
import { getLocale, type Locale } from './paraglide/runtime.js';

// (Vite reads this pattern from the source: it must be a literal.)
const components = import.meta.glob<{ default: Component }>(['/content/*.svx', '/content/*/*.svx', '!/content/pages/*.svx']);

export async function articleComponent(slug: Slug, locale: Locale = getLocale()): Promise<Component> {
	return (await pick(components, contentPath.article, slug, locale)()).default;
}
