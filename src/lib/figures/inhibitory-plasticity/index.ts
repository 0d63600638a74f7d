import type { FigureEntry } from '../types';

export const figures: FigureEntry[] = [];
