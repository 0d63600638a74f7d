/** Internal links. Pages end in "/" (trailingSlash: 'always'), and paths stay relative. */
import { resolve } from '$app/paths';

export function articleHref(slug: string, hash = ''): string {
	return resolve('/(site)/[slug]', { slug }) + '/' + hash;
}
