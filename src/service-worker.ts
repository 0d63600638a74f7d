/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
/**
 * Offline after the first visit: the built app, the static files and every prerendered page are
 * cached when the service worker installs. A new build has a new `version`, so it installs a new
 * cache and, on activation, deletes the old ones. It answers only requests for our own origin and
 * never fetches from another host.
 *
 * Strategy: immutable build files from the cache; pages and other files from the network when it
 * answers (so an update shows, and the cached copy is refreshed), else from the cache.
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `engram-${version}`;
// The one-file offline edition is a download, not something to keep twice.
const PRECACHE = [...new Set([...build, ...files, ...prerendered])].filter((p) => !p.endsWith('.html') || !/offline/.test(p));
const IMMUTABLE = new Set(build);

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			// One by one: a file the host does not serve (a page moved after prerendering, say)
			// must not stop everything else from being cached.
			.then((cache) => Promise.all(PRECACHE.map((path) => cache.add(path).catch(() => undefined))))
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((k) => k.startsWith('engram-') && k !== CACHE).map((k) => caches.delete(k))))
			.then(() => sw.clients.claim())
	);
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	event.respondWith(respond(request, url));
});

async function respond(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(CACHE);
	if (IMMUTABLE.has(url.pathname)) {
		const hit = await cache.match(url.pathname);
		if (hit) return hit;
	}
	try {
		const response = await fetch(request);
		if (response.ok && response.type === 'basic' && !IMMUTABLE.has(url.pathname)) {
			// One entry per path: a page's query string (figure settings) does not change its HTML.
			cache.put(url.pathname, response.clone()).catch(() => {});
		}
		return response;
	} catch (error) {
		// Offline: the page or file as cached (pages are cached without their query string).
		const hit = await cache.match(url.pathname, { ignoreSearch: true });
		if (hit) return hit;
		throw error;
	}
}
