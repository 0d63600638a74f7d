#!/usr/bin/env node
/**
 * Speed of the Vogels et al. (2011) network at 10,000 neurons (10 s of model time, plasticity from
 * 1 s), on this machine, in one run:
 *   Engram's engine in Node, in a headless-Chromium Web Worker, Brian2 runtime mode (cython) and
 *   Brian2 standalone C++ (if it builds), plus the built page's main thread while the figure runs.
 * Prints simulated seconds per wall second and writes everything to bench/spiking/results/latest.json
 * (compare.mjs reads the statistics from there).
 *   node bench/spiking/speed.mjs [--n 10000] [--duration 10] [--no-brian] [--no-standalone]
 *                                [--no-page] [--page-seconds 20]
 * Speeds are measured over model time 1-10 s (after the first second, whose Brian2 runtime call
 * also compiles code); Brian2 standalone reports only its whole run, 0-10 s (marked *).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { checkPage, runBrian2, runChromium, runNode } from './lib.mjs';

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const value = (name, d) => {
	const i = argv.indexOf(`--${name}`);
	return i >= 0 ? Number(argv[i + 1]) : d;
};
const opts = { n: value('n', 10000), seed: 1, duration: value('duration', 10), window: 2 };
const results = { when: new Date().toISOString(), cpus: cpus().length, cpu: cpus()[0]?.model, load_before: loadavg(), options: opts, runs: {} };

function log(text) {
	process.stdout.write(`${text}\n`);
}

log(`Spiking network speed: ${opts.n.toLocaleString('en')} neurons, ${opts.duration} s of model time (load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores)`);
log('  Engram engine in Node ...');
results.runs.node = await runNode(opts);
log('  Engram engine in a headless-Chromium worker ...');
results.runs.chromium = await runChromium(opts);
if (!flag('no-brian')) {
	log('  Brian2 runtime (cython) ...');
	results.runs.brian2_runtime = runBrian2('runtime', opts);
	if (!flag('no-standalone')) {
		log('  Brian2 standalone C++ (compiles first) ...');
		results.runs.brian2_standalone = runBrian2('cpp_standalone', opts);
	}
}
if (!flag('no-page')) {
	log('  the built page /lab/spiking/ while the figure runs ...');
	results.page = await checkPage({ seconds: value('page-seconds', 20) });
}
results.load_after = loadavg();

mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(new URL('./results/latest.json', import.meta.url), JSON.stringify(results, null, 2) + '\n');

const rows = [['run', 'simulated s per wall s', 'per CPU s', 'wall (s) for model 1-10 s', 'E rate (Hz)']];
for (const [key, r] of Object.entries(results.runs)) {
	if (r.error) {
		rows.push([r.simulator ?? key, 'failed', '', r.error.slice(0, 60), '']);
		continue;
	}
	const star = key === 'brian2_standalone' ? '*' : '';
	rows.push([
		r.simulator,
		`${r.sim_s_per_wall_s.toFixed(2)}${star}`,
		r.sim_s_per_cpu_s ? r.sim_s_per_cpu_s.toFixed(2) : '-',
		`${r.wall_sim_s.toFixed(1)}${star}`,
		r.rate_e_hz.toFixed(2)
	]);
}
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
log('');
for (const [i, r] of rows.entries()) {
	log(r.map((x, c) => String(x).padEnd(widths[c])).join('  '));
	if (i === 0) log(widths.map((w) => '-'.repeat(w)).join('  '));
}
log('* Brian2 standalone: whole run 0-10 s (its C++ program times only the whole simulation).');
if (results.page && !results.page.error) {
	const p = results.page;
	log(
		`\nPage: ${p.seconds} s running; ${p.long_tasks} main-thread tasks over 50 ms (longest ${p.long_task_max_ms} ms); JS heap (MB) ${p.heap_mb.join(' ')}; renderer memory incl. the worker (MB) ${p.renderer_rss_mb?.join(' ') ?? 'n/a'}`
	);
} else if (results.page) log(`\nPage: ${results.page.error}`);
log(`Load average before ${results.load_before.map((x) => x.toFixed(1)).join(' ')}, after ${results.load_after.map((x) => x.toFixed(1)).join(' ')}: speeds on a busy machine are lower bounds.`);
