/*! engram-retire-service-worker.js — removes Engram's offline copy from readers' browsers.
 * MIT License. Copyright (c) 2026 the Engram authors.
 *
 * When Engram leaves an address (the site moved, or a course is over), copy this file over the
 * old folder's service-worker.js (keep that name: browsers look for it). The next time a reader's
 * browser opens a page there, it finds the changed file and installs this worker, which
 *   1. deletes this folder's Engram caches — only those (named "engram:<folder>:…"), never another
 *      copy's or another application's;
 *   2. unregisters itself, so nothing answers for the folder any more;
 *   3. reloads the folder's open pages, which now come from the server as it is.
 * It has no fetch handler: from the moment it installs, every request goes to the network.
 */
self.addEventListener('install', function () {
	self.skipWaiting();
});

self.addEventListener('activate', function (event) {
	var folder = new URL(self.registration.scope).pathname;
	var prefix = 'engram:' + folder + ':';
	event.waitUntil(
		caches
			.keys()
			.then(function (keys) {
				return Promise.all(
					keys
						.filter(function (key) {
							return key.indexOf(prefix) === 0;
						})
						.map(function (key) {
							return caches.delete(key);
						})
				);
			})
			.then(function () {
				return self.registration.unregister();
			})
			.then(function () {
				return self.clients.matchAll({ type: 'window' });
			})
			.then(function (windows) {
				windows.forEach(function (client) {
					if ('navigate' in client) client.navigate(client.url).catch(function () {});
				});
			})
	);
});
