/** The CSV download's own words (its comment lines) in the page's language; the numbers stay machine-readable. */
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/data-out/csv';

const table = {
	caption: 'Congelamiento por bloque, modelo',
	columns: [{ key: 'f', label: 'Congelamiento', unit: '%' }],
	rows: [{ f: 62.5 }]
};

describe('toCsv in Spanish', () => {
	it('writes "Ajustes" and "Fuente" in Spanish, and the numbers with a decimal point', () => {
		const lines = toCsv(table, {
			settings: [['Señal de los astrocitos (×)', '1,40']],
			source: 'https://example.org/es/x/',
			locale: 'es'
		}).split('\r\n');
		expect(lines).toContain('# Ajustes:');
		expect(lines).toContain('# Fuente: https://example.org/es/x/');
		expect(lines).toContain('62.5');
		expect(toCsv(table, { locale: 'es' })).toContain('# Ajustes: ninguno (esta figura no tiene controles)');
	});

	it('keeps English for English', () => {
		expect(toCsv(table, { locale: 'en' })).toContain('# Settings: none (this figure has no controls)');
	});
});
