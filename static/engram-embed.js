/*! engram-embed.js — lets Engram figures in iframes take the height of their content.
 * MIT License. Copyright (c) 2026 the Engram authors.
 *
 * Usage: put this script once on the host page, after or before any number of
 *   <iframe src="https://…/embed/<article>/<figure>/" …></iframe>
 * Each Engram embed page posts { type: 'engram:resize', id, height } to its parent whenever its
 * content grows or shrinks; this script sets the height of the iframe that sent it. It only
 * listens: it sends nothing, loads nothing, and ignores messages from anything but an iframe
 * on this page whose own address has the same origin as the message.
 */
(function () {
	'use strict';
	if (window.__engramEmbed) return;
	window.__engramEmbed = true;

	function frameFor(source) {
		var frames = document.getElementsByTagName('iframe');
		for (var i = 0; i < frames.length; i++) {
			if (frames[i].contentWindow === source) return frames[i];
		}
		return null;
	}

	function originOf(src) {
		try {
			return new URL(src, document.baseURI).origin;
		} catch (e) {
			return null;
		}
	}

	window.addEventListener('message', function (event) {
		var data = event.data;
		if (!data || data.type !== 'engram:resize') return;
		var height = Number(data.height);
		if (!isFinite(height) || height < 0 || height > 100000) return;
		var frame = frameFor(event.source);
		if (!frame) return;
		// file:// pages post with origin "null"; otherwise the message must come from the iframe's site.
		if (event.origin !== 'null' && originOf(frame.src) !== event.origin) return;
		frame.style.height = Math.ceil(height) + 'px';
	});
})();
