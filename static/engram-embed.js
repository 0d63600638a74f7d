/*! engram-embed.js — lets Engram figures in iframes take the height of their content.
 * MIT License. Copyright (c) 2026 the Engram authors.
 *
 * Usage: put this script once on the host page, after or before any number of
 *   <iframe src="https://…/embed/<article>/<figure>/" data-engram-embed …></iframe>
 * Each Engram embed page posts { type: 'engram:resize', id, height } to its parent whenever its
 * content grows or shrinks; this script sets the height of the iframe that sent it. As it starts
 * it asks each marked iframe's page for its height once ({ type: 'engram:measure' }, to that
 * page's origin): an embed that posted before this script ran is not left at the snippet's height.
 * It sends nothing else and loads nothing. It acts only on iframes marked data-engram-embed, on a
 * message from the page in that iframe (its address's origin; "null" only for a file: address),
 * on a number of pixels, and never beyond MAX_HEIGHT.
 */
(function () {
	'use strict';
	if (window.__engramEmbed) return;
	window.__engramEmbed = true;

	// Far above any figure's height, even on a narrow phone.
	var MAX_HEIGHT = 20000;

	function frameFor(source) {
		var frames = document.querySelectorAll('iframe[data-engram-embed]');
		for (var i = 0; i < frames.length; i++) {
			if (frames[i].contentWindow === source) return frames[i];
		}
		return null;
	}

	/** The origin a frame's own page posts from: "null" for a file: address. */
	function expectedOrigin(frame) {
		var address = addressOf(frame.getAttribute('src') || '');
		if (!address) return null;
		return address.protocol === 'file:' ? 'null' : address.origin;
	}

	function addressOf(src) {
		try {
			return new URL(src, document.baseURI);
		} catch (e) {
			return null;
		}
	}

	window.addEventListener('message', function (event) {
		var data = event.data;
		if (!data || typeof data !== 'object' || data.type !== 'engram:resize') return;
		var height = data.height;
		if (typeof height !== 'number' || !isFinite(height) || height < 0) return;
		var frame = frameFor(event.source);
		if (!frame) return;
		// A file: page posts as "null"; so do sandboxed frames, which are not ours.
		var expected = expectedOrigin(frame);
		if (!expected || event.origin !== expected) return;
		frame.style.height = Math.ceil(Math.min(height, MAX_HEIGHT)) + 'px';
	});

	// Embeds that loaded before this script did have posted their height already: ask again. A frame
	// still loading gets the question in its blank page and posts its height itself once it runs.
	var frames = document.querySelectorAll('iframe[data-engram-embed]');
	for (var i = 0; i < frames.length; i++) {
		var origin = expectedOrigin(frames[i]);
		if (!origin || !frames[i].contentWindow) continue;
		try {
			frames[i].contentWindow.postMessage({ type: 'engram:measure' }, origin === 'null' ? '*' : origin);
		} catch (e) {
			// Only a malformed origin throws (a page elsewhere by now simply gets nothing): skip that frame.
		}
	}
})();
