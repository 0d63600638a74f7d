/**
 * Server hooks (they run while prerendering):
 * - Paraglide's middleware reads the language from the address ("/es/…" is Spanish) so that every
 *   message rendered for that page is in it, and writes it into app.html's <html lang="%paraglide.lang%">.
 * - No <link rel="modulepreload"> for the page's scripts (CSS is inlined anyway). A first view asks for
 *   30–74 small chunks; preloaded, they all compete with the page itself on a slow connection, and
 *   Lighthouse's mobile run put first paint at 3.1–4.9 s on articles, /teach/ and embeds. Without them
 *   the browser finds each chunk through its importer (the page hydrates a few round trips later, and
 *   it is readable before: text, pictures and tables are in the HTML): 2.1–2.3 s, performance 93–99
 *   (was 71–93), measured with `npm run bench` on the same build and a quiet machine.
 * - Charts are also drawn as pictures (issue 14): the painter is installed here, once per build, so the
 *   browser's code never imports the Node canvas. Each page with a chart also gets its social card
 *   (og:image / twitter:card), drawn from its first chart. Not in dev (pictures would be drawn on every
 *   request) and not in the one-file offline build (which prerenders nothing and has no folder to put
 *   pictures in).
 * - Errors are logged as SvelteKit would, without the 404s the crawler meets on chart pictures (handleError).
 */
import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { building } from '$app/environment';
import { paraglideMiddleware } from '$lib/paraglide/server.js';
import { m } from '$lib/paraglide/messages.js';
import { setChartPainter } from '$lib/charts/pictures';
import type { BuildPainter } from '$lib/charts/pictures-build';
import { PICTURES_DIR } from '../scripts/paths.mjs';

const language: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale),
			preload: ({ type }) => type !== 'js'
		});
	});

let painter: BuildPainter | undefined;

export const init: ServerInit = async () => {
	if (!building || process.env.ENGRAM_OFFLINE_ROUTES) return;
	const { buildPainter } = await import('$lib/charts/pictures-build');
	painter = buildPainter(PICTURES_DIR);
	setChartPainter(painter.paint);
};

const TEXT_ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** The card's <meta> tags for a page at `path`, or the page unchanged when it has no chart. */
function withCard(html: string, path: string, active: BuildPainter): string {
	const raw = /<title>([^<]*)<\/title>/.exec(html)?.[1];
	if (!raw) return html;
	const title = raw.replace(/&(amp|lt|gt|quot|#39);/g, (e) => TEXT_ENTITIES[e]).replace(/ · Engram$/, '');
	const card = active.card(title);
	if (!card) return html;
	// Social sites want an absolute address: the site's, when the build is told it (as for the packages).
	const site = process.env.ENGRAM_SITE_URL;
	const depth = path.split('/').filter(Boolean).length;
	const image = site
		? new URL(card.slice(1), site.endsWith('/') ? site : `${site}/`).href
		: `${'../'.repeat(depth) || './'}${card.slice(1)}`;
	const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
	const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1];
	const tags = [
		`<meta property="og:type" content="article">`,
		`<meta property="og:title" content="${attr(title)}">`,
		description ? `<meta property="og:description" content="${description}">` : '',
		`<meta property="og:image" content="${attr(image)}">`,
		`<meta property="og:image:width" content="1200">`,
		`<meta property="og:image:height" content="630">`,
		`<meta property="og:image:alt" content="${attr(m.social_card_alt({ title }))}">`,
		`<meta name="twitter:card" content="summary_large_image">`,
		`<meta name="twitter:image" content="${attr(image)}">`
	].join('');
	return html.replace('</head>', () => `${tags}</head>`);
}

const pictures: Handle = async ({ event, resolve }) => {
	const active = painter;
	if (!active) return resolve(event);
	active.startPage();
	return resolve(event, { transformPageChunk: ({ html }) => withCard(html, event.url.pathname, active) });
};

export const handle = sequence(language, pictures);

/**
 * Errors are logged as SvelteKit's own handler would (a 404 in one line, anything else with its stack),
 * except the 404s the prerender's crawler meets on every chart picture: it asks for each /_charts/ file
 * before the adapter copies the drawn pictures in (svelte.config.js lets those pass). Logged, they were
 * about 300 red "[404] GET /_charts/…" lines in every build, in which a real error was easy to miss.
 */
export const handleError: HandleServerError = ({ error, event, status }) => {
	if (status === 404 && building && event.url.pathname.includes('/_charts/')) return;
	console.error(status === 404 ? `[404] ${event.request.method} ${event.url.pathname}` : error);
};
