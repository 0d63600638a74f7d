/**
 * Each glossary is written in the alphabetical order of its terms, in its own language, so the
 * article's glossary list shows them in that order without sorting as the page hydrates
 * (src/lib/ui/Glossary.svelte).
 */
import { describe, expect, it } from 'vitest';
import { SLUGS } from '../../src/lib/articles';
import type { Glossary } from '../../src/lib/glossary/types';

const english = import.meta.glob<{ glossary: Glossary }>('../../src/lib/glossary/*.ts', { eager: true });
const spanish = import.meta.glob<{ glossary: Glossary }>('../../src/lib/glossary/es/*.ts', { eager: true });

describe.each([
	['en', english, '../../src/lib/glossary/'],
	['es', spanish, '../../src/lib/glossary/es/']
] as const)('glossaries in %s', (lang, modules, dir) => {
	it.each(SLUGS)('%s is in alphabetical order', (slug) => {
		const glossary = modules[`${dir}${slug}.ts`]?.glossary;
		expect(glossary, `${dir}${slug}.ts`).toBeDefined();
		const terms = Object.values(glossary!).map((t) => t.term);
		expect(terms).toEqual([...terms].sort(new Intl.Collator(lang).compare));
	});
});
