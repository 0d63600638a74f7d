/**
 * The measuring protocol shared by every run of Engram's engine (Node, or a Chromium worker):
 * build the network, run `duration` seconds of model time (plasticity on after the first second,
 * as in Brian2's example), and measure over the last `window` seconds the same statistics that
 * bench/spiking/brian2_vogels.py computes. No imports: the engine module (src/lib/sim/engines.ts)
 * is passed in. `kind` picks the engine ('wasm', 'js' or 'auto', as createNetwork).
 * `checkpoint`, if given, is awaited after the first second of model time (the Chromium run reads
 * the worker thread's CPU time there), outside the timed span.
 */
export async function runProtocol(engine, { n = 10000, seed = 1, duration = 10, window = 2, kind = 'auto' } = {}, checkpoint) {
	const { createNetwork, engineOf, configFor } = engine;
	const tb = performance.now();
	const net = createNetwork(configFor(n, { seed }), kind);
	const buildMs = performance.now() - tb;
	const dt = net.cfg.dt;
	const nE = net.nE;
	const fromStep = Math.round(((duration - window) * 1000) / dt);
	// per excitatory cell in the window: spike count, last spike, sum and sum of squares of ISIs
	const count = new Int32Array(nE);
	const last = new Float64Array(nE);
	const s1 = new Float64Array(nE);
	const s2 = new Float64Array(nE);
	let spikesI = 0;
	const perSecond = new Array(Math.round(duration)).fill(0);
	net.onStep = (step, spikes, c) => {
		const t = (step * dt) / 1000;
		const sec = Math.floor(t);
		for (let q = 0; q < c; q++) {
			const i = spikes[q];
			if (i < nE) {
				perSecond[sec]++;
				if (step >= fromStep) {
					if (count[i] > 0) {
						const isi = t - last[i];
						s1[i] += isi;
						s2[i] += isi * isi;
					}
					last[i] = t;
					count[i]++;
				}
			} else if (step >= fromStep) spikesI++;
		}
	};
	const stepsPerSecond = Math.round(1000 / dt);
	const wall = [];
	// CPU time of this process (Node only): less sensitive than wall time to other work on the machine.
	const cpu = typeof process !== 'undefined' && process.cpuUsage ? () => process.cpuUsage() : null;
	let cpuStart = null;
	for (let s = 0; s < duration; s++) {
		if (s === 1 && checkpoint) await checkpoint();
		if (s === 1 && cpu) cpuStart = cpu();
		const t0 = performance.now();
		net.run(stepsPerSecond);
		wall.push((performance.now() - t0) / 1000);
	}
	let spikesE = 0;
	let cvSum = 0;
	let cvCells = 0;
	for (let i = 0; i < nE; i++) {
		spikesE += count[i];
		if (count[i] >= 3) {
			const k = count[i] - 1;
			const mean = s1[i] / k;
			const variance = Math.max(0, s2[i] / k - mean * mean);
			if (mean > 0) {
				cvSum += Math.sqrt(variance) / mean;
				cvCells++;
			}
		}
	}
	let cpuPlastic = null;
	if (cpuStart) {
		const u = cpu();
		cpuPlastic = (u.user - cpuStart.user + u.system - cpuStart.system) / 1e6;
	}
	net.resyncWeights();
	const wallPlastic = wall.slice(1).reduce((a, b) => a + b, 0);
	const wallTotal = wall.reduce((a, b) => a + b, 0);
	return {
		engine: engineOf(net),
		n: net.n,
		nE,
		nI: net.nI,
		seed,
		duration_s: duration,
		window_s: window,
		synapses: net.synapseCount,
		rate_e_hz: spikesE / (nE * window),
		rate_i_hz: spikesI / (net.nI * window),
		cv_isi_e: cvCells ? cvSum / cvCells : null,
		cv_cells: cvCells,
		w_mean_ns: net.wMean,
		rate_e_per_second_hz: perSecond.map((c) => c / nE),
		build_s: buildMs / 1000,
		wall_per_second_s: wall,
		wall_total_s: wallTotal,
		wall_sim_s: wallPlastic,
		sim_s_per_wall_s: (duration - 1) / wallPlastic,
		sim_s_per_wall_s_all: duration / wallTotal,
		cpu_sim_s: cpuPlastic,
		sim_s_per_cpu_s: cpuPlastic ? (duration - 1) / cpuPlastic : null
	};
}
