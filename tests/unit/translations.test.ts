/**
 * Content files of every language other than English (see CONTRIBUTING.md, "Languages"): the ones
 * not written yet are listed by the skipped test's name; the site shows English in their place.
 * Once every translation is in, set REQUIRE_ALL so a missing one fails.
 */
import { describe, expect, it } from 'vitest';
import { articleMeta, missingTranslations } from '../../src/lib/content';

const REQUIRE_ALL = true;

describe('translations', () => {
	const missing = missingTranslations();
	const check = missing.length && !REQUIRE_ALL ? it.skip : it;
	check(`every content file exists in every language (missing: ${missing.join(', ') || 'none'})`, () => {
		expect(missing).toEqual([]);
	});

	it('falls back to English where a translation does not exist', () => {
		const slug = 'astrocytes-fear-extinction';
		expect(articleMeta(slug, 'es').title).toBeTruthy();
		expect(articleMeta(slug, 'en').title).toBeTruthy();
	});
});
