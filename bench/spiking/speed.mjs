#!/usr/bin/env node
/**
 * Speed of the Vogels et al. (2011) network at 10,000 neurons (10 s of model time, plasticity from
 * 1 s), on this machine, in one run, four rows over the same span of model time, 1-10 s (the first
 * second, without plasticity and with cells firing at ~170 Hz, is run but not timed by anyone):
 *   Engram's engine (WebAssembly) in Node and in a headless-Chromium Web Worker, Brian2 runtime
 *   mode (Cython) and Brian2 C++ standalone (its program times the span itself),
 * then the built page /lab/spiking/ while the figure runs (with --throttle N: on a CPU emulated N
 * times slower, accepting the figure's proposal of a smaller network if it makes one).
 * Prints simulated seconds per wall-clock second and per CPU second of the simulating thread or
 * process, and the ratio of the worker to Brian2 standalone; writes everything to
 * bench/spiking/results/latest.json (compare.mjs reads the statistics from there).
 *   node bench/spiking/speed.mjs [--n 10000] [--duration 10] [--no-brian] [--no-standalone]
 *        [--reference] [--no-page] [--page-seconds 20] [--throttle 4] [--only-page]
 * --reference adds the TypeScript reference engine in Node. On a machine shared with other work,
 * wall-clock speeds fall with the load; CPU-time speeds much less so: compare ratios within a run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { brian2Missing, checkPage, runBrian2, runChromium, runNode } from './lib.mjs';

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const value = (name, d) => {
	const i = argv.indexOf(`--${name}`);
	return i >= 0 ? Number(argv[i + 1]) : d;
};
const opts = { n: value('n', 10000), seed: 1, duration: value('duration', 10), window: 2 };
const throttle = value('throttle', 1);
const results = {
	when: new Date().toISOString(),
	cpus: cpus().length,
	cpu: cpus()[0]?.model,
	load_before: loadavg(),
	options: opts,
	runs: {}
};

function log(text) {
	process.stdout.write(`${text}\n`);
}

log(
	`Spiking network speed: ${opts.n.toLocaleString('en')} neurons, ${opts.duration} s of model time, timed over 1-${opts.duration} s (load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores)`
);
if (!flag('only-page')) {
	log('  Engram engine in Node ...');
	results.runs.node = await runNode({ ...opts, kind: 'wasm' });
	log('  Engram engine in a headless-Chromium worker ...');
	results.runs.chromium = await runChromium({ ...opts, kind: 'auto' });
	if (flag('reference')) {
		log('  Engram reference engine (TypeScript) in Node ...');
		results.runs.node_reference = await runNode({ ...opts, kind: 'js' });
	}
	const missing = flag('no-brian') ? '' : brian2Missing();
	if (missing) {
		results.brian2_missing = missing;
		log(`  ${missing}`);
	} else if (!flag('no-brian')) {
		log('  Brian2 runtime (Cython) ...');
		results.runs.brian2_runtime = runBrian2('runtime', opts);
		if (!flag('no-standalone')) {
			log('  Brian2 C++ standalone (compiles first) ...');
			results.runs.brian2_standalone = runBrian2('cpp_standalone', opts);
		}
	}
}
if (!flag('no-page')) {
	log(`  the built page /lab/spiking/ while the figure runs${throttle > 1 ? ` (CPU ${throttle}× slower)` : ''} ...`);
	results.page = await checkPage({ seconds: value('page-seconds', 20), throttle });
}
results.load_after = loadavg();

mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
const out = flag('only-page') ? `./results/page${throttle > 1 ? `-throttle${throttle}` : ''}.json` : './results/latest.json';
writeFileSync(new URL(out, import.meta.url), JSON.stringify(results, null, 2) + '\n');

const span = `${opts.duration - 1} s`;
const rows = [['run', 'sim s per wall s', 'sim s per CPU s', `wall s for ${span}`, `CPU s for ${span}`, 'E rate (Hz)']];
const names = {
	node: 'Engram engine, Node',
	chromium: 'Engram engine, Chromium worker',
	node_reference: 'Engram TypeScript reference, Node',
	brian2_runtime: 'Brian2 2.5.1 runtime (Cython)',
	brian2_standalone: 'Brian2 2.5.1 C++ standalone'
};
const f2 = (x) => (typeof x === 'number' && Number.isFinite(x) ? x.toFixed(2) : '-');
for (const [key, r] of Object.entries(results.runs)) {
	if (r.error) {
		rows.push([names[key] ?? key, 'failed', '', r.error.slice(0, 60), '', '']);
		continue;
	}
	rows.push([names[key] ?? key, f2(r.sim_s_per_wall_s), f2(r.sim_s_per_cpu_s), f2(r.wall_sim_s), f2(r.cpu_sim_s), f2(r.rate_e_hz)]);
}
if (rows.length > 1) {
	const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
	log('');
	for (const [i, r] of rows.entries()) {
		log(r.map((x, c) => String(x).padEnd(widths[c])).join('  '));
		if (i === 0) log(widths.map((w) => '-'.repeat(w)).join('  '));
	}
	const { chromium: w, brian2_standalone: b } = results.runs;
	if (w && b && !w.error && !b.error) {
		results.ratio = { wall: w.sim_s_per_wall_s / b.sim_s_per_wall_s, cpu: w.sim_s_per_cpu_s / b.sim_s_per_cpu_s };
		log(
			`\nChromium worker / Brian2 C++ standalone: ${f2(results.ratio.wall)}× per wall-clock second, ${f2(results.ratio.cpu)}× per CPU second (goal: at least 1.3×).`
		);
		writeFileSync(new URL(out, import.meta.url), JSON.stringify(results, null, 2) + '\n');
	}
	if (results.runs.chromium?.engine === 'js') log('Note: Chromium ran the TypeScript reference engine (WebAssembly unavailable).');
}
if (results.brian2_missing) log(`\n${results.brian2_missing}`);
if (results.page && !results.page.error) {
	const p = results.page;
	const slow = p.throttle > 1 ? ` on a CPU emulated ${p.throttle}× slower` : '';
	const prop = p.proposal
		? ` The figure proposed a smaller network ("${p.proposal.text}")${p.proposal.accepted ? `, accepted: ${p.proposal.accepted.toLocaleString('en')} cells.` : '.'}`
		: ' The figure proposed no change.';
	log(`\nPage${slow}:${prop}`);
	log(
		`  ${p.cells.toLocaleString('en')} cells ran ${f2(p.model_s)} s of model time in ${f2(p.seconds)} s: ${f2(p.pace)}× real time (${p.pace >= 1 ? 'keeps up' : 'slower than real time'}).`
	);
	log(
		`  ${p.long_tasks} main-thread tasks over 50 ms (longest ${p.long_task_max_ms} ms); JS heap (MB) ${p.heap_mb.join(' ')}; renderer memory incl. the worker (MB) ${p.renderer_rss_mb?.join(' ') ?? 'n/a'}`
	);
} else if (results.page) log(`\nPage: ${results.page.error}`);
log(
	`Load average before ${results.load_before.map((x) => x.toFixed(1)).join(' ')}, after ${results.load_after.map((x) => x.toFixed(1)).join(' ')} (${cpus().length} cores): wall-clock speeds on a busy machine are lower bounds.`
);
