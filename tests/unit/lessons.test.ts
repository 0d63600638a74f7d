/** The teachers' guide: complete for every explainer, lessons that add up, figures that exist. */
import { describe, expect, it } from 'vitest';
import { SLUGS } from '../../src/lib/articles';
import { FIGURES } from '../../src/lib/figures/registry';
import { LESSONS } from '../../src/lib/lessons/lessons';

const minutes = (steps: { minutes: number }[]) => steps.reduce((t, s) => t + s.minutes, 0);

describe.each(SLUGS)('lesson guide for %s', (slug) => {
	const lesson = LESSONS[slug];
	it('has 3-4 learning goals, 3 discussion questions and some misconceptions', () => {
		expect(lesson.goals.length).toBeGreaterThanOrEqual(3);
		expect(lesson.goals.length).toBeLessThanOrEqual(4);
		expect(lesson.questions).toHaveLength(3);
		expect(lesson.misconceptions.length).toBeGreaterThanOrEqual(2);
	});
	it('has a lesson of 10 minutes and one of 45 minutes', () => {
		expect(minutes(lesson.short)).toBe(10);
		expect(minutes(lesson.long)).toBe(45);
	});
	it('names only figures that the explainer has', () => {
		const ids = new Set(FIGURES[slug].map((f) => f.id));
		for (const step of [...lesson.short, ...lesson.long]) {
			for (const id of step.figures ?? []) expect(ids.has(id), `${slug}: no figure "${id}"`).toBe(true);
		}
	});
	it('quotes no study numbers (they belong on the explainer, with their source)', () => {
		const text = JSON.stringify({ ...lesson, short: lesson.short.map((s) => s.text), long: lesson.long.map((s) => s.text) });
		expect(text).not.toMatch(/\d+(\.\d+)?\s*%|P\s*[<=]\s*0?\.\d|\b0\.\d+\b/);
	});
});
