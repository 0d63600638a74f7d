/**
 * Course packages: each zip holds what its format requires, checked by parsing the XML
 * (namespaces, required elements and attributes, every reference resolving to a file in the zip).
 */
import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { createHash } from 'node:crypto';
import { PACKAGE_LOCALES, packageArticles } from '../../src/lib/lms/package-data';
import { FIGURES } from '../../src/lib/figures/registry';
import { SLUGS } from '../../src/lib/articles';
import {
	cartridgePackage,
	embedLink,
	kolibriPackage,
	normalizeSiteUrl,
	packageNames,
	scormPackage
} from '../../scripts/packages/package.mjs';
import { NS, xmlEscape } from '../../scripts/packages/manifests.mjs';
import { launchPage, launchScript } from '../../scripts/packages/launch.mjs';

/** Stands in for build/engram-offline.html: a CSP meta with a script hash, a title, an inline app. */
const OFFLINE = `<!doctype html>
<html lang="en">
	<head>
		<meta charset="utf-8" />
		<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self'">
		<title>Engram</title>
	</head>
	<body><div style="display: contents"><script>/* app */</script></div></body>
</html>`;

const SITE = 'https://example.org/engram/';
const articles = packageArticles();
const spanish = packageArticles('es');
/** Every article in every language: each gets its own packages. */
const everyPackage = PACKAGE_LOCALES.flatMap((locale) => packageArticles(locale));
/** Where the article opens in the one-file site: "#/<slug>/", "#/es/<slug>/". */
const start = (a: { slug: string; locale: string }) => `#/${a.locale === 'en' ? '' : `${a.locale}/`}${a.slug}/`;

function parse(xml: string): Document {
	const errors: string[] = [];
	const doc = new DOMParser({ onError: (level, msg) => level !== 'warning' && errors.push(msg) }).parseFromString(xml, 'text/xml');
	expect(errors, 'well-formed XML').toEqual([]);
	return doc;
}

/** Child elements of `el` with this namespace and local name. */
function kids(el: Element, ns: string, name: string): Element[] {
	const out: Element[] = [];
	for (let n = el.firstChild; n; n = n.nextSibling) {
		if (n.nodeType === 1 && (n as Element).namespaceURI === ns && (n as Element).localName === name) out.push(n as Element);
	}
	return out;
}
function one(el: Element, ns: string, name: string): Element {
	const found = kids(el, ns, name);
	expect(found, `<${name}> under <${el.localName}>`).toHaveLength(1);
	return found[0];
}
function all(doc: Document, ns: string, name: string): Element[] {
	return Array.from(doc.getElementsByTagNameNS(ns, name) as unknown as Element[]);
}
const text = (el: Element) => (el.textContent ?? '').trim();

function unzip(bytes: Uint8Array): Record<string, string> {
	return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, strFromU8(v)]));
}

describe('package data', () => {
	it('lists every article and every registered figure', () => {
		expect(articles.map((a) => a.slug)).toEqual([...SLUGS]);
		for (const a of articles) {
			expect(a.title.length).toBeGreaterThan(5);
			expect(a.figures.map((f) => f.id)).toEqual(FIGURES[a.slug].map((f) => f.id));
		}
	});
	it('has each article in Spanish too: Spanish titles, the same figures', () => {
		expect(PACKAGE_LOCALES).toEqual(['en', 'es']);
		expect(spanish.map((a) => a.slug)).toEqual([...SLUGS]);
		for (const [i, a] of spanish.entries()) {
			expect(a.locale).toBe('es');
			expect(a.title).not.toBe(articles[i].title);
			expect(a.figures.map((f) => f.id)).toEqual(articles[i].figures.map((f) => f.id));
			for (const f of a.figures) expect(f.linkTitle).toBe(`Figura: ${f.title}`);
		}
		// Reading the Spanish data leaves the locale as it was.
		expect(packageArticles()[0].figures[0].linkTitle).toMatch(/^Figure: /);
	});
});

describe('launch page', () => {
	it('opens the article, marks SCORM, and allows its script by hash in the CSP', () => {
		const html = launchPage(OFFLINE, { slug: 'inhibitory-plasticity', title: 'A & B', lms: 'scorm' });
		const code = launchScript('inhibitory-plasticity', 'scorm');
		expect(html).toContain(`<script>${code}</script>`);
		expect(code).toContain('"#/inhibitory-plasticity/"');
		expect(code).toContain('dataset.lms="scorm"');
		const hash = createHash('sha256').update(code, 'utf8').digest('base64');
		const scriptSrc = /script-src ([^;"]*)/.exec(html)![1].split(' ');
		expect(scriptSrc).toEqual(expect.arrayContaining([`'sha256-${hash}'`, "'self'", "'sha256-abc='"]));
		expect(html).toContain('<title>A &amp; B</title>');
		// Before the app's own script.
		expect(html.indexOf(code)).toBeLessThan(html.indexOf('/* app */'));
	});
	it('never touches "<title>" inside the app\'s own scripts', () => {
		const page = OFFLINE.replace('<title>Engram</title>', '').replace('/* app */', '/* app */ x = "<title>t</title>";');
		const html = launchPage(page, { slug: 'x', title: 'New' });
		expect(html).toContain('x = "<title>t</title>";');
		expect(html.slice(0, html.indexOf('</head>'))).toContain('<title>New</title>');
	});
	it('opens a Spanish package at the Spanish article, with <html lang="es">', () => {
		const html = launchPage(OFFLINE, { slug: 'inhibitory-plasticity', title: 'T', lms: 'scorm', locale: 'es' });
		expect(launchScript('inhibitory-plasticity', 'scorm', 'es')).toContain('"#/es/inhibitory-plasticity/"');
		expect(html).toContain(`<script>${launchScript('inhibitory-plasticity', 'scorm', 'es')}</script>`);
		expect(html).toMatch(/<html lang="es">/);
		expect(launchPage(OFFLINE, { slug: 'x' })).toMatch(/<html lang="en">/);
	});
	it('refuses a page it cannot patch', () => {
		expect(() => launchPage('<html>no head</html>', { slug: 'x' })).toThrow(/head/);
	});
});

describe.each(everyPackage)('$slug ($locale)', (a) => {
	it('SCORM 1.2: manifest, organization, one SCO launching a file in the zip', () => {
		const files = unzip(scormPackage(OFFLINE, a));
		expect(Object.keys(files).sort()).toEqual(['imsmanifest.xml', 'index.html']);
		const doc = parse(files['imsmanifest.xml']);
		const m = doc.documentElement as unknown as Element;
		expect(m.namespaceURI).toBe(NS.scormCp);
		expect(m.localName).toBe('manifest');
		expect(m.getAttribute('identifier')).toBeTruthy();
		const meta = one(m, NS.scormCp, 'metadata');
		expect(text(one(meta, NS.scormCp, 'schema'))).toBe('ADL SCORM');
		expect(text(one(meta, NS.scormCp, 'schemaversion'))).toBe('1.2');
		const orgs = one(m, NS.scormCp, 'organizations');
		const org = one(orgs, NS.scormCp, 'organization');
		expect(orgs.getAttribute('default')).toBe(org.getAttribute('identifier'));
		expect(text(one(org, NS.scormCp, 'title'))).toBe(a.title);
		const item = one(org, NS.scormCp, 'item');
		expect(text(one(item, NS.scormCp, 'title'))).toBe(a.title);
		const res = one(one(m, NS.scormCp, 'resources'), NS.scormCp, 'resource');
		expect(item.getAttribute('identifierref')).toBe(res.getAttribute('identifier'));
		expect(res.getAttribute('type')).toBe('webcontent');
		expect(res.getAttributeNS(NS.adlcp, 'scormtype')).toBe('sco');
		expect(files[res.getAttribute('href')!]).toBeDefined();
		for (const f of kids(res, NS.scormCp, 'file')) expect(files[f.getAttribute('href')!]).toBeDefined();
		expect(files['index.html']).toContain('dataset.lms="scorm"');
		expect(files['index.html']).toContain(`"${start(a)}"`);
	});

	it('Common Cartridge 1.3: metadata, rooted hierarchy, the article and a web link per figure', () => {
		const files = unzip(cartridgePackage(OFFLINE, a, SITE));
		const doc = parse(files['imsmanifest.xml']);
		const m = doc.documentElement as unknown as Element;
		expect(m.namespaceURI).toBe(NS.ccCp);
		const meta = one(m, NS.ccCp, 'metadata');
		expect(text(one(meta, NS.ccCp, 'schema'))).toBe('IMS Common Cartridge');
		expect(text(one(meta, NS.ccCp, 'schemaversion'))).toBe('1.3.0');
		const lom = one(meta, NS.ccLomManifest, 'lom');
		const title = one(one(one(lom, NS.ccLomManifest, 'general'), NS.ccLomManifest, 'title'), NS.ccLomManifest, 'string');
		expect(text(title)).toBe(a.title);
		expect(title.getAttribute('language')).toBe(a.locale);
		const org = one(one(m, NS.ccCp, 'organizations'), NS.ccCp, 'organization');
		expect(org.getAttribute('structure')).toBe('rooted-hierarchy');
		const root = one(org, NS.ccCp, 'item');
		expect(root.hasAttribute('identifierref')).toBe(false);

		const resources = kids(one(m, NS.ccCp, 'resources'), NS.ccCp, 'resource');
		const byId = new Map(resources.map((r) => [r.getAttribute('identifier')!, r]));
		const ids = [...all(doc, NS.ccCp, 'item'), ...resources].map((e) => e.getAttribute('identifier'));
		expect(new Set(ids).size, 'identifiers unique').toBe(ids.length);
		const refs = all(doc, NS.ccCp, 'item').filter((i) => i.hasAttribute('identifierref'));
		for (const i of refs) {
			expect(byId.has(i.getAttribute('identifierref')!), i.getAttribute('identifierref')!).toBe(true);
			expect(text(one(i, NS.ccCp, 'title')).length).toBeGreaterThan(0);
		}
		for (const r of resources) {
			expect(['webcontent', 'imswl_xmlv1p3']).toContain(r.getAttribute('type'));
			for (const f of kids(r, NS.ccCp, 'file')) expect(files[f.getAttribute('href')!], f.getAttribute('href')!).toBeDefined();
		}
		const web = resources.filter((r) => r.getAttribute('type') === 'webcontent');
		expect(web).toHaveLength(1);
		expect(files[web[0].getAttribute('href')!]).toContain(`"${start(a)}"`);
		expect(files[web[0].getAttribute('href')!]).not.toContain('dataset.lms');

		const links = resources.filter((r) => r.getAttribute('type') === 'imswl_xmlv1p3');
		expect(links).toHaveLength(a.figures.length);
		const urls = links.map((r) => {
			const wl = parse(files[one(r, NS.ccCp, 'file').getAttribute('href')!]).documentElement as unknown as Element;
			expect(wl.namespaceURI).toBe(NS.ccWebLink);
			expect(wl.localName).toBe('webLink');
			expect(text(one(wl, NS.ccWebLink, 'title')).length).toBeGreaterThan(0);
			return one(wl, NS.ccWebLink, 'url').getAttribute('href');
		});
		expect(urls).toEqual(a.figures.map((f) => `${SITE}${a.locale === 'en' ? '' : `${a.locale}/`}embed/${a.slug}/${f.id}/`));
	});

	it('Kolibri: index.html at the root, opening the article, nothing else', () => {
		const files = unzip(kolibriPackage(OFFLINE, a));
		expect(Object.keys(files)).toEqual(['index.html']);
		expect(files['index.html']).toContain(`"${start(a)}"`);
		expect(files['index.html']).not.toContain('dataset.lms');
	});

	it('names its files by slug, and language other than English', () => {
		const name = a.locale === 'en' ? a.slug : `${a.slug}.${a.locale}`;
		expect(packageNames(a.slug, a.locale)).toEqual({
			scorm: `${name}.scorm12.zip`,
			cartridge: `${name}.imscc`,
			kolibri: `${name}.kolibri.zip`
		});
	});
});

describe('site address and escaping', () => {
	it('normalizes the address and explains a bad one', () => {
		expect(normalizeSiteUrl('https://example.org/engram')).toBe(SITE);
		expect(normalizeSiteUrl('https://example.org/engram/?x=1#y')).toBe(SITE);
		expect(() => normalizeSiteUrl('example.org')).toThrow(/full URL/);
		expect(() => normalizeSiteUrl('ftp://example.org/')).toThrow(/https/);
		expect(embedLink(SITE, 'a', 'b c')).toBe(`${SITE}embed/a/b%20c/`);
	});
	it('escapes titles in manifests', () => {
		expect(xmlEscape(`<a & "b" 'c'>`)).toBe('&lt;a &amp; &quot;b&quot; &apos;c&apos;&gt;');
		const files = unzip(scormPackage(OFFLINE, { ...articles[0], title: 'Fear & <memory>' }));
		expect(text(all(parse(files['imsmanifest.xml']), NS.scormCp, 'title')[0])).toBe('Fear & <memory>');
	});
	it('gives the two languages’ packages different identifiers, so an LMS keeps both', () => {
		const id = (a: (typeof articles)[number]) =>
			(parse(unzip(scormPackage(OFFLINE, a))['imsmanifest.xml']).documentElement as unknown as Element).getAttribute('identifier');
		expect(id(spanish[0])).not.toBe(id(articles[0]));
	});
	it('gives the same bytes for the same input', () => {
		expect(Buffer.from(scormPackage(OFFLINE, articles[0])).equals(Buffer.from(scormPackage(OFFLINE, articles[0])))).toBe(true);
	});
});
