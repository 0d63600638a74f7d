/**
 * Internal links. Pages end in "/" (trailingSlash: 'always'), paths stay relative, and a link stays
 * in the reader's language ("/es/<slug>/" on a Spanish page): see $lib/i18n/locale.
 */
import { localHref } from './i18n/locale';

export function articleHref(slug: string, hash = ''): string {
	return localHref(`/${slug}/${hash}`);
}
