/**
 * The one-file offline site (`npm run build:offline` writes offline/engram-offline.html).
 * When that file exists at build time, the hosted build ships it as an asset and the home page
 * offers it for download; otherwise this is undefined and nothing is offered. The offline build
 * itself replaces this module with `undefined` (vite.offline.config.ts), so it never embeds itself.
 */
const found = import.meta.glob<string>('/offline/engram-offline.html', {
	query: '?url',
	import: 'default',
	eager: true
});

export const offlineFileUrl: string | undefined = Object.values(found)[0];
