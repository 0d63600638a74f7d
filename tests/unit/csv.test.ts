/** CSV download of a figure's data table: the same cells as the table, quoted per RFC 4180. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cellText, csvField, fileSlug, toCsv } from '../../src/lib/data-out/csv';
import { textDataUrl } from '../../src/lib/data-out/download';
import type { TableData } from '../../src/lib/ui/table';

/** A small RFC 4180 reader (comment lines skipped), to read back what toCsv wrote. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	let i = 0;
	const lines = text.split('\r\n');
	while (lines[0]?.startsWith('#')) lines.shift();
	const body = lines.join('\r\n');
	for (; i < body.length; i++) {
		const c = body[i];
		if (quoted) {
			if (c === '"' && body[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\r' && body[i + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			i++;
		} else field += c;
	}
	if (field !== '' || row.length) {
		row.push(field);
		rows.push(row);
	}
	return rows;
}

const table: TableData = {
	caption: 'Freezing by block, model',
	columns: [
		{ key: 'block', label: 'Block' },
		{ key: 'f', label: 'Freezing', unit: '%', numeric: true },
		{ key: 'note', label: 'Note' }
	],
	rows: [
		{ block: 'Extinction 1', f: 62.5, note: 'high, then falling' },
		{ block: 'Renewal "ABA"', f: Number.NaN, note: 'line one\nline two' },
		{ block: 'Ca²⁺ ↑ (µM) — β', f: 0.1, note: '' }
	]
};

describe('toCsv', () => {
	const csv = toCsv(table, {
		title: 'Fear, in a model',
		settings: [
			['Astrocyte signalling (×)', '1.40'],
			['Seed', '3']
		],
		source: 'https://example.org/x/?fear-model.astro=1.4#fear-model'
	});

	it('puts title, caption, settings and source in comment lines before the header', () => {
		const lines = csv.split('\r\n');
		expect(lines[0]).toBe('# Fear, in a model');
		expect(lines[1]).toBe('# Freezing by block, model');
		expect(lines).toContain('#   Astrocyte signalling (×): 1.40');
		expect(lines).toContain('# Source: https://example.org/x/?fear-model.astro=1.4#fear-model');
		expect(lines.find((l) => !l.startsWith('#'))).toBe('Block,Freezing (%),Note');
	});

	it('quotes commas, quotes and line breaks, and keeps unicode as is', () => {
		expect(csv).toContain('Extinction 1,62.5,"high, then falling"');
		expect(csv).toContain('"Renewal ""ABA""",–,"line one\nline two"');
		expect(csv).toContain('Ca²⁺ ↑ (µM) — β,0.1,');
	});

	it('reads back to exactly the cells the table shows', () => {
		const rows = parseCsv(csv);
		expect(rows[0]).toEqual(['Block', 'Freezing (%)', 'Note']);
		expect(rows.slice(1)).toEqual(table.rows.map((r) => table.columns.map((c) => cellText(r[c.key]))));
	});

	it('says so when a figure has no settings, and never lets a label break a comment line', () => {
		const plain = toCsv(table, { title: 'Two\nlines' });
		expect(plain.split('\r\n')[0]).toBe('# Two lines');
		expect(plain).toContain('# Settings: none');
	});

	it('round-trips any strings', () => {
		const cellArb = fc.string({ unit: 'grapheme', maxLength: 8 });
		fc.assert(
			fc.property(
				fc.array(
					fc.tuple(
						cellArb.filter((s) => s !== ''),
						cellArb
					),
					{ minLength: 1, maxLength: 5 }
				),
				(cells) => {
					const t: TableData = {
						caption: 'c',
						columns: [
							{ key: 'a', label: 'A' },
							{ key: 'b', label: 'B' }
						],
						rows: cells.map(([a, b]) => ({ a, b }))
					};
					expect(parseCsv(toCsv(t)).slice(1)).toEqual(cells);
				}
			)
		);
	});
});

describe('csvField, fileSlug, textDataUrl', () => {
	it('leaves plain fields alone', () => {
		expect(csvField('abc')).toBe('abc');
		expect(csvField(' lead')).toBe('" lead"');
		// A first cell starting with # must not read as a comment line.
		expect(csvField('#1')).toBe('"#1"');
	});
	it('makes ASCII file names', () => {
		expect(fileSlug('Ca²⁺ in astrocytes: Día 1')).toBe('ca2-in-astrocytes-dia-1');
		expect(fileSlug('¿?')).toBe('data');
	});
	it('encodes text (and an optional BOM) losslessly into a data: URL', () => {
		const url = textDataUrl('a,b\r\nµ,"x"', 'text/csv', true);
		expect(url.startsWith('data:text/csv;charset=utf-8,')).toBe(true);
		expect(decodeURIComponent(url.split(',').slice(1).join(','))).toBe('\uFEFFa,b\r\nµ,"x"');
	});
});
