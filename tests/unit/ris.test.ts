/** RIS from the seed reference lists: tags, one author per line, every record closed. */
import { describe, expect, it } from 'vitest';
import { toRis, toRisEntry } from '../../src/lib/data-out/references';
import { SLUGS } from '../../src/lib/articles';
import { ARTICLES } from '../../src/lib/articles-all';
import type { Reference } from '../../seeds/types';

const ref: Reference = {
	key: 'zhu2022',
	authors: 'Zhu Y, Zeng Y, Ren J, Zhang L, Chen C, Fernández G, Qin S',
	year: 2022,
	title: 'Emotional learning retroactively promotes memory integration\nthrough rapid neural reactivation',
	venue: 'eLife 11:e60190',
	doi: '10.7554/eLife.60190'
};

const TAG = /^[A-Z][A-Z0-9] {2}- /;

describe('toRisEntry', () => {
	const ris = toRisEntry(ref);
	const lines = ris.split('\r\n');
	it('starts with TY, ends with ER, and every line is a tag', () => {
		expect(lines[0]).toBe('TY  - JOUR');
		expect(lines.at(-1)).toBe('ER  - ');
		for (const l of lines) expect(l).toMatch(TAG);
	});
	it('lists each author on its own AU line, unicode kept', () => {
		expect(lines.filter((l) => l.startsWith('AU  - '))).toHaveLength(7);
		expect(lines).toContain('AU  - Fernández, G.');
	});
	it('keeps journal, volume, article number, year, DOI; a title never spans lines', () => {
		expect(lines).toContain('JO  - eLife');
		expect(lines).toContain('VL  - 11');
		expect(lines).toContain('SP  - e60190');
		expect(lines).toContain('PY  - 2022');
		expect(lines).toContain('DO  - 10.7554/eLife.60190');
		expect(lines).toContain('TI  - Emotional learning retroactively promotes memory integration through rapid neural reactivation');
	});
	it('splits page ranges into SP and EP', () => {
		const r = toRisEntry({ ...ref, venue: 'Nature 520(7547):345–348' }).split('\r\n');
		expect(r).toContain('IS  - 7547');
		expect(r).toContain('SP  - 345');
		expect(r).toContain('EP  - 348');
	});
	it('marks a book chapter CHAP with its book as T2', () => {
		const r = toRisEntry({ ...ref, venue: 'In Black AH (ed), Classical Conditioning II', doi: undefined }).split('\r\n');
		expect(r[0]).toBe('TY  - CHAP');
		expect(r).toContain('T2  - Black AH (ed), Classical Conditioning II');
	});
});

describe('every article', () => {
	for (const slug of SLUGS) {
		it(`${slug}: one record per reference`, () => {
			const refs = ARTICLES[slug].seed.references;
			const ris = toRis(refs);
			expect(ris.match(/^TY {2}- /gm)).toHaveLength(refs.length);
			expect(ris.match(/^ER {2}- $/gm)).toHaveLength(refs.length);
			for (const l of ris.split('\r\n')) if (l !== '') expect(l).toMatch(TAG);
		});
	}
});
