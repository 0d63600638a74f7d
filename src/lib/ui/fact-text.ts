/**
 * How a reported number reads in the reader's language. The seed's `display` is the number as the
 * study prints it (English); another language gets the same digits written its own way through
 * Intl (decimal comma, a space before "%"), or, where the display is words ("twice", "at least 2
 * hours"), the seed's own text for that language (`displayByLocale`). English is `display` as is.
 * The words around the numbers (labels, places in the paper, sample notes, reference notes) come
 * from the seed's translation, seeds/<locale>/<slug>.ts, merged by `localizeSeed`.
 */
import { type ArticleSeed, type Fact, type Reference, type SeedTranslation } from '$seeds/types';
import { fixed, isoDate, percent } from './format';
import { getLocale, type Locale } from '../paraglide/runtime.js';
import { m } from '../paraglide/messages.js';

/** A number as printed: "0.0062", ".47" (no leading zero), "83"; an optional "%" right after it. */
const NUMBER = /(\d*)(?:\.(\d+))?(%?)/g;

/** Every number in `text` rewritten for `locale`, with the same decimals; the words around it kept. */
export function localizeNumbers(text: string, locale: string): string {
	// "F(1,29)": where the decimal mark is a comma, a list comma between digits would read as one.
	const listed = fixed(0.5, 1, locale).includes(',') ? text.replace(/(\d),(?=\d)/g, '$1, ') : text;
	return listed.replace(NUMBER, (match, int: string, frac: string | undefined, pct: string) => {
		if (!int && !frac) return match;
		const digits = frac?.length ?? 0;
		const x = Number(`${int || '0'}.${frac ?? '0'}`);
		return pct ? percent(x / 100, digits, locale) : fixed(x, digits, locale);
	});
}

/** What <Fact> shows for `fact` in `locale`. */
export function factText(fact: Fact, locale: string = getLocale()): string {
	if (locale === 'en') return fact.display;
	return fact.displayByLocale?.[locale] ?? localizeNumbers(fact.display, locale);
}

/** The paper's own section names, as a fact's `where` gives them ("Results; Figure 1B"). */
const SECTIONS: [RegExp, typeof m.paper_results][] = [
	[/\bResults\b/g, m.paper_results],
	[/\bMethods\b/g, m.paper_methods],
	[/\bfigure supplement\b/g, m.paper_figure_supplement],
	[/\bFigure\b/g, m.paper_figure],
	[/\bStimuli\b/g, m.paper_stimuli],
	[/\bParticipants\b/g, m.paper_participants]
];

/** Where in a paper a fact is ("Results; Figure 1B") with the section names in the reader's language. */
export function placeInPaper(where: string, locale: string = getLocale()): string {
	if (locale === 'en') return where;
	return SECTIONS.reduce((text, [name, word]) => text.replace(name, () => word({}, { locale: locale as Locale })), where);
}

/**
 * The seed as a reader of `locale` sees it: each fact's label, place and sample note, and each
 * reference's note (an essay's venue), from `translation` where it has them (a place in the paper it leaves out has its
 * section names translated). Numbers, titles, venues and keys are the seed's own.
 */
export function localizeSeed(seed: ArticleSeed, translation: SeedTranslation, locale: string): ArticleSeed {
	return {
		...seed,
		facts: seed.facts.map((f) => {
			const t = translation.facts[f.id];
			const where = t?.where ?? (f.where === undefined ? undefined : placeInPaper(f.where, locale));
			return { ...f, label: t?.label ?? f.label, where, n: t?.n ?? f.n };
		}),
		references: seed.references.map((r) => {
			const t = translation.references[r.key];
			return t ? { ...r, note: t.note ?? r.note, venue: t.venue ?? r.venue } : r;
		})
	};
}

/** Who and when, as a reference entry starts, in the reader's language: "Zhu Y, … (2022)", "Ensayo (18 de julio de 2025)". */
export function referenceLeadText(ref: Reference, locale: string = getLocale()): string {
	const when = ref.date ? isoDate(ref.date, locale) : String(ref.year);
	if (ref.authors) return `${ref.authors} (${when})`;
	const who =
		ref.kind === 'essay' ? m.reference_essay({}, { locale: locale as Locale }) : m.reference_anonymous({}, { locale: locale as Locale });
	return `${who} (${when})`;
}
