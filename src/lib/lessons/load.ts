/**
 * The lesson plans in one language, loaded on demand: the teachers' page's load fetches the reader's
 * language only (lessons.<locale>.ts, English while a translation does not exist). $lib/content-lessons
 * gives them synchronously, with every language bundled, to code that is itself loaded late (tips).
 */
import type { Slug } from '../articles';
import type { Lesson } from './lessons';
import { baseLocale, getLocale, type Locale } from '../paraglide/runtime.js';

const files = import.meta.glob<Record<Slug, Lesson>>('/src/lib/lessons/lessons*.ts', { import: 'LESSONS' });

export async function loadLessons(locale: Locale = getLocale()): Promise<Record<Slug, Lesson>> {
	const load =
		files[`/src/lib/lessons/lessons.${locale}.ts`] ??
		files['/src/lib/lessons/lessons.ts'] ??
		files[`/src/lib/lessons/lessons.${baseLocale}.ts`];
	return load();
}
