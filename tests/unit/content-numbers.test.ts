/**
 * No study number typed into the prose: a reported value on an explainer comes from its seed file
 * through <Fact> (which marks it with data-fact and checks it), never as bare text in content/*.svx,
 * where nothing checks it against the paper. Prose may still count things in words or digits
 * ("Study 3", "block 1", "40 neurons" of a model, a year); statistics, decimals and percentages
 * must come through a component.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const DIR = 'content';
// Every language's articles and pages: content/*.svx, content/pages/, content/es/, content/es/pages/.
const FILES = readdirSync(DIR, { recursive: true, encoding: 'utf8' })
	.filter((f) => f.endsWith('.svx'))
	.map((f) => f.split('\\').join('/'))
	.sort();

/** The prose a reader sees: no frontmatter, scripts, styles, components or tags. */
function prose(svx: string): string {
	return svx
		.replace(/^---[\s\S]*?\n---/, '')
		.replace(/<script[\s\S]*?<\/script>/g, '')
		.replace(/<style[\s\S]*?<\/style>/g, '')
		.replace(/<[A-Z][\w.]*\b[^>]*\/>/g, ' ')
		.replace(/<\/?[A-Za-z][^>]*>/g, ' ');
}

/** What a statistic or a measured value looks like in text. */
const STATISTIC = [
	/\b[PpRrDdZz]\s*[=<>≤≥]\s*[−-]?\d*\.\d/, // P = 0.02, r = .97, d = 0.22
	/\b[tF]\(\d+(,\s*\d+)?\)\s*=/, // t(29) =, F(1,27) =
	/[βηχ]p?²?\s*=/, // β = .24, ηp² = .15
	/\d+(\.\d+)?\s*%/, // 83%
	/(^|[^\w.])\d*\.\d+\b/ // 0.31, .05
];

/**
 * Numbers a page may print in its prose, each with why it is not a study result.
 * Keep this short: anything the paper reports belongs in the seed file.
 */
const ALLOWED: Record<string, string[]> = {
	// Chance when guessing one of four faces: arithmetic, said to explain the chance level.
	'emotional-memory-integration.svx': [
		'25%',
		// Conventions of statistics, said to teach how to read p and d: not results.
		'below .05 is the usual bar',
		'by convention, 0.2'
	],
	// The same chance-level arithmetic in the Spanish translation (with the non-breaking space before %).
	'es/emotional-memory-integration.svx': ['25\u00a0%'],
	// A model's output at the Allocation figure's 40% preset, said in the prose and held to the model by
	// tests/unit/claims/intrinsic-excitability.test.ts (which quotes this sentence).
	'intrinsic-excitability.svx': ['from about 47% to about 23%'],
	// The same model output in the Spanish translation, held to the model by the same claims test
	// (it quotes this sentence beside the English one and checks that both give the same numbers).
	'es/intrinsic-excitability.svx': ['de alrededor del 47\u00a0% a alrededor del 23\u00a0%']
};

describe.each(FILES)('content/%s', (file) => {
	it('has no statistic, decimal or percentage typed into its prose', () => {
		let text = prose(readFileSync(`${DIR}/${file}`, 'utf8'));
		for (const allowed of ALLOWED[file] ?? []) text = text.split(allowed).join(' ');
		const found: string[] = [];
		for (const line of text.split('\n')) {
			for (const pattern of STATISTIC) {
				const m = pattern.exec(line);
				if (m) found.push(`"${m[0].trim()}" in: ${line.trim().slice(0, 120)}`);
			}
		}
		expect(found).toEqual([]);
	});
});

describe('the check itself', () => {
	it('catches the kinds of numbers it is for, and lets counts and years through', () => {
		const caught = (s: string) => STATISTIC.some((p) => p.test(prose(s)));
		for (const bad of [
			'P = 0.0231 here',
			'r = .97',
			't(29) = 2.18',
			'F(1,27) = 5.53',
			'ηp² = .15',
			'83% of cells',
			'about 0.31 bits',
			'a .5 s window'
		])
			expect(caught(bad), bad).toBe(true);
		for (const fine of [
			'Study 3 repeated',
			'at block 1 and block 2',
			'In 2011 Vogels',
			'up to 10,000 spiking neurons',
			'<Fact id="x" />',
			'rated 3 or 4 out of 4'
		])
			expect(caught(fine), fine).toBe(false);
	});
});
