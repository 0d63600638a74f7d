/**
 * The sweep (sweep.ts) over every page of the site that is not an embed, and the 404 page: one load
 * each, then structure, cleanliness (console, other hosts, CSP) and axe-core in four looks (light and
 * dark, desktop and phone). Embeds: sweep-embeds.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { PAGES, launch } from './harness';
import { SITE_PAGES, type Watched } from './hardening-shared';
import { checkClean, checkLook, load, looksOf, sweeper, type Kind, type Swept } from './sweep';

let browser: Browser;
let w: Watched;
beforeAll(async () => {
	browser = await launch();
	w = await sweeper(browser);
});
afterAll(async () => {
	await browser?.close();
});

// Missing addresses: one and two folders deep, where the 404 page's relative links were wrong.
const SWEPT: [string, Kind][] = [
	...SITE_PAGES.map((p) => [p, 'site'] as [string, Kind]),
	['/no-such-page/', 'missing'],
	['/astrocytes-fear-extinction/no-such-page/', 'missing'],
	['/es/astrocytes-fear-extinction/no-such-page/', 'missing']
];

it('finds the pages to sweep in the build', () => {
	expect(SITE_PAGES).toEqual(expect.arrayContaining([...PAGES]));
});

describe.each(SWEPT)('%s', (path, kind) => {
	let s: Swept | undefined;
	it('loads with one h1, its language, a title, a description and a CSP', async () => {
		s = await load(w, path, kind);
	});
	it.each(looksOf(path, kind).map((look) => [look.name, look] as const))('axe-core finds nothing (%s)', async (_name, look) => {
		expect(s, 'the page did not load').toBeDefined();
		await checkLook(s!, look);
	});
	it('had no console error, no request to another host and no CSP violation in any look', async () => {
		expect(s, 'the page did not load').toBeDefined();
		await checkClean(s!);
	});
});

it('the CSP check itself notices a violation (an image from another host)', async () => {
	await w.page.emulateMedia({ colorScheme: 'light' });
	await w.visit('/about/');
	await w.page.evaluate(() => {
		const img = document.createElement('img');
		img.src = 'http://203.0.113.9/probe.png';
		img.alt = '';
		document.body.append(img);
	});
	await expect.poll(async () => w.page.evaluate(() => (window as unknown as { __csp: string[] }).__csp.length)).toBeGreaterThan(0);
	const { csp } = await w.take();
	expect(csp.join('\n')).toMatch(/img-src/);
});
