/** Every figure of every article, for embed pages, the teachers' page and the benchmark. */
import type { Slug } from '../articles';
import type { FigureEntry } from './types';
import { figures as astrocytes } from './astrocytes-fear-extinction';
import { figures as inhibitory } from './inhibitory-plasticity';
import { figures as emotional } from './emotional-memory-integration';
import { figures as intrinsic } from './intrinsic-excitability';

export const FIGURES: Record<Slug, readonly FigureEntry[]> = {
	'astrocytes-fear-extinction': astrocytes,
	'inhibitory-plasticity': inhibitory,
	'emotional-memory-integration': emotional,
	'intrinsic-excitability': intrinsic
};

export function findFigure(slug: Slug, id: string): FigureEntry | undefined {
	return FIGURES[slug].find((f) => f.id === id);
}
