/** BibTeX from the seed reference lists: every reference, well-formed, with what the seed says. */
import { describe, expect, it } from 'vitest';
import { parseAuthors, parseVenue, toBibtex, toBibtexEntry } from '../../src/lib/data-out/references';
import { SLUGS } from '../../src/lib/articles';
import { ARTICLES } from '../../src/lib/articles-all';
import type { Reference } from '../../seeds/types';

const nature: Reference = {
	key: 'bukalo2026',
	authors: "Bukalo O, O'Sullivan R, Tanisumi Y, et al.",
	year: 2026,
	title: 'Astrocytes enable amygdala neural representations supporting memory',
	venue: 'Nature 652:434–441',
	doi: '10.1038/s41586-025-10068-0'
};

/** Braces balance in every entry (a single stray brace breaks a whole .bib file). */
function balanced(s: string): boolean {
	let depth = 0;
	for (let i = 0; i < s.length; i++) {
		if (s[i] === '\\') {
			i++;
			continue;
		}
		if (s[i] === '{') depth++;
		if (s[i] === '}' && --depth < 0) return false;
	}
	return depth === 0;
}

describe('parseAuthors / parseVenue', () => {
	it('splits the seeds’ "Surname AB" lists and notices "et al."', () => {
		expect(parseAuthors(nature.authors ?? '')).toEqual({
			authors: [
				{ family: 'Bukalo', initials: 'O' },
				{ family: "O'Sullivan", initials: 'R' },
				{ family: 'Tanisumi', initials: 'Y' }
			],
			more: true
		});
		expect(parseAuthors('Fernández G, Qin S').authors[0]).toEqual({ family: 'Fernández', initials: 'G' });
	});
	it('reads journal, volume, issue and pages, or nothing for free text', () => {
		expect(parseVenue('Nature 637(8045):478–486')).toEqual({ journal: 'Nature', volume: '637', issue: '8045', pages: '478–486' });
		expect(parseVenue('Science 367(6473):eaaw4325')?.pages).toBe('eaaw4325');
		expect(parseVenue('eLife 11:e60190')).toEqual({ journal: 'eLife', volume: '11', issue: undefined, pages: 'e60190' });
		expect(parseVenue('In Black AH, Prokasy WF (eds), Classical Conditioning II, pp. 64–99')).toBeUndefined();
	});
});

describe('toBibtexEntry', () => {
	it('writes an @article with every field of the seed', () => {
		const bib = toBibtexEntry(nature);
		expect(bib.startsWith('@article{bukalo2026,\n')).toBe(true);
		expect(bib).toContain("author = {Bukalo, O. and O'Sullivan, R. and Tanisumi, Y. and others}");
		expect(bib).toContain('title = {{Astrocytes enable amygdala neural representations supporting memory}}');
		expect(bib).toContain('journal = {Nature}');
		expect(bib).toContain('volume = {652}');
		expect(bib).toContain('pages = {434--441}');
		expect(bib).toContain('doi = {10.1038/s41586-025-10068-0}');
		expect(bib.endsWith('\n}')).toBe(true);
	});
	it('escapes TeX specials and keeps braces balanced', () => {
		const bib = toBibtexEntry({ ...nature, title: 'A {b} & 50% of $x_1 #2', venue: 'Learning & Memory 11(5):485–494' });
		expect(bib).toContain('A \\{b\\} \\& 50\\% of \\$x\\_1 \\#2');
		expect(bib).toContain('journal = {Learning \\& Memory}');
		expect(balanced(bib)).toBe(true);
	});
	it('turns a book chapter into @incollection', () => {
		const bib = toBibtexEntry({ ...nature, key: 'rw', venue: 'In Black AH (ed), Classical Conditioning II, pp. 64–99', doi: undefined });
		expect(bib.startsWith('@incollection{rw,')).toBe(true);
		expect(bib).toContain('booktitle = {Black AH (ed), Classical Conditioning II, pp. 64–99}');
		expect(bib).not.toContain('doi');
	});
});

describe('every article', () => {
	for (const slug of SLUGS) {
		it(`${slug}: one balanced entry per reference, keys unique, DOIs kept`, () => {
			const refs = ARTICLES[slug].seed.references;
			const bib = toBibtex(refs);
			const keys = [...bib.matchAll(/^@(\w+)\{([^,]+),$/gm)].map((m) => m[2]);
			expect(keys).toEqual(refs.map((r) => r.key));
			expect(new Set(keys).size).toBe(keys.length);
			for (const entry of bib.split(/\n\n(?=@)/)) expect(balanced(entry)).toBe(true);
			for (const r of refs) if (r.doi) expect(bib).toContain(`doi = {${r.doi.replace(/_/g, '\\_')}}`);
		});
	}
});
