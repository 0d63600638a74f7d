import adapter from '@sveltejs/adapter-static';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';
import { linkFigureStyles } from './scripts/figure-css.mjs';
import { absolutizeHreflang } from './scripts/hreflang.mjs';
import { checkBuildName } from './scripts/build-name-check.mjs';
import { withRelinkScript, withoutNotFoundLinks } from './src/routes/(site)/not-found/site-root.js';
import { ALIASES, BUILD_DIR as buildDir, KIT_DIR as kitDir, PICTURES_DIR } from './scripts/paths.mjs';

/**
 * The one-file offline site (scripts/build-offline.mjs, built by `npm run build` beside the
 * hosted build) is the same app with the hash router and every script inlined, which is what
 * opens from file://. The script asks for it with ENGRAM_OFFLINE_ROUTES: a copy of src/routes
 * without page options, which the hash router does not allow. Output goes to its own folders.
 */
const offlineRoutes = process.env.ENGRAM_OFFLINE_ROUTES;
const offlineKit = offlineRoutes && {
	outDir: `${kitDir}-offline`,
	files: { routes: offlineRoutes },
	adapter: adapter({ pages: `${kitDir}-offline/site`, strict: false }),
	router: { type: 'hash' },
	// Links become "#/slug/" (with relative paths they would point at the file's folder).
	paths: { relative: false },
	output: { bundleStrategy: 'inline' },
	serviceWorker: { register: false }
};

/**
 * The hashes of app.html's inline scripts (what a page does when its own scripts cannot load), for the
 * Content-Security-Policy: SvelteKit hashes only the scripts it writes.
 */
const appHtmlScripts = [...readFileSync('./src/app.html', 'utf8').matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
	([, code]) => `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`
);

/** The site's languages other than English, each under its own prefix ("es" → /es/…). */
const settings = JSON.parse(readFileSync('./project.inlang/settings.json', 'utf8'));
const TRANSLATIONS = settings.locales.filter((/** @type {string} */ l) => l !== settings.baseLocale);

/**
 * adapter-static, plus the static host's 404.html: the prerendered /not-found/ page, moved to the
 * root with its relative paths ("../x") rewritten for that depth ("./x") and a script that sets them
 * right at any depth (src/routes/(site)/not-found/site-root.js); plus the chart pictures
 * drawn while prerendering (src/hooks.server.ts), as _charts/; plus each embed page's figure
 * stylesheets (scripts/figure-css.mjs); plus, given ENGRAM_SITE_URL, absolute hreflang links (scripts/hreflang.mjs);
 * then a check that every page names the app's build (scripts/build-name-check.mjs).
 * @param {import('@sveltejs/kit').Adapter} inner
 * @param {string} dir
 * @returns {import('@sveltejs/kit').Adapter}
 */
function withNotFoundPage(inner, dir) {
	return {
		...inner,
		async adapt(builder) {
			await inner.adapt(builder);
			if (existsSync(PICTURES_DIR)) cpSync(PICTURES_DIR, join(dir, '_charts'), { recursive: true });
			linkFigureStyles({ buildDir: dir, kitDir, languages: TRANSLATIONS });
			// Each language's page in its own folder: es/not-found/ becomes es/404.html (hosts that
			// look for the nearest 404.html show it for a missing Spanish page).
			for (const lang of ['', ...TRANSLATIONS]) {
				const page = join(dir, lang, 'not-found', 'index.html');
				if (!existsSync(page)) continue;
				const html = readFileSync(page, 'utf8').replace(/(=\s*["'])\.\.\//g, '$1./');
				// Its links right at any depth, with JavaScript (site-root.js).
				const folder = lang ? `${lang}/` : '';
				writeFileSync(join(dir, lang, '404.html'), withRelinkScript(withoutNotFoundLinks(html), folder));
				rmSync(join(dir, lang, 'not-found'), { recursive: true, force: true });
			}
			// Language links fully qualified when the site's address is known (scripts/hreflang.mjs).
			if (process.env.ENGRAM_SITE_URL) absolutizeHreflang(dir, process.env.ENGRAM_SITE_URL);
			// Last: every page names the build the app's code reads (scripts/build-name-check.mjs).
			checkBuildName(dir);
		}
	};
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.svx'],
	preprocess: [vitePreprocess(), mdsvex({ extensions: ['.svx'], smartypants: { dashes: 'oldschool' } })],
	kit: {
		adapter: withNotFoundPage(adapter({ pages: buildDir, assets: buildDir, strict: true }), buildDir),
		// Vitest's own folder: its Vite writes SvelteKit's generated files as it starts (the build's time
		// in internal.js among them), and `npm test` runs the unit tests beside the build, which reads
		// them. In one folder, the prerendered pages could name a different build than the app's code,
		// and every page failed to start.
		outDir: process.env.VITEST ? `${kitDir}-vitest` : kitDir,
		// Relative asset and link paths: the built folder works on any host, under any sub-path.
		paths: { relative: true },
		// The service worker is registered by the site layout ((site)/+layout.svelte), not by every
		// page: an embed inside an LMS iframe must not install it and precache the whole site.
		serviceWorker: { register: false },
		// Small pages: inlining the CSS saves a render-blocking request.
		inlineStyleThreshold: 40_000,
		alias: ALIASES,
		// Every page in English at "/" and in Spanish under "/es/": the Spanish pages are reached through
		// each English page's language links (hreflang alternates and the language switcher); "/es/" starts that.
		prerender: {
			handleMissingId: 'fail',
			entries: ['*', '/es/'],
			// Chart pictures (/_charts/) are drawn during the prerender and copied in by the adapter:
			// the crawler finds their links before the files exist.
			handleHttpError: ({ path, message }) => {
				if (path.includes('/_charts/')) return;
				throw new Error(message);
			}
		},
		// Content-Security-Policy as a <meta> tag in every prerendered page: only our own files;
		// SvelteKit adds the hashes of its inline scripts and styles ('hash' mode). Style attributes
		// (style:height, app.html's display: contents) cannot be hashed, so they alone are allowed inline.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				// 'wasm-unsafe-eval' lets the spiking network's worker compile its WebAssembly kernel
				// (src/lib/sim/kernel.wat) when the worker inherits this policy (a blob: worker in the
				// offline file); it allows WebAssembly only, not eval. Without it the TypeScript engine runs.
				'script-src': ['self', 'wasm-unsafe-eval', ...appHtmlScripts],
				'style-src': ['self'],
				'style-src-attr': ['unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				// The spiking simulation's worker: a file of ours on the site; in the one-file build,
				// where no other file can be loaded, the same code inlined and started from a blob: URL
				// (src/lib/sim/spawn-inline.ts).
				'worker-src': offlineRoutes ? ['self', 'blob:'] : ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		...(offlineKit || {})
	}
};

export default config;
