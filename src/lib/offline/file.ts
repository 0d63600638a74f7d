/**
 * The one-file offline site. `npm run build` writes it into the built site as engram-offline.html
 * (scripts/build-offline.mjs, beside the hosted build), and the home page offers it for download.
 * Not offered by the dev server (nothing is built there) nor by the offline file itself (hash
 * router: it must not offer a copy of itself).
 */
import { dev } from '$app/environment';
import { asset, resolve } from '$app/paths';
import type { Asset } from '$app/types';

export const OFFLINE_FILE_NAME = 'engram-offline.html';

/** Link to the file for the page being rendered, relative like other assets; undefined where there is none. */
export function offlineFileHref(): string | undefined {
	if (dev || resolve('/').includes('#')) return undefined;
	// Written after the build, so not among the static files `Asset` lists.
	return asset(`/${OFFLINE_FILE_NAME}` as Asset);
}
