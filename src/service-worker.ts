/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
/**
 * Offline after the first visit: the built app, the static files and every prerendered page are
 * cached when the service worker installs. It keeps to its own files, because a school server
 * often hosts other applications on the same origin:
 *   - it answers only for the paths of this build (its file list, under its own folder); any other
 *     request, even on our origin, goes to the network untouched and is never stored;
 *   - it never stores an answer marked `Cache-Control: no-store` or `private`;
 *   - its caches are named by its folder ("engram:/lessons/engram/:<version>"), so two copies on
 *     one server keep separate caches, and it deletes only its own older versions.
 * Updates: a new version installs beside the old one and waits (no skipWaiting) until no tab runs
 * the old version, so a tab left open keeps loading its own lazy code; only then does it take over
 * and delete the old cache. A page that no worker controls yet (the first visit) is claimed at once.
 *
 * Strategy: immutable build files from the cache; pages and other files from the network when it
 * answers (so an update shows, and the cached copy is refreshed), else from the cache. The chart
 * pictures (_charts/, drawn at build time, several MB in all) are not precached: each is kept once a
 * page has shown it. Offline, an address of ours that is not a page of this build (a typo inside an
 * article's or a language's folder) gets the host's "not found" page in its language (404.html,
 * es/404.html), with status 404.
 *
 * To retire this worker (the site moved), see static/engram-retire-service-worker.js.
 */
import { base, build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
/** This copy's folder, with its trailing slash ("/" at the root of a server). */
const FOLDER = `${base}/`;
const PREFIX = `engram:${FOLDER}:`;
const CACHE = `${PREFIX}${version}`;
/** Files of ours that are never cached: the retiring worker (a tool for the host). */
const NOT_CACHED = /\/engram-retire-service-worker\.js$/;
/**
 * The not-found pages are prerendered as <lang>/not-found/ and written out as <lang>/404.html for the
 * static host (svelte.config.js): cache them under the name the host serves.
 */
const hostPath = (p: string) => p.replace(/\/not-found\/$/, '/404.html');
/**
 * SvelteKit's build stamp (kit's default appDir; svelte.config.js keeps it): not in `build`, but the
 * not-found page probes it to find the site's root (routes/(site)/not-found/site-root.js), offline too.
 * It changes with each build, so like a page it is fetched fresh when the network answers.
 */
const VERSION_FILE = `${FOLDER}_app/version.json`;
// The one-file offline edition is a download, not something to keep twice.
const PRECACHE = [...new Set([...build, ...files, VERSION_FILE, ...prerendered.map(hostPath)])].filter(
	(p) => !NOT_CACHED.test(p) && (!p.endsWith('.html') || !/offline/.test(p))
);
/** Every path this worker answers for: this build's own files, nothing else. */
const OURS = new Set(PRECACHE);
const IMMUTABLE = new Set(build);
/** The chart pictures the build drew: named <hash>-<width>-<theme>.webp (and social cards, .jpg). */
const PICTURES = `${FOLDER}_charts/`;
const PICTURE_NAME = /^[\w-]+\.(webp|jpg)$/;
/** The first folder of each of our pages ("about", "es", "embed", an article's slug). */
const SECTIONS = new Set(
	PRECACHE.filter((p) => p.startsWith(FOLDER) && !p.startsWith(`${FOLDER}_`))
		.map((p) => p.slice(FOLDER.length).split('/'))
		.filter((parts) => parts.length > 1)
		.map((parts) => parts[0])
);

function ours(path: string): boolean {
	return OURS.has(path) || (path.startsWith(PICTURES) && PICTURE_NAME.test(path.slice(PICTURES.length)));
}

/** The not-found page for a missing address inside one of our folders, in its language; else none. */
function notFoundPage(path: string): string | undefined {
	if (!path.startsWith(FOLDER)) return undefined;
	const section = path.slice(FOLDER.length).split('/')[0];
	if (!SECTIONS.has(section)) return undefined;
	const own = `${FOLDER}${section}/404.html`;
	if (OURS.has(own)) return own;
	return OURS.has(`${FOLDER}404.html`) ? `${FOLDER}404.html` : undefined;
}

/** True when the host lets this answer be kept on disk. */
function storable(response: Response): boolean {
	if (!response.ok || response.type !== 'basic') return false;
	const control = (response.headers.get('cache-control') ?? '').toLowerCase();
	return !/(^|[\s,])(no-store|private)([\s,=]|$)/.test(control);
}

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches.open(CACHE).then((cache) =>
			// One by one: a file the host does not serve (a page moved after prerendering, say)
			// must not stop everything else from being cached.
			Promise.all(
				PRECACHE.map((path) =>
					fetch(path)
						.then((response) => (storable(response) ? cache.put(path, response) : undefined))
						.catch(() => undefined)
				)
			)
		)
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
			.then(() => sw.clients.claim())
	);
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	if (ours(url.pathname)) return event.respondWith(respond(request, url));
	// A page address inside our folders that this build does not have: the network answers it
	// (nothing stored); offline, the cached not-found page. Anything else is left to the browser.
	const missing = request.mode === 'navigate' ? notFoundPage(url.pathname) : undefined;
	if (missing) event.respondWith(notFound(request, missing));
});

async function notFound(request: Request, page: string): Promise<Response> {
	try {
		return await fetch(request);
	} catch (error) {
		const hit = await (await caches.open(CACHE)).match(page);
		if (!hit) throw error;
		return new Response(hit.body, { status: 404, statusText: 'Not Found', headers: hit.headers });
	}
}

async function respond(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(CACHE);
	if (IMMUTABLE.has(url.pathname)) {
		const hit = await cache.match(url.pathname);
		if (hit) return hit;
	}
	try {
		const response = await fetch(request);
		if (storable(response)) {
			// One entry per path: a page's query string (figure settings) does not change its HTML.
			cache.put(url.pathname, response.clone()).catch(() => {});
		}
		return response;
	} catch (error) {
		// Offline: the page or file as cached (stored by path, so any query string finds it).
		const hit = await cache.match(url.pathname);
		if (hit) return hit;
		throw error;
	}
}
