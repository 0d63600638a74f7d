#!/usr/bin/env node
/**
 * `npm run build:packages [-- --site-url https://example.org/engram/] [--out packages] [--rebuild]`
 *
 * Writes, per article and language, into packages/: a SCORM 1.2 zip, a Kolibri HTML5 app zip and
 * (given the address where the site is hosted, by --site-url or ENGRAM_SITE_URL) an IMS Common
 * Cartridge 1.3. English files are <slug>.*, Spanish ones <slug>.es.* (see package.mjs).
 * The article data comes from the site's own registry and frontmatter (src/lib/lms/package-data.ts,
 * loaded through Vite so TypeScript and .svx frontmatter read exactly as in the site).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cartridgePackage, kolibriPackage, normalizeSiteUrl, packageNames, scormPackage } from './package.mjs';
import { offlineHtml } from './source.mjs';

function arg(name) {
	const i = process.argv.indexOf(`--${name}`);
	if (i < 0) return undefined;
	const v = process.argv[i + 1];
	return v && !v.startsWith('--') ? v : '';
}

async function loadArticles() {
	const { createServer } = await import('vite');
	const server = await createServer({
		configFile: 'vite.config.ts',
		logLevel: 'error',
		appType: 'custom',
		server: { middlewareMode: true, hmr: false, ws: false }
	});
	try {
		const mod = await server.ssrLoadModule('/src/lib/lms/package-data.ts');
		return mod.PACKAGE_LOCALES.flatMap((/** @type {string} */ locale) => mod.packageArticles(locale));
	} finally {
		await server.close();
	}
}

async function main() {
	const out = arg('out') || 'packages';
	const rawSite = arg('site-url') ?? process.env.ENGRAM_SITE_URL ?? '';
	let site = '';
	if (rawSite) {
		try {
			site = normalizeSiteUrl(rawSite);
		} catch (e) {
			console.error(`build:packages: ${e.message}`);
			process.exit(2);
		}
	}
	const html = offlineHtml({ rebuild: process.argv.includes('--rebuild') });
	const articles = await loadArticles();
	rmSync(out, { recursive: true, force: true });
	mkdirSync(out, { recursive: true });
	const written = [];
	for (const a of articles) {
		const names = packageNames(a.slug, a.locale);
		const put = (name, bytes) => {
			writeFileSync(join(out, name), bytes);
			written.push(`${name} (${Math.round(bytes.length / 1024)} kB)`);
		};
		put(names.scorm, scormPackage(html, a));
		put(names.kolibri, kolibriPackage(html, a));
		if (site) put(names.cartridge, cartridgePackage(html, a, site));
	}
	console.log(`build:packages: wrote ${written.length} files to ${out}/\n  ${written.join('\n  ')}`);
	if (!site) {
		console.log(
			'build:packages: no Common Cartridge (.imscc) written. A cartridge links each figure to its embed page\n' +
				'on your hosted copy of the site, so it needs that address. Run again with\n' +
				'  ENGRAM_SITE_URL=https://your.host/engram/ npm run build:packages\n' +
				'or\n  npm run build:packages -- --site-url https://your.host/engram/'
		);
	}
}

main().catch((e) => {
	console.error(`build:packages: ${e?.message ?? e}`);
	process.exit(1);
});
