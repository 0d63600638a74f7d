/** The registered figures that have embed pages, and helpers shared by the embed tests. */
import { SLUGS } from '../../src/lib/articles';
import { FIGURES } from '../../src/lib/figures/registry';
import type { Page } from 'playwright-core';
import type { FigureEntry } from '../../src/lib/figures/types';
import type { ParamSpec } from '../../src/lib/models/types';

export const ALL = SLUGS.flatMap((slug) => FIGURES[slug].map((figure) => ({ slug, figure })));
export const WITH_SLIDERS = ALL.filter((x) => x.figure.spec.length > 0);
export const WITH_STEPS = ALL.filter((x) => (x.figure.steps ?? 0) > 1);
export const embedPath = (slug: string, f: FigureEntry, query = '') => `/embed/${slug}/${f.id}/${query}`;
/** The narrowest embed the snippet allows (min-width: 280px). */
export const NARROW = { width: 280, height: 700 };

/** A value for the slider that differs from its default and lies on its step grid. */
export function otherValue(p: ParamSpec): number {
	const candidates = [p.max, p.min, p.min + p.step];
	const v = candidates.find((c) => Math.abs(c - p.default) > p.step / 2) ?? p.max;
	return Number(v.toFixed(6));
}

/** `UPDATE_EMBED_HEIGHTS=1`: lms-embeds.test.ts measures every embed afresh and rewrites the table. */
export const UPDATE_HEIGHTS = process.env.UPDATE_EMBED_HEIGHTS === '1';
/** Slack allowed above the measured height (the table is rounded up to 10 px plus a small margin). */
export const HEIGHT_SLACK = 40;

/**
 * Height of an embed's content once it is live, its fonts are in, and it has stopped changing for 10
 * frames in a row (the prerendered HTML can be taller before the live figure replaces it).
 */
export async function steadyHeight(page: Page): Promise<number> {
	await page.waitForFunction(() => 'embedReady' in document.documentElement.dataset);
	await page.evaluate(() => document.fonts.ready.then(() => undefined));
	return page.evaluate(
		() =>
			new Promise<number>((done) => {
				let last = -1;
				let same = 0;
				const end = performance.now() + 10_000;
				const tick = () => {
					const el = document.querySelector('.embed');
					const h = Math.ceil(Math.max(el?.getBoundingClientRect().height ?? 0, 0));
					if (h === last && h > 0) same++;
					else {
						same = 0;
						last = h;
					}
					if (same >= 10 || performance.now() > end) return done(h);
					requestAnimationFrame(tick);
				};
				tick();
			})
	);
}
