/**
 * Typed facts: every number a page presents as *reported* lives in a seeds module with
 * its source. Prose and charts read from here; tests check the pages against it.
 */

/** What kind of number a reader is looking at. Every chart carries one of these labels. */
export type Kind = 'reported' | 'model' | 'illustrative';

export interface Reference {
	/** Stable key used by <Cite key="..."> */
	key: string;
	/** Authors as printed. Omitted only for an unsigned essay, which is cited by title and date. */
	authors?: string;
	year: number;
	/** 'essay': a web essay without data that an explainer is built on (cited by title and full date). */
	kind?: 'essay';
	/** Full publication date, ISO yyyy-mm-dd, where the work is cited by its date (essays). */
	date?: string;
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
	/**
	 * The display in another language, only where `display` has words ("twice", "at least 2 hours");
	 * otherwise the page rewrites the display's numbers for the reader's language (src/lib/ui/fact-text.ts).
	 */
	displayByLocale?: Readonly<Record<string, string>>;
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

/**
 * An article's seed in another language (seeds/<locale>/<slug>.ts): the words around the numbers,
 * never the numbers (`display` stays in the seed; fact-text.ts writes it the reader's way). Every fact
 * has its `label`; `where` and `n` only where they are free text (section names such as "Results;
 * Figure 1B" are translated by placeInPaper); every reference `note`, and an essay's `venue` (titles and
 * journals stay as published).
 */
export interface SeedTranslation {
	facts: Readonly<Record<string, { label: string; where?: string; n?: string }>>;
	/** Notes, and an essay's venue (our description of where it was published, not a journal's name). */
	references: Readonly<Record<string, { note?: string; venue?: string }>>;
}

/** Everything one article quotes: its facts and its reference list (in citation order). */
export interface ArticleSeed {
	slug: string;
	facts: readonly Fact[];
	references: readonly Reference[];
	/**
	 * What the article draws on, as reference keys: the primary source first (the study it explains,
	 * or the essay it follows), then the studies it builds on. Every "draws on" / "based on" line on
	 * the site (article header, home cards, teachers' page, print, embeds) is made from this list.
	 * Default: the first reference alone.
	 */
	drawsOn?: readonly string[];
}

export function factById(seed: ArticleSeed, id: string): Fact {
	const fact = seed.facts.find((f) => f.id === id);
	if (!fact) throw new Error(`Unknown fact "${id}" in seeds/${seed.slug}.ts`);
	return fact;
}

export function doiUrl(doi: string): string {
	return `https://doi.org/${doi}`;
}

/** The months in English, as the references write dates (src/lib/ui/format.ts writes them the same way). */
export const ENGLISH_MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** "2025-07-18" -> "18 July 2025" (the date as given; no time zone involved). */
export function longDate(iso: string): string {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!m) return iso;
	return `${Number(m[3])} ${ENGLISH_MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

/** Who and when, as a reference list starts an entry: "Zhu Y, Zeng Y, … (2022)" or "Essay (18 July 2025)". */
export function referenceLead(ref: Reference): string {
	const when = ref.date ? longDate(ref.date) : String(ref.year);
	if (ref.authors) return `${ref.authors} (${when})`;
	return `${ref.kind === 'essay' ? 'Essay' : 'Anonymous'} (${when})`;
}

/** The whole entry as one line of plain text (for tooltips and tests). */
export function referenceText(ref: Reference): string {
	return `${referenceLead(ref)}. ${ref.title}. ${ref.venue}.`;
}

/** A short in-text name: "Yiu et al. 2014", "Zhang & Linden 2003", "Triesch 2007"; essays by title. */
export function shortCite(ref: Reference): string {
	if (!ref.authors) return `“${ref.title}” (${ref.date ? longDate(ref.date) : ref.year})`;
	const names = ref.authors
		.split(',')
		.map((a) => a.trim())
		.filter((a) => a && a !== 'et al.')
		.map((a) => a.replace(/\s+[A-Z]{1,3}$/, ''));
	const who = names.length === 1 ? names[0] : names.length === 2 ? `${names[0]} & ${names[1]}` : `${names[0]} et al.`;
	return `${who} ${ref.year}`;
}
