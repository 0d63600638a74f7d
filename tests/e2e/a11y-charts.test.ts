/**
 * Charts a blind student can explore (issue 15), driven by the keyboard only and read the way a
 * screen reader gets them: accessible names, the chart's read-out live region, the figure's live
 * region, the accessibility tree. Each page is loaded once.
 *  - every chart on every article (and two embeds): arrowing through the points announces values that
 *    match the figure's data table (numbers compared whatever their format);
 *  - a slider moved by keyboard makes the figure's one polite live region say what changed;
 *  - S and the sound button start and stop chart2music without console errors;
 *  - `?` opens the shortcuts dialog, Escape closes it and focus comes back;
 *  - diagrams open as lists; axe finds nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { SLUGS } from '../../src/lib/articles';
import { FIGURES } from '../../src/lib/figures/registry';
import { axe, describeViolations, launch, open } from './harness';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** Numbers in a text, whatever the minus sign or thousands separator. */
function numbers(text: string): number[] {
	const clean = text.replace(/[−–]/g, '-').replace(/(\d),(\d{3})/g, '$1$2');
	return (clean.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
}

const decimals = (v: number) => (String(v).split('.')[1] ?? '').length;

/** Equal at the precision of the coarser of the two (or within 0.6 %), also as a fraction shown as a percentage. */
function same(announced: number, table: number): boolean {
	const close = (a: number, b: number, bDecimals: number) =>
		Math.abs(a - b) <= Math.max(0.5 * 10 ** -decimals(a), 0.5 * 10 ** -bDecimals, 0.006 * Math.abs(a)) + 1e-9;
	return close(announced, table, decimals(table)) || close(announced, table * 100, decimals(table) - 2);
}

interface Point {
	text: string;
	/** The x part ("E4", "Time 120 ms"), the value read out and the series. */
	x: string;
	y: number | undefined;
	series: string;
	reference: boolean;
}

/** What the chart's read-out says now ("E4, model freezing 31 %. Control, point 6 of 11."), in parts. */
function parse(text: string): Point {
	const body = text.replace(/^(First|Last) (point|series)\. /, '');
	const stop = body.indexOf('. ');
	const first = stop >= 0 ? body.slice(0, stop) : body;
	const comma = first.indexOf(', ');
	const x = comma >= 0 ? first.slice(0, comma) : first;
	// The value is the last number, followed at most by one unit token ("-9 ×10⁻³", "31 %", "0.31").
	const value = /(-?\d+(?:\.\d+)?)(?:\s+\S+)?$/.exec(first.slice(comma + 2).replace(/[−–]/g, '-'));
	const series = (stop >= 0 ? body.slice(stop + 2) : '').replace(/, point \d+ of \d+\.$/, '');
	return { text, x, y: value ? Number(value[1]) : undefined, series, reference: /\(reference line\)$/.test(series) };
}

/**
 * The figure's data table, one array of cell texts per row, read as a reader reads it: with the table
 * open ("Show data", which builds its point-by-point parts), then closed again as it was.
 */
async function tableOf(chart: Locator): Promise<string[][]> {
	return chart.evaluate(async (el) => {
		const figure = el.closest('figure');
		const toggle = figure?.querySelector<HTMLButtonElement>(`button[aria-controls="${CSS.escape(figure.id)}-data"]`);
		const opened = toggle?.getAttribute('aria-expanded') === 'false';
		if (opened) {
			toggle!.click();
			await new Promise(requestAnimationFrame);
		}
		const rows = Array.from(figure?.querySelectorAll('tbody tr') ?? []).map((tr) =>
			Array.from(tr.children).map((c) => c.textContent ?? '')
		);
		if (opened) toggle!.click();
		return rows;
	});
}

/**
 * Whether a read-out point is in the table: rows that hold one of the x part's numbers (or every
 * row when the x part has none, like a category "Ret") must hold the value. Points whose x has no
 * row (tables that list every other x) are `unlisted`.
 */
function check(p: Point, rows: string[][]): 'match' | 'mismatch' | 'unlisted' {
	if (p.y === undefined) return 'mismatch';
	const xs = numbers(p.x);
	const holdsX = (r: string[]) =>
		r.some((cell) => numbers(cell).some((n) => xs.some((x) => Math.abs(x - n) <= 1e-9 + 0.5 * 10 ** -Math.max(decimals(x), decimals(n)))));
	const candidates = xs.length ? rows.filter(holdsX) : rows;
	if (candidates.length === 0) return 'unlisted';
	return candidates.some((r) => r.some((cell) => numbers(cell).some((n) => same(p.y!, n)))) ? 'match' : 'mismatch';
}

/** Walks a chart with the keyboard: per series Home, a few Page Downs, End; returns what was announced. */
async function walk(page: Page, chart: Locator, readout: Locator, pagesPerSeries: number): Promise<Point[]> {
	await chart.focus();
	const heard: Point[] = [];
	const hear = async () => heard.push(parse((await readout.textContent()) ?? ''));
	// The first key is heard once the page has hydrated.
	await expect
		.poll(async () => {
			await page.keyboard.press('Home');
			return readout.textContent();
		})
		.toBeTruthy();
	for (let s = 0; s < 8; s++) {
		await page.keyboard.press('Home');
		await hear();
		for (let k = 0; k < pagesPerSeries; k++) {
			await page.keyboard.press('PageDown');
			await page.keyboard.press('PageDown');
			await hear();
		}
		await page.keyboard.press('End');
		await hear();
		await page.keyboard.press('ArrowDown');
		if (((await readout.textContent()) ?? '').startsWith('Last series.')) break;
	}
	return heard;
}

/**
 * Charts (figure#index) whose tables summarise instead of listing what is plotted: the whole chart,
 * or only the series named. None today: every chart's figure lists each plotted point (issue 15).
 */
const TABLE_SUMMARISES: Record<string, true | string[]> = {};

interface ChartReport {
	key: string;
	label: string;
	heard: number;
	matched: number;
	unlisted: number;
	mismatched: string[];
	noData: boolean;
}

/** Every chart on the page, walked and checked against its figure's table. */
async function auditCharts(page: Page, pagesPerSeries: number): Promise<ChartReport[]> {
	const charts = page.locator('[role="application"]');
	const readouts = page.locator('[data-chart-readout]');
	const n = await charts.count();
	const perFigure = new Map<string, number>();
	const reports: ChartReport[] = [];
	for (let i = 0; i < n; i++) {
		const chart = charts.nth(i);
		const figure = await chart.evaluate((el) => el.closest('figure')?.id ?? '');
		const nth = perFigure.get(figure) ?? 0;
		perFigure.set(figure, nth + 1);
		const heard = await walk(page, chart, readouts.nth(i), pagesPerSeries);
		const rows = await tableOf(chart);
		const skip = TABLE_SUMMARISES[`${figure}#${nth}`];
		const data = heard.filter(
			(p) => !p.reference && !/no data yet/.test(p.text) && !(Array.isArray(skip) && skip.some((s) => p.series.startsWith(s)))
		);
		const results = data.map((p) => [p, check(p, rows)] as const);
		reports.push({
			key: `${figure}#${nth}`,
			label: (await chart.getAttribute('aria-label')) ?? '',
			heard: heard.length,
			matched: results.filter(([, r]) => r === 'match').length,
			unlisted: results.filter(([, r]) => r === 'unlisted').length,
			mismatched: results.filter(([, r]) => r === 'mismatch').map(([p]) => p.text),
			noData: heard.every((p) => /no data yet/.test(p.text) || p.reference)
		});
	}
	return reports;
}

function expectReadable(reports: ChartReport[]) {
	for (const r of reports) {
		// A name that says what is plotted against what, with the kind of numbers.
		expect(r.label, r.key).toMatch(/^(Reported|Model|Illustrative) chart: .+ against .+, \d+ series\.$/);
		if (r.noData || TABLE_SUMMARISES[r.key] === true) continue;
		expect(r.mismatched, `${r.key}: announced values not in the data table`).toEqual([]);
		expect(r.matched, `${r.key}: no announced value could be found in the table`).toBeGreaterThan(0);
	}
}

describe.each(SLUGS)('%s', (slug) => {
	it('every chart reads out its points by keyboard, matching the table; a slider change is announced; sound plays and stops; ? opens the shortcuts; diagrams open as lists; axe stays at zero', async () => {
		const p = await open(browser, `/${slug}/`);
		try {
			const { page } = p;

			// Tab reaches a chart, which names itself and says how to use it.
			// (Tab starts from the focusable element just before the first chart, not from the top of a long page.)
			const first = page.locator('[role="application"]').first();
			const startedFrom = await first.evaluate((el) => {
				const all = Array.from(document.querySelectorAll<HTMLElement>('a[href], button, input, [tabindex="0"], summary'));
				const at = all.indexOf(el as HTMLElement);
				all[at - 1]?.focus();
				return at;
			});
			expect(startedFrom).toBeGreaterThan(0);
			await page.keyboard.press('Tab');
			expect(await first.evaluate((el) => el === document.activeElement)).toBe(true);
			const described = await first.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent ?? '');
			expect(described).toMatch(/Arrow keys move through the data/);

			// Every chart, every series: values read out = values in the table.
			const reports = await auditCharts(page, 2);
			expect(reports.length).toBeGreaterThan(0);
			expectReadable(reports);

			// A slider moved by keyboard: the figure's live region says what changed, in words and numbers.
			const slider = page.locator('figure:has([role="application"]) input[type="range"]').first();
			if (await slider.count()) {
				const figure = slider.locator('xpath=ancestor::figure[1]');
				await slider.focus();
				for (let k = 0; k < 4; k++) await page.keyboard.press('ArrowRight');
				const live = figure.locator('[data-figure-live]');
				await live.filter({ hasText: /\d/ }).waitFor({ timeout: 15_000 });
				const said = (await live.textContent()) ?? '';
				expect(said).toMatch(/rose from|fell from|Now showing|no longer shown|, was /);
				expect(await live.getAttribute('aria-live')).toBe('polite');
				// One polite region per figure: the summary no longer speaks over it.
				expect(await figure.locator('[aria-live="polite"]').count()).toBe(1);
			}

			// Sound: S starts chart2music on the focused chart, Escape stops it; the button does the same.
			const playable = page.locator('[role="application"]').first();
			await playable.focus();
			await page.keyboard.press('s');
			await page.waitForFunction(
				(el) => el?.getAttribute('data-sound') === 'playing' && Number(el.getAttribute('data-sound-notes')) >= 1,
				await playable.elementHandle(),
				{ timeout: 30_000 }
			);
			await page.keyboard.press('Escape');
			await page.waitForFunction((el) => el?.getAttribute('data-sound') === 'idle', await playable.elementHandle());
			const readout = page.locator('[data-chart-readout]').first();
			expect(await readout.textContent()).toMatch(/Sound (stopped|finished)\./);
			await page.keyboard.press('Tab'); // to the chart's sound button
			const button = (await page.locator(':focus').elementHandle())!;
			expect(await button.getAttribute('aria-label')).toMatch(/^Play as sound: /);
			// Watched from before the key press: a short series can start and finish between two polls.
			await page.evaluate(
				([chart, b]) => {
					const w = window as unknown as { soundPlayed?: boolean };
					w.soundPlayed = false;
					const seen = () => {
						if (chart?.getAttribute('data-sound') === 'playing' && b?.getAttribute('aria-pressed') === 'true') w.soundPlayed = true;
					};
					const watch = new MutationObserver(seen);
					for (const el of [chart, b]) if (el) watch.observe(el, { attributes: true, attributeFilter: ['data-sound', 'aria-pressed'] });
				},
				[await playable.elementHandle(), button] as const
			);
			await page.keyboard.press('Enter');
			await page.waitForFunction(() => (window as unknown as { soundPlayed?: boolean }).soundPlayed === true, null, { timeout: 30_000 });
			// Escape on the button stops it too (a short series may already have finished: idle either way).
			await page.keyboard.press('Escape');
			await page.waitForFunction((el) => el?.getAttribute('data-sound') === 'idle', await playable.elementHandle());
			expect(await button.getAttribute('aria-pressed')).toBe('false');

			// ? opens the shortcuts, Escape closes them, focus returns to the button.
			await page.keyboard.press('?');
			const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
			await dialog.waitFor();
			const tree = await dialog.ariaSnapshot();
			expect(tree).toMatch(/On a chart/);
			expect(tree).toMatch(/play the series as sound/);
			expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
			await page.keyboard.press('Escape');
			await dialog.waitFor({ state: 'hidden' });
			expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);

			// Diagrams: "Show as list" opens a list with the picture's content.
			const lists = page.locator('details.diagram-list');
			for (let k = 0; k < (await lists.count()); k++) {
				const d = lists.nth(k);
				await d.locator('summary').focus();
				await page.keyboard.press('Enter');
				expect(await d.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
				expect(await d.locator('li').count()).toBeGreaterThan(1);
			}

			const violations = await axe(page);
			expect(violations, describeViolations(violations)).toEqual([]);
			expect(p.errors).toEqual([]);
			expect(p.external).toEqual([]);
		} finally {
			await p.close();
		}
	}, 240_000);
});

describe('embeds', () => {
	// The article tests walk every chart of every figure; an embed shows the same figure in its own
	// frame, so two embeds (one per kind of chart frame: a model's figure, a reported study's) show
	// that the read-out and the shortcuts dialog work there too.
	const embeds = [
		{ slug: 'astrocytes-fear-extinction', id: 'fear-model' },
		{ slug: 'emotional-memory-integration', id: 'behaviour' }
	].filter(({ slug, id }) => FIGURES[slug as (typeof SLUGS)[number]].some((f) => f.id === id));
	it('embeds exist for the two figures checked here', () => expect(embeds.length).toBe(2));
	it.each(embeds)(
		'$slug/$id: every chart reads out its points matching the table, and ? opens the shortcuts',
		async ({ slug, id }) => {
			const p = await open(browser, `/embed/${slug}/${id}/`);
			try {
				// The article test walked these charts through; here the first and last point of each series.
				const reports = await auditCharts(p.page, 0);
				expectReadable(reports);
				const dialog = p.page.getByRole('dialog', { name: 'Keyboard shortcuts' });
				await expect
					.poll(async () => {
						if (!(await dialog.isVisible())) await p.page.keyboard.press('?');
						return dialog.isVisible();
					})
					.toBe(true);
				await p.page.keyboard.press('Escape');
				await dialog.waitFor({ state: 'hidden' });
				expect(p.errors).toEqual([]);
			} finally {
				await p.close();
			}
		},
		120_000
	);
});
