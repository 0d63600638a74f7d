/**
 * Typed facts: every number a page presents as *reported* lives in a seeds module with
 * its source. Prose and charts read from here; tests check the pages against it.
 */

/** What kind of number a reader is looking at. Every chart carries one of these labels. */
export type Kind = 'reported' | 'model' | 'illustrative';

export interface Reference {
	/** Stable key used by <Cite key="..."> */
	key: string;
	authors: string;
	year: number;
	title: string;
	/** Journal, book or publisher, with volume/pages as printed. */
	venue: string;
	/** DOI without the https://doi.org/ prefix; omitted only for works that have none. */
	doi?: string;
	/** Extra note shown after the citation, e.g. "Erratum: ...". */
	note?: string;
}

export interface Fact {
	/** Stable id used by <Fact id="..."> and by tests. */
	id: string;
	/** What was measured, in plain words. */
	label: string;
	/** The number itself. For P values this is the P value (for "P < 0.0001", 0.0001 with `relation: '<'`). */
	value: number;
	/** Unit of `value` ("bits per neuron", "%", "" for a pure number). */
	unit: string;
	/** How the page prints it, exactly as the study reports it (e.g. "0.31", "P < 0.0001", "83%"). */
	display: string;
	/** For bounds such as P < 0.0001. */
	relation?: '=' | '<' | '>' | '≥';
	/** Test statistic or comparison, where the source gives one (e.g. "vs. late extinction"). */
	statistic?: string;
	/** Sample size as reported (e.g. "110 events from 6 mice"). */
	n?: string;
	/** Reference key of the study that reports it. */
	source: string;
	/** Where in the source it appears (section, figure), when known. */
	where?: string;
}

/** Everything one article quotes: its facts and its reference list (in citation order). */
export interface ArticleSeed {
	slug: string;
	facts: readonly Fact[];
	references: readonly Reference[];
}

export function factById(seed: ArticleSeed, id: string): Fact {
	const fact = seed.facts.find((f) => f.id === id);
	if (!fact) throw new Error(`Unknown fact "${id}" in seeds/${seed.slug}.ts`);
	return fact;
}

export function doiUrl(doi: string): string {
	return `https://doi.org/${doi}`;
}
