/** A reported number in Spanish: the seed's digits, written with Intl's decimal comma; English as printed. */
import { describe, expect, it } from 'vitest';
import { ARTICLES, SLUGS } from '../../src/lib/articles';
import { factText, localizeNumbers, placeInPaper } from '../../src/lib/ui/fact-text';

describe('localizeNumbers', () => {
	it('writes every number with the same decimals in Spanish, the words around it kept', () => {
		expect(localizeNumbers('P = 0.0062', 'es')).toBe('P = 0,0062');
		expect(localizeNumbers('P < 0.0001', 'es')).toBe('P < 0,0001');
		expect(localizeNumbers('0.20', 'es')).toBe('0,20');
		expect(localizeNumbers('p = .011', 'es')).toBe('p = 0,011');
		expect(localizeNumbers('\u2212.45', 'es')).toBe('\u22120,45');
		expect(localizeNumbers('t(29) = 2.31', 'es')).toBe('t(29) = 2,31');
		expect(localizeNumbers('ηp² = .21', 'es')).toBe('ηp² = 0,21');
		expect(localizeNumbers('83%', 'es')).toBe('83\u00a0%');
		expect(localizeNumbers('3 mg/kg', 'es')).toBe('3 mg/kg');
		expect(localizeNumbers('F(1,29) = 5.18', 'es')).toBe('F(1, 29) = 5,18');
	});
});

describe.each(SLUGS)('facts of %s', (slug) => {
	const { facts } = ARTICLES[slug].seed;

	it('read in English exactly as the seed prints them', () => {
		for (const f of facts) expect(factText(f, 'en')).toBe(f.display);
	});

	it('read in Spanish with the same numbers as the English display', () => {
		const numbers = (s: string, decimal: string) =>
			(
				s
					.replace(/\u00a0%/g, '%')
					.replace(/(\d), (?=\d)/g, '$1 ')
					.match(new RegExp(`\\d*\\${decimal}?\\d+`, 'g')) ?? []
			).map((n) => Number(n.replace(decimal, '.')));
		for (const f of facts) {
			const es = factText(f, 'es');
			expect(es, f.id).not.toMatch(/\d\.\d/);
			expect(numbers(es, ','), f.id).toEqual(numbers(f.display.replace(/(\d),(?=\d)/g, '$1 '), '.'));
		}
	});
});

describe('placeInPaper', () => {
	it('names the paper’s sections in Spanish, and leaves English as it is', () => {
		expect(placeInPaper('Results; Figure 1—figure supplement 4', 'es')).toBe('Resultados; Figura 1—suplemento de figura 4');
		expect(placeInPaper('Methods, Stimuli', 'es')).toBe('Métodos, Estímulos');
		expect(placeInPaper('Results; Figure 1B', 'en')).toBe('Results; Figure 1B');
	});
});
