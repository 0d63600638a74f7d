#!/usr/bin/env node
/**
 * The one-file offline site, built beside the hosted site (`npm run build`, scripts/build.mjs, runs
 * both at once): `node scripts/build-offline.mjs` alone rebuilds just it and writes
 * <build>/engram-offline.html, which the home page offers for download and which opens from disk
 * (file://) with every figure, slider and link working.
 *
 * Why a second pass of the same app: from file:// a browser runs no module script that imports
 * another file, and the path router cannot find a page in a file name. What works is SvelteKit's
 * hash router (`#/slug/` links) with every script and style inlined into one index.html.
 * The hash router does not allow page options (`prerender`, `trailingSlash`, `entries`, `csr`),
 * which the hosted build needs, so this script hands SvelteKit a copy of src/routes with those
 * exports turned into plain constants (svelte.config.js, ENGRAM_OFFLINE_ROUTES). The pass writes
 * only its own folders (<kit>-offline/), so it can run while the hosted build does; the file goes
 * into the hosted build once that is done (writeOfflineFile), with the icon taken from it and
 * inlined, as the file has no folder of assets beside it.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { BUILD_DIR, KIT_DIR, OFFLINE_FILE_NAME } from './paths.mjs';
import { ensureKitTsconfig, runTool } from './bin.mjs';

const PAGE_OPTIONS = /\bexport\s+(const|let|var|function|async\s+function)\s+(prerender|trailingSlash|entries|csr|ssr)\b/g;
const ROUTE_MODULE = /^\+(page|layout)\.(ts|js)$/;
const SERVER_MODULE = /^\+(page|layout)\.server\.(ts|js)$/;

/** `export const prerender = true` -> `const prerender = true` (valid JS and TS, nothing exported). */
export function stripPageOptions(code) {
	return code.replace(PAGE_OPTIONS, (_m, kind, name) => `${kind} ${name}`);
}

/**
 * Copies a routes folder, dropping the page-option exports of its +page/+layout modules. A relative
 * import that leaves the folder ('../app.css') is written from the project root ('/src/app.css'),
 * which Vite resolves the same from anywhere.
 */
function copyRoutes(from, to) {
	rmSync(to, { recursive: true, force: true });
	cpSync(from, to, { recursive: true });
	const root = resolve('.');
	const walk = (rel) => {
		for (const name of readdirSync(join(to, rel))) {
			const r = join(rel, name);
			if (statSync(join(to, r)).isDirectory()) {
				walk(r);
				continue;
			}
			// Server-only files are not allowed with the hash router: their pages compute the same data in
			// their universal load when it has none (src/routes/embed/[slug]/[figure]/+page.ts).
			if (SERVER_MODULE.test(name)) {
				rmSync(join(to, r));
				continue;
			}
			if (!/\.(ts|js|svelte|svx)$/.test(name)) continue;
			let code = readFileSync(join(to, r), 'utf8');
			code = code.replace(/(['"])(\.\.\/[^'"\n]+)\1/g, (m, q, spec) => {
				const target = resolve(from, rel, spec);
				if (!relative(resolve(from), target).startsWith('..')) return m;
				return `${q}/${relative(root, target).split(sep).join('/')}${q}`;
			});
			if (ROUTE_MODULE.test(name)) code = stripPageOptions(code);
			writeFileSync(join(to, r), code);
		}
	};
	walk('');
}

/** app.html links the icon from the site root, which does not exist beside the file: inline it. */
function inlineIcon(html, svg) {
	const uri = `data:image/svg+xml,${encodeURIComponent(svg)}`;
	return html.replace(/href="[^"]*favicon\.svg"/, `href="${uri}"`);
}

/**
 * app.html's no-script stylesheet (static/nojs.css) is for prerendered pages read without scripts; the
 * one file renders everything with its script, so without scripts it has nothing to style. Dropped, as
 * it would be a request for a file that is not beside it.
 */
function dropNoScriptStyles(html) {
	return html.replace(/<noscript>\s*<link[^>]+nojs\.css"[^>]*>\s*<\/noscript>/, '');
}

/**
 * The offline pass: SvelteKit with the hash router over a copy of the routes, into <kit>-offline/.
 * Resolves when Vite is done; rejects if it fails. Reads nothing of the hosted build.
 */
export function buildOfflineApp({ kitDir = KIT_DIR, quiet = false } = {}) {
	const work = `${kitDir}-offline`;
	const routes = join(work, 'routes');
	mkdirSync(work, { recursive: true });
	copyRoutes('src/routes', routes);
	return runTool('vite', ['build', '--logLevel', quiet ? 'error' : 'warn'], {
		env: { ...process.env, ENGRAM_OFFLINE_ROUTES: resolve(routes) },
		failure: 'The offline build failed.'
	});
}

/** Stops with what to do when there is no hosted build to put the file in. */
function requireHostedBuild(buildDir) {
	if (!existsSync(join(buildDir, 'index.html'))) {
		throw new Error(`No hosted build in "${buildDir}/": run "vite build" first (npm run build does both).`);
	}
}

/** Writes the offline pass's page into the hosted build as the one file; returns its path. */
export function writeOfflineFile({ buildDir = BUILD_DIR, kitDir = KIT_DIR } = {}) {
	requireHostedBuild(buildDir);
	const shell = readFileSync(join(`${kitDir}-offline`, 'site', 'index.html'), 'utf8');
	const out = join(buildDir, OFFLINE_FILE_NAME);
	writeFileSync(out, dropNoScriptStyles(inlineIcon(shell, readFileSync(join(buildDir, 'favicon.svg'), 'utf8'))));
	return out;
}

/** The offline pass, then the file, into an existing hosted build (`npm run build:offline`). */
export async function buildOffline({ buildDir = BUILD_DIR, kitDir = KIT_DIR, quiet = false } = {}) {
	// Before the pass, not after it: the missing build is known now.
	requireHostedBuild(buildDir);
	await ensureKitTsconfig();
	await buildOfflineApp({ kitDir, quiet });
	return writeOfflineFile({ buildDir, kitDir });
}

/** How big the file came out, for the line the build prints. */
export const describeOfflineFile = (out) => `Offline site: ${out} (${(statSync(out).size / 1024).toFixed(0)} kB)`;

if (import.meta.url === `file://${process.argv[1]}`) {
	try {
		console.log(describeOfflineFile(await buildOffline()));
	} catch (e) {
		console.error(e.message);
		process.exit(1);
	}
}
