// Each article's figure list on its own (the registry, src/lib/figures/registry.ts, holds all four):
// an embed page loads only its own article's entries, and only when its figure goes live.
import type { Slug } from '$lib/articles';
import type { FigureEntry } from '$lib/figures/types';

const indexes = import.meta.glob<{ figures: FigureEntry[] }>('/src/lib/figures/*/index.ts');

export async function figuresOf(slug: Slug): Promise<FigureEntry[]> {
	const load = indexes[`/src/lib/figures/${slug}/index.ts`];
	return load ? (await load()).figures : [];
}
