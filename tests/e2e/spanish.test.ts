/**
 * The Spanish site (/es/…) as a reader moves through it: the language switcher there and back with
 * the reader's settings, a slider that redraws (and what appears only then, Show data and print, in
 * Spanish), the 404, a sub-path. What every Spanish page must be on its own (in Spanish, <html
 * lang="es">, hreflang alternates, links that stay in Spanish, no English outside the reference
 * list's titles and citations, every number with its tooltip, axe) is checked by the sweep on its one
 * load of each page (sweep.ts, sweep-site and sweep-embeds).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { FIGURES } from '../../src/lib/figures/registry';
import { SLUGS } from '../../src/lib/articles';
import { drawnSignature, gotoSettled, launch, open, setSlider, urlOf } from './harness';
import { findEnglish } from './english-detector';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('Spanish journeys', () => {
	it('the language switcher keeps the place (hash) and the settings (query), there and back', async () => {
		const slug = SLUGS[0];
		const figure = FIGURES[slug].find((f) => f.spec.length) ?? FIGURES[slug][0];
		const param = figure.spec[0];
		const query = param ? `?${figure.id}.${param.key}=${param.max}` : '';
		const p = await open(browser, `/es/${slug}/${query}#${figure.id}`, { live: [figure.id] });
		try {
			const toEnglish = p.page.locator('.language-switch a[hreflang="en"]');
			expect(await toEnglish.textContent()).toBe('English');
			// Once the page runs, the link carries the address's query and hash.
			await expect.poll(() => toEnglish.getAttribute('href')).toContain(`${query}#${figure.id}`);
			await Promise.all([p.page.waitForURL(`**/${slug}/${query}#${figure.id}`), toEnglish.click()]);
			expect(new URL(p.page.url()).pathname).toBe(new URL(urlOf(`/${slug}/`)).pathname);
			expect(await p.page.getAttribute('html', 'lang')).toBe('en');
			const toSpanish = p.page.locator('.language-switch a[hreflang="es"]');
			await expect.poll(() => toSpanish.getAttribute('href')).toContain(`${query}#${figure.id}`);
			await Promise.all([p.page.waitForURL(`**/es/${slug}/${query}#${figure.id}`), toSpanish.click()]);
			expect(await p.page.getAttribute('html', 'lang')).toBe('es');
			expect(p.errors).toEqual([]);
		} finally {
			await p.close();
		}
	});

	it('a slider redraws its chart, and buttons answer in Spanish once the page runs', async () => {
		const p = await open(browser, `/es/${SLUGS[0]}/`);
		try {
			const figure = p.page.locator('figure[id]:has(input[type="range"][data-key]):has(canvas)').first();
			const id = (await figure.getAttribute('id'))!;
			await figure.scrollIntoViewIfNeeded();
			const before = await drawnSignature(p.page, `[id="${id}"] canvas`);
			const slider = figure.locator('input[type="range"][data-key]').first();
			const key = (await slider.getAttribute('data-key'))!;
			const { min, max, value } = await slider.evaluate((el) => {
				const i = el as HTMLInputElement;
				return { min: i.min, max: i.max, value: i.value };
			});
			await setSlider(p.page, `[id="${id}"] input[data-key="${key}"]`, Number(value === max ? min : max));
			await expect.poll(() => drawnSignature(p.page, `[id="${id}"] canvas`)).not.toBe(before);
			// Rendered by the browser after a click: the client reads the language too.
			const data = figure.locator('button[aria-controls$="-data"]');
			await expect
				.poll(async () => {
					if ((await data.getAttribute('aria-expanded')) !== 'true') await data.click();
					return data.textContent();
				})
				.toBe('Ocultar datos');
			// What appears only now (the slider's read-outs, the point-by-point tables built in the
			// browser) and on paper (the settings in words, refreshed before printing) is Spanish too.
			await p.page.emulateMedia({ media: 'print' });
			await p.page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
			await expect.poll(() => figure.locator('.print-settings').textContent()).toMatch(/^Ajustes: \S/);
			const found = await findEnglish(p.page);
			expect(found, `English after a slider, Show data and print:\n${found.join('\n')}`).toEqual([]);
			await p.page.emulateMedia({ media: 'screen' });
			expect(p.errors).toEqual([]);
		} finally {
			await p.close();
		}
	});

	it('a missing Spanish page answers 404 in Spanish', async () => {
		const p = await open(browser, '/es/no-such-page/', { expectStatus: 404 });
		try {
			expect(p.errors).toEqual([]);
			expect(await p.page.getAttribute('html', 'lang')).toBe('es');
			const es = JSON.parse(readFileSync('messages/es.json', 'utf8')) as Record<string, string>;
			expect(await p.page.locator('h1').textContent()).toBe(es.notfound_heading);
		} finally {
			await p.close();
		}
	});

	it('works under a sub-path: Spanish page, Spanish links, Spanish client-side text', async () => {
		const base = inject('subPathUrl');
		const p = await open(browser, `/es/${SLUGS[1]}/`, { base });
		try {
			expect(p.errors).toEqual([]);
			expect(await p.page.getAttribute('html', 'lang')).toBe('es');
			const home = p.page.locator('header a.brand');
			expect(new URL((await home.evaluate((a) => (a as HTMLAnchorElement).href)) as string).pathname).toBe(
				new URL(urlOf('/es/', base)).pathname
			);
			const data = p.page.locator('figure button[aria-controls$="-data"]').first();
			await data.scrollIntoViewIfNeeded();
			await expect
				.poll(async () => {
					if ((await data.getAttribute('aria-expanded')) !== 'true') await data.click();
					return data.textContent();
				})
				.toBe('Ocultar datos');
			await gotoSettled(p.page, urlOf('/es/about/', base));
			expect(await p.page.getAttribute('html', 'lang')).toBe('es');
		} finally {
			await p.close();
		}
	});
});
