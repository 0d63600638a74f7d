import type { Component } from 'svelte';
import type { Kind } from '$seeds/types';
import type { ParamSpec } from '../models/types';

/**
 * One figure of an article, as the embed pages and the teachers' page see it.
 * Each article lists its figures in src/lib/figures/<slug>/index.ts.
 */
export interface FigureEntry {
	/** Unique within the article; the same id the figure renders as its anchor. */
	id: string;
	title: string;
	kind: Kind;
	/** One sentence for the teachers' gallery. */
	blurb: string;
	/** Parameters a URL can preset (empty for static figures). */
	spec: readonly ParamSpec[];
	/** True when the figure changes with scroll steps; `steps` says how many it has. */
	steps?: number;
	/** Loaded lazily so an embed page carries only its own figure. */
	// Figures differ in their props; the registry only mounts them by id.
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	load: () => Promise<{ default: Component<any> }>;
}
