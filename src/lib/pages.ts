/**
 * The long prose of the home, about and teachers' pages lives in content/pages/<name>.svx, and each
 * translation in content/<locale>/pages/<name>.svx with the same parts (paths: contentPath.page in
 * $lib/content); a route's load picks the file for the reader's language and the page renders each
 * part where it belongs (<Prose part="lede" />). Loaded by the page that needs it only, like an
 * article's prose.
 */
import type { Component } from 'svelte';
import { contentPath, type PAGE_NAMES } from './content-paths';
import { baseLocale, getLocale, type Locale } from './paraglide/runtime.js';

export type PageName = (typeof PAGE_NAMES)[number];
/** A page's prose: which part to render, and any values the route computes for it. */
export type PageProse = Component<Record<string, unknown>>;

const files = import.meta.glob<{ default: PageProse }>(['/content/pages/*.svx', '/content/*/pages/*.svx']);

/** The page's prose in `locale`, or in English while that translation does not exist. */
export async function pageProse(name: PageName, locale: Locale = getLocale()): Promise<PageProse> {
	const load = files[contentPath.page(name, locale)] ?? files[contentPath.page(name, baseLocale)];
	if (!load) throw new Error(`content/pages/${name}.svx is missing`);
	return (await load()).default;
}
