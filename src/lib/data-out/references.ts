/**
 * An article's reference list (seeds/<slug>.ts) as BibTeX and as RIS, for reference managers.
 * Pure functions of the seed list. Authors are printed in the seeds as "Surname AB, Other C, et al.";
 * venues as "Journal 12(3):45–67" (or free text for books, which become @incollection / CHAP).
 */
import type { Reference } from '$seeds/types';

export interface Author {
	family: string;
	/** Initials without dots ("AB"), possibly empty. */
	initials: string;
}

export interface ParsedAuthors {
	authors: Author[];
	/** The seed list ends in "et al.": more authors than listed. */
	more: boolean;
}

export function parseAuthors(s: string): ParsedAuthors {
	let text = s.trim().replace(/\.$/, '');
	let more = false;
	const etal = /,?\s*et al\.?$/i;
	if (etal.test(text) || /et al$/i.test(text)) {
		more = true;
		text = text.replace(etal, '').replace(/,?\s*et al$/i, '');
	}
	const authors = text
		.split(',')
		.map((a) => a.trim())
		.filter(Boolean)
		.map((a) => {
			const m = /^(.*?)\s+([A-Z\u00C0-\u024F]{1,4})$/u.exec(a);
			return m ? { family: m[1], initials: m[2] } : { family: a, initials: '' };
		});
	return { authors, more };
}

export interface Venue {
	journal: string;
	volume?: string;
	issue?: string;
	/** "434–441" (en dash as printed) or an article number like "eaaw4325". */
	pages?: string;
}

/** "Nature 652:434–441" -> { journal: 'Nature', volume: '652', pages: '434–441' }; undefined for free text. */
export function parseVenue(s: string): Venue | undefined {
	const m = /^(.+?)\s+(\d+)(?:\(([^)]+)\))?:\s*([A-Za-z]*\d+(?:\s*[–-]\s*[A-Za-z]*\d+)?|e[A-Za-z0-9]+)$/u.exec(s.trim());
	if (!m) return undefined;
	return { journal: m[1], volume: m[2], issue: m[3], pages: m[4].replace(/\s+/g, '') };
}

// ---------------------------------------------------------------- BibTeX

/** Braces balanced and TeX specials escaped; non-ASCII kept (biber and modern bibtex read UTF-8). */
function bibValue(s: string): string {
	return s
		.replace(/\\/g, '\\textbackslash{}')
		.replace(/([{}&%$#_])/g, '\\$1')
		.replace(/~/g, '\\textasciitilde{}');
}

function bibName(a: Author): string {
	// "Surname, A. B." ; braces keep particles and hyphens as written.
	const given = a.initials
		.split('')
		.map((c) => `${c}.`)
		.join(' ');
	return given ? `${bibValue(a.family)}, ${given}` : `{${bibValue(a.family)}}`;
}

export function toBibtexEntry(ref: Reference): string {
	const { authors, more } = parseAuthors(ref.authors ?? '');
	const venue = parseVenue(ref.venue);
	const names = authors.map(bibName);
	if (more) names.push('others');
	const fields: [string, string][] = [
		['author', names.join(' and ')],
		// Double braces keep the title's capitals as printed.
		['title', `{${bibValue(ref.title)}}`],
		['year', String(ref.year)]
	];
	let type: string;
	if (venue) {
		type = 'article';
		fields.push(['journal', bibValue(venue.journal)]);
		fields.push(['volume', venue.volume ?? '']);
		if (venue.issue) fields.push(['number', venue.issue]);
		if (venue.pages) fields.push(['pages', venue.pages.replace(/–/g, '--')]);
	} else {
		type = /^In\s/.test(ref.venue) ? 'incollection' : 'misc';
		fields.push([type === 'incollection' ? 'booktitle' : 'howpublished', bibValue(ref.venue.replace(/^In\s+/, ''))]);
	}
	if (ref.doi) fields.push(['doi', bibValue(ref.doi)]);
	if (ref.note) fields.push(['note', bibValue(ref.note)]);
	const body = fields
		.filter(([, v]) => v !== '')
		.map(([k, v]) => `  ${k} = {${v}}`)
		.join(',\n');
	return `@${type}{${ref.key.replace(/[^A-Za-z0-9_:-]/g, '')},\n${body}\n}`;
}

export function toBibtex(refs: readonly Reference[]): string {
	return refs.map(toBibtexEntry).join('\n\n') + '\n';
}

// ---------------------------------------------------------------- RIS

/** RIS lines are "TG  - value"; a value never spans lines. */
function risLine(tag: string, value: string): string {
	return `${tag}  - ${value.replace(/[\r\n]+/g, ' ').trim()}`;
}

export function toRisEntry(ref: Reference): string {
	const { authors } = parseAuthors(ref.authors ?? '');
	const venue = parseVenue(ref.venue);
	const type = venue ? 'JOUR' : /^In\s/.test(ref.venue) ? 'CHAP' : 'GEN';
	const lines = [risLine('TY', type)];
	for (const a of authors) {
		const given = a.initials
			.split('')
			.map((c) => `${c}.`)
			.join(' ');
		lines.push(risLine('AU', given ? `${a.family}, ${given}` : a.family));
	}
	lines.push(risLine('TI', ref.title));
	lines.push(risLine('PY', String(ref.year)));
	if (venue) {
		lines.push(risLine('JO', venue.journal));
		if (venue.volume) lines.push(risLine('VL', venue.volume));
		if (venue.issue) lines.push(risLine('IS', venue.issue));
		if (venue.pages) {
			const [sp, ep] = venue.pages.split(/[–-]/);
			lines.push(risLine('SP', sp));
			if (ep) lines.push(risLine('EP', ep));
		}
	} else {
		lines.push(risLine('T2', ref.venue.replace(/^In\s+/, '')));
	}
	if (ref.doi) lines.push(risLine('DO', ref.doi));
	if (ref.note) lines.push(risLine('N1', ref.note));
	lines.push(risLine('ID', ref.key));
	lines.push('ER  - ');
	return lines.join('\r\n');
}

export function toRis(refs: readonly Reference[]): string {
	return refs.map(toRisEntry).join('\r\n\r\n') + '\r\n';
}
