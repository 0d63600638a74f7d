/**
 * The emotional-memory seed against the paper (Zhu et al., eLife 2022, full text): the statistics the
 * page prints, each with its section, and the design numbers the diagram draws.
 */
import { describe, expect, it } from 'vitest';
import { seed } from '../../seeds/emotional-memory-integration';

const fact = (id: string) => {
	const f = seed.facts.find((x) => x.id === id);
	if (!f) throw new Error(`missing fact ${id}`);
	return f;
};

describe('emotional-memory-integration facts', () => {
	it('has the high-confidence aversive-vs-neutral tests of all three studies, as printed in the Results', () => {
		expect([fact('s1-hc-t').display, fact('s1-hc-p').display, fact('s1-hc-d').display]).toEqual(['t(29) = 2.18', 'p = .037', 'd = 0.22']);
		expect([fact('s2-hc-t').display, fact('s2-hc-p').display, fact('s2-hc-d').display]).toEqual(['t(27) = 2.47', 'p = .020', 'd = 0.23']);
		expect([fact('s3-hc-t').display, fact('s3-hc-p').display, fact('s3-hc-d').display]).toEqual(['t(27) = 2.59', 'p = .015', 'd = 0.10']);
		expect(fact('s3-lc-t').value).toBe(-2.18);
	});

	it('has the vividness split: significant for vivid pairs, not for less vivid ones', () => {
		for (const s of [1, 2, 3]) {
			expect(fact(`s${s}-hv-p`).value, `study ${s} vivid`).toBeLessThan(0.05);
			expect(fact(`s${s}-lv-p`).value, `study ${s} less vivid`).toBeGreaterThan(0.05);
		}
	});

	it('has the design numbers the diagram draws', () => {
		expect(fact('pairs').value).toBe(72);
		expect(fact('aversive-faces').value + fact('neutral-faces').value).toBe(fact('pairs').value);
		expect(fact('n-study1').value + fact('n-study2').value + fact('n-study3-recruited').value).toBe(fact('n-total').value);
		expect(fact('n-study3-recruited').value - fact('n-study3-excluded').value).toBe(fact('n-study3').value);
		// Chance when matching four faces to four objects: (1/4 + 1/3 + 1/2 + 1) / 4, printed rounded.
		expect(Math.round(((1 / 4 + 1 / 3 + 1 / 2 + 1) / 4) * 100)).toBe(fact('chance').value);
		expect(fact('delay-minutes').value).toBe(30);
	});

	it('gives every fact a section of the paper and the paper as its source', () => {
		for (const f of seed.facts) {
			expect(f.source, f.id).toBe('zhu2022');
			expect(f.where, f.id).toBeTruthy();
			if (f.relation) expect(['=', '<', '>']).toContain(f.relation);
		}
	});
});
