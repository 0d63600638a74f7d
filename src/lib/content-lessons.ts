/**
 * The teachers' lesson plans in the reader's language: src/lib/lessons/lessons.<locale>.ts beside
 * lessons.ts, English while a translation does not exist (see $lib/content). Its own module, imported
 * by the teachers' page only: every language's plans are bundled here, and nowhere else.
 */
import type { Slug } from './articles';
import type { Lesson } from './lessons/lessons';
import { baseLocale, getLocale, type Locale } from './paraglide/runtime.js';

const files = import.meta.glob<Record<Slug, Lesson>>('/src/lib/lessons/lessons*.ts', { eager: true, import: 'LESSONS' });

export function lessons(locale: Locale = getLocale()): Record<Slug, Lesson> {
	return (
		files[`/src/lib/lessons/lessons.${locale}.ts`] ??
		files['/src/lib/lessons/lessons.ts'] ??
		files[`/src/lib/lessons/lessons.${baseLocale}.ts`]
	);
}
