/**
 * The one-file offline site (`npm run build:offline` writes offline/engram-offline.html).
 * When that file exists at build time, the hosted build ships it as an asset and the home page
 * offers it for download; otherwise this is undefined and nothing is offered. The offline build
 * itself replaces this module with `undefined` (vite.offline.config.ts), so it never embeds itself.
 */
import { asset } from '$app/paths';
import type { Asset } from '$app/types';

const found = import.meta.glob<string>('/offline/engram-offline.html', {
	query: '?url',
	import: 'default',
	eager: true
});

export const offlineFileUrl: string | undefined = Object.values(found)[0];

/**
 * Link to the file for the page being rendered. The prerenderer gets a root-absolute path
 * ("/_app/..."), which would break under a sub-path: it is made relative like other assets.
 * In the browser the URL is already absolute.
 */
export function offlineFileHref(): string | undefined {
	if (!offlineFileUrl) return undefined;
	return offlineFileUrl.startsWith('/') ? asset(offlineFileUrl as Asset) : offlineFileUrl;
}
