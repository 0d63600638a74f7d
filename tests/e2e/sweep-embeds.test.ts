/**
 * The sweep (sweep.ts) over every embed page: one load each, then structure, the figure alone (no
 * site chrome, its id, a link to the full explainer), cleanliness, no horizontal scrolling and
 * axe-core in two looks (light phone; dark at the narrowest width an embed promises, 280 px), a
 * Spanish embed in the second only; then an English one at the snippet's reference width, where its
 * content must fit the snippet's height. URL presets, lock and theme: embed-pages.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './harness';
import { EMBEDS, type Watched } from './hardening-shared';
import { ALL, embedPath } from './embeds';
import { checkClean, checkLook, checkSnippetHeight, load, looksOf, sweeper, type Swept } from './sweep';
import { REFERENCE_WIDTH } from '../../src/lib/lms/embed-heights';

let browser: Browser;
let w: Watched;
beforeAll(async () => {
	browser = await launch();
	w = await sweeper(browser);
});
afterAll(async () => {
	await browser?.close();
});

it('every registered figure has an embed page in the build', () => {
	expect(ALL.length).toBeGreaterThan(0);
	expect(EMBEDS).toEqual(expect.arrayContaining(ALL.map(({ slug, figure }) => embedPath(slug, figure))));
});

describe.each(EMBEDS)('%s', (path) => {
	let s: Swept | undefined;
	it('loads alone: one h1, a title, a description, a CSP, no site chrome, its figure', async () => {
		s = await load(w, path, 'embed');
	});
	it.each(looksOf(path, 'embed').map((look) => [look.name, look] as const))(
		'fits its width and axe-core finds nothing (%s)',
		async (_name, look) => {
			expect(s, 'the page did not load').toBeDefined();
			await checkLook(s!, look);
		}
	);
	if (!path.startsWith('/es/'))
		it(`fits the snippet's height at ${REFERENCE_WIDTH} px, and offers its data as CSV`, async () => {
			expect(s, 'the page did not load').toBeDefined();
			await checkSnippetHeight(s!);
		});
	it('had no console error, no request to another host and no CSP violation in any look', async () => {
		expect(s, 'the page did not load').toBeDefined();
		await checkClean(s!);
	});
});
