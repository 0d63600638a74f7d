/**
 * Lighthouse 12 (mobile: its default config, simulated slow 4G and 4x CPU slowdown) against
 * Debian's Chromium, one page at a time in one browser. With `runs` > 1 each page is measured that
 * many times and its median run kept, as Lighthouse's own guide advises for scores that vary from run
 * to run: an article's blocking time here ranged 28-101 ms over five runs of the same build, as the
 * page's long tasks fell before or after its first paint.
 */
import { loadavg } from 'node:os';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { LAUNCH_ARGS, ensureChromium } from '../../scripts/chromium.mjs';
import { medianRun } from './stats.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

export async function runLighthouse(urls, { log = () => {}, runs = 1 } = {}) {
	const chrome = await chromeLauncher.launch({
		chromePath: await ensureChromium(),
		chromeFlags: LAUNCH_ARGS,
		logLevel: 'silent'
	});
	const out = [];
	try {
		for (const url of urls) {
			const each = [];
			for (let run = 0; run < runs; run++) each.push(await measure(url, run));
			out.push(medianRun(each));
		}
	} finally {
		await chrome.kill();
	}
	return out;

	/** One Lighthouse run of `url`. */
	async function measure(url, run) {
		log(`  lighthouse ${url}${runs > 1 ? ` (run ${run + 1} of ${runs})` : ''}`);
		// The machine's 1-minute load average as the run starts: a busy machine inflates TBT and LCP.
		const loadAverage = Number(loadavg()[0].toFixed(1));
		try {
			const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
			const lhr = result.lhr;
			const score = (k) => (lhr.categories[k]?.score == null ? null : Math.round(lhr.categories[k].score * 100));
			const failing = [];
			for (const k of CATEGORIES) {
				for (const ref of lhr.categories[k]?.auditRefs ?? []) {
					const a = lhr.audits[ref.id];
					if (ref.weight > 0 && a && a.score !== null && a.score < 1) failing.push(`${k}: ${a.id} (${a.score})`);
				}
			}
			return {
				url,
				performance: score('performance'),
				accessibility: score('accessibility'),
				bestPractices: score('best-practices'),
				seo: score('seo'),
				lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN),
				tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? NaN),
				cls: Math.round((lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN) * 1000) / 1000,
				failing,
				loadAverage,
				// Lighthouse's own measure of the machine's speed as it ran (higher is faster): scores from
				// different days compare only at a like index.
				benchmarkIndex: Math.round(lhr.environment?.benchmarkIndex ?? NaN),
				lcpElement: lcpElement(lhr),
				runtimeError: lhr.runtimeError?.message
			};
		} catch (e) {
			return { url, loadAverage, error: String(e?.message ?? e).split('\n')[0] };
		}
	}
}

/** The largest contentful paint's element, as Lighthouse names it (selector and a snippet). */
function lcpElement(lhr) {
	const items = lhr.audits['largest-contentful-paint-element']?.details?.items ?? [];
	// Lighthouse 12: a list whose first table holds the element node.
	const node = items.flatMap((i) => i.items ?? [i]).find((i) => i.node)?.node;
	return node ? `${node.selector ?? ''} ${String(node.snippet ?? '').slice(0, 120)}`.trim() : null;
}
