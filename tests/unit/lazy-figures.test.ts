import { describe, expect, it } from 'vitest';
import { isFigureHost, lazyFigureImports } from '../../scripts/vite-lazy-figures.mjs';
import { figurePreset } from '../../src/lib/figure-kit/lazy/preset';

const SVX = `---
title: "T"
---

<script>
	import Cite from '$lib/ui/Cite.svelte';
	import Linking from '$lib/figures/intrinsic-excitability/Linking.svelte';
	import { quiz } from '$lib/figures/intrinsic-excitability/quiz';
</script>

<Linking />
`;

describe('lazy figure imports (scripts/vite-lazy-figures.mjs)', () => {
	it('the browser build imports the figure only inside lazyFigure', () => {
		const out = lazyFigureImports(SVX, false);
		expect(out).toContain("const Linking = __lazyFigure(() => import('$lib/figures/intrinsic-excitability/Linking.svelte'));");
		expect(out).not.toMatch(/import Linking from/);
		expect(out).toContain("import { lazyFigure as __lazyFigure } from '$lib/figure-kit/lazy-figure';");
		// Other imports, quizzes included, stay as they were.
		expect(out).toContain("import Cite from '$lib/ui/Cite.svelte';");
		expect(out).toContain("import { quiz } from '$lib/figures/intrinsic-excitability/quiz';");
	});

	it('the server build keeps the figure for the prerender', () => {
		const out = lazyFigureImports(SVX, true);
		expect(out).toContain("import __LinkingPrerender from '$lib/figures/intrinsic-excitability/Linking.svelte';");
		expect(out).toContain('const Linking = __lazyFigure(() => import(');
		expect(out).toMatch(/__lazyFigure\([^;]*, __LinkingPrerender\);/);
	});

	it('applies to the articles and to route components (the lab page), nothing else', () => {
		expect(isFigureHost('/p/src/content/intrinsic-excitability.svx')).toBe(true);
		expect(isFigureHost('/p/src/routes/(site)/lab/spiking/+page.svelte')).toBe(true);
		// A figure's own imports (a figure composing figures) stay static: the figure is already lazy.
		expect(isFigureHost('/p/src/lib/figures/inhibitory-plasticity/Network.svelte')).toBe(false);
		expect(isFigureHost('/p/src/routes/(site)/lab/spiking/+page.ts')).toBe(false);
	});

	it('leaves a file without figures untouched', () => {
		const plain = "<script>\n\timport Cite from '$lib/ui/Cite.svelte';\n</script>\n";
		expect(lazyFigureImports(plain, false)).toBe(plain);
	});
});

describe('figurePreset: which URLs make a figure live at once', () => {
	const at = (search: string, hash = '') => ({ search, hash });
	it('an article: only keys for this figure, bare keys, or its anchor', () => {
		expect(figurePreset(at(''), 'linking', false)).toBe(false);
		expect(figurePreset(at('?allocation.boost=2'), 'linking', false)).toBe(false);
		expect(figurePreset(at('?linking.gap=24'), 'linking', false)).toBe(true);
		expect(figurePreset(at('?gap=24'), 'linking', false)).toBe(true);
		expect(figurePreset(at('?theme=dark&projector=1'), 'linking', false)).toBe(false);
		expect(figurePreset(at('', '#linking'), 'linking', false)).toBe(true);
		expect(figurePreset(at('', '#allocation'), 'linking', false)).toBe(false);
	});
	it('an embed: any key but theme', () => {
		expect(figurePreset(at('?theme=dark'), 'linking', true)).toBe(false);
		expect(figurePreset(at('?step=2'), 'linking', true)).toBe(true);
		expect(figurePreset(at('?lock=1'), 'linking', true)).toBe(true);
		expect(figurePreset(at('?predict=1'), 'linking', true)).toBe(true);
	});
	it('bad input is no preset, never a crash', () => {
		expect(figurePreset(at('?%E0%A4%A'), undefined, false)).toBe(true);
		expect(() => figurePreset(at('', '#%E0%A4%A'), 'x', false)).not.toThrow();
	});
});
