/** The registered figures that have embed pages, and helpers shared by the embed tests. */
import { SLUGS } from '../../src/lib/articles';
import { FIGURES } from '../../src/lib/figures/registry';
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
