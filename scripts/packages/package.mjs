/**
 * Assembles the course packages of one article as zip bytes (fflate), from the offline page's
 * HTML and plain data about the article. Pure apart from hashing: no files are read or written here.
 *
 *   <slug>.scorm12.zip   imsmanifest.xml + index.html (the article, figures and quiz, no network)
 *   <slug>.imscc         IMS Common Cartridge 1.3: the article as a web page + one web link per
 *                        figure's embed page on the hosted site (needs its address)
 *   <slug>.kolibri.zip   Kolibri HTML5 app: index.html at the root, nothing fetched
 * Each language has its own: <slug>.es.scorm12.zip … open the Spanish article and link the Spanish embeds.
 */
import { strToU8, zipSync } from 'fflate';
import { launchPage, localePrefix } from './launch.mjs';
import { ccManifest, scormManifest, webLinkXml } from './manifests.mjs';

/** A fixed date inside each zip, so the same input gives the same bytes. */
const MTIME = new Date(Date.UTC(2026, 0, 1));

/** @param {Record<string, string>} files */
export function zip(files) {
	/** @type {Record<string, [Uint8Array, { mtime: Date, level: 0 | 9 }]>} */
	const entries = {};
	for (const [name, text] of Object.entries(files)) {
		// The manifest first and stored (level 0) as some importers read it before inflating anything.
		entries[name] = [strToU8(text), { mtime: MTIME, level: name === 'imsmanifest.xml' ? 0 : 9 }];
	}
	return zipSync(entries);
}

/** "https://example.org/engram" -> "https://example.org/engram/"; throws a readable error otherwise. @param {string} raw */
export function normalizeSiteUrl(raw) {
	let url;
	try {
		url = new URL(raw);
	} catch {
		throw new Error(`The site address "${raw}" is not a full URL (for example https://example.org/engram/).`);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		throw new Error(`The site address must start with https:// or http://, not "${url.protocol}".`);
	}
	url.search = '';
	url.hash = '';
	if (!url.pathname.endsWith('/')) url.pathname += '/';
	return url.href;
}

/** @param {string} site @param {string} slug @param {string} figure @param {string} [locale] */
export function embedLink(site, slug, figure, locale) {
	return new URL(`${localePrefix(locale)}embed/${encodeURIComponent(slug)}/${encodeURIComponent(figure)}/`, site).href;
}

/**
 * @typedef {{ slug: string, locale?: string, title: string, summary: string,
 *   figures: { id: string, title: string, linkTitle?: string }[] }} Article
 */

/** The article's name inside manifests: "<slug>" in English, "<slug>-es" in Spanish. @param {Article} a */
const packageId = (a) => (localePrefix(a.locale) ? `${a.slug}-${a.locale}` : a.slug);

/** @param {string} html @param {Article} a */
export function scormPackage(html, a) {
	return zip({
		'imsmanifest.xml': scormManifest({ slug: packageId(a), title: a.title, files: ['index.html'] }),
		'index.html': launchPage(html, { slug: a.slug, title: a.title, lms: 'scorm', locale: a.locale })
	});
}

/** @param {string} html @param {Article} a */
export function kolibriPackage(html, a) {
	return zip({ 'index.html': launchPage(html, { slug: a.slug, title: a.title, locale: a.locale }) });
}

/** @param {string} html @param {Article} a @param {string} site the hosted site's address */
export function cartridgePackage(html, a, site) {
	const base = normalizeSiteUrl(site);
	const id = packageId(a);
	const articleHref = `web_resources/${id}.html`;
	const links = a.figures.map((f) => ({
		id: f.id,
		title: f.linkTitle ?? `Figure: ${f.title}`,
		href: `weblinks/${id}-${f.id}.xml`,
		url: embedLink(base, a.slug, f.id, a.locale)
	}));
	/** @type {Record<string, string>} */
	const files = {
		'imsmanifest.xml': ccManifest({
			slug: id,
			title: a.title,
			summary: a.summary,
			language: a.locale ?? 'en',
			article: { href: articleHref, title: a.title },
			links
		}),
		[articleHref]: launchPage(html, { slug: a.slug, title: a.title, locale: a.locale })
	};
	for (const l of links) files[l.href] = webLinkXml({ title: l.title, url: l.url });
	return zip(files);
}

/** File names of an article's packages: "<slug>.scorm12.zip", "<slug>.es.scorm12.zip"… @param {string} slug @param {string} [locale] */
export function packageNames(slug, locale) {
	const name = localePrefix(locale) ? `${slug}.${locale}` : slug;
	return { scorm: `${name}.scorm12.zip`, cartridge: `${name}.imscc`, kolibri: `${name}.kolibri.zip` };
}
