/**
 * A last check of the built site: every prerendered page starts the app through a global whose
 * name comes from the build's name (`__sveltekit_<hash>`, set by the page's inline script and read
 * by the app's code). Two processes that write SvelteKit's generated files at once can give the pages
 * one name and the code another; every page then throws as it starts ("Cannot read properties of
 * undefined (reading 'data')") and stays the prerendered HTML. This fails the build instead.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pagesOf } from './figure-css.mjs';
import { OFFLINE_FILE_NAME } from './paths.mjs';

const GLOBAL = /__sveltekit_([a-z0-9]+)/g;

/** The names `text` mentions (a page's inline script, or a piece of the app's code). */
export function buildNamesIn(text) {
	return new Set([...text.matchAll(GLOBAL)].map((m) => m[1]));
}

/**
 * Throws, naming the pages, when a page of `buildDir` names a build the app's code (its files under
 * `_app/immutable/`) does not read; returns the one name otherwise.
 */
export function checkBuildName(buildDir) {
	const code = new Set();
	const immutable = join(buildDir, '_app', 'immutable');
	for (const entry of readdirSync(immutable, { recursive: true, withFileTypes: true })) {
		if (entry.isFile() && entry.name.endsWith('.js')) {
			for (const name of buildNamesIn(readFileSync(join(entry.parentPath, entry.name), 'utf8'))) code.add(name);
		}
	}
	if (code.size !== 1) throw new Error(`The app's code names ${code.size} builds (${[...code].join(', ') || 'none'}), not one.`);
	const [name] = code;
	// The one-file offline site carries its own app, and its own name, inline.
	const pages = pagesOf(buildDir).filter((page) => page !== OFFLINE_FILE_NAME);
	const wrong = pages.filter((page) => {
		const names = buildNamesIn(readFileSync(join(buildDir, page), 'utf8'));
		return names.size > 0 && !(names.size === 1 && names.has(name));
	});
	if (wrong.length > 0) {
		throw new Error(
			`${wrong.length} page(s) name another build than the app's code (__sveltekit_${name}), so they would not start: ` +
				`${wrong.slice(0, 5).join(', ')}. Did another process write .svelte-kit/generated during the build?`
		);
	}
	return name;
}
