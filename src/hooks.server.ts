/**
 * Server hook (runs while prerendering): Paraglide's middleware reads the language from the address
 * ("/es/…" is Spanish) so that every message rendered for that page is in it, and writes it into
 * app.html's <html lang="%paraglide.lang%">.
 */
import type { Handle } from '@sveltejs/kit';
import { paraglideMiddleware } from '$lib/paraglide/server.js';

export const handle: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale)
		});
	});
