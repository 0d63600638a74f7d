#!/usr/bin/env node
/**
 * Screenshots of every page at phone and desktop width, for looking at (git-ignored folder).
 *   node scripts/screenshots.mjs [path ...]      e.g. node scripts/screenshots.mjs /about/
 * Uses the existing build (run `npm run build` first). ENGRAM_BUILD_DIR picks another build folder.
 * Set SHOT_SCROLL=1 to also take viewport shots while scrolling down the page.
 */
import { mkdirSync } from 'node:fs';
import { launchChromium } from './chromium.mjs';
import { startServer } from './serve.mjs';
import { BUILD_DIR } from './paths.mjs';

const dir = BUILD_DIR;
const paths = process.argv.slice(2);
const pages = paths.length
	? paths
	: [
			'/',
			'/about/',
			'/astrocytes-fear-extinction/',
			'/inhibitory-plasticity/',
			'/emotional-memory-integration/',
			'/intrinsic-excitability/',
			'/no-such-page/'
		];
const widths = [
	['phone', 390, 844],
	['desktop', 1440, 900]
];
const out = process.env.SHOT_DIR || 'screenshots';
mkdirSync(out, { recursive: true });

const { url, close } = await startServer({ dir, port: 0 });
const browser = await launchChromium();
try {
	for (const [name, width, height] of widths) {
		const context = await browser.newContext({
			viewport: { width, height },
			deviceScaleFactor: 1,
			colorScheme: process.env.SHOT_SCHEME === 'dark' ? 'dark' : 'light'
		});
		const page = await context.newPage();
		page.on('console', (m) => m.type() === 'error' && console.log(`  console error on ${page.url()}: ${m.text()}`));
		page.on('pageerror', (e) => console.log(`  page error on ${page.url()}: ${e.message}`));
		for (const p of pages) {
			await page.goto(new URL(p.replace(/^\//, ''), url).href, { waitUntil: 'networkidle' });
			await page.waitForTimeout(300);
			const slug = p.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
			const file = `${out}/${slug}-${name}.png`;
			await page.screenshot({ path: file, fullPage: true });
			console.log(file);
			if (process.env.SHOT_SCROLL) {
				const total = await page.evaluate(() => document.documentElement.scrollHeight);
				for (let y = 0, k = 0; y < total; y += height * 0.9, k++) {
					await page.evaluate((top) => window.scrollTo(0, top), y);
					await page.waitForTimeout(250);
					const f = `${out}/${slug}-${name}-scroll${String(k).padStart(2, '0')}.png`;
					await page.screenshot({ path: f });
					console.log(f);
				}
			}
		}
		await context.close();
	}
} finally {
	await browser.close();
	await close();
}
