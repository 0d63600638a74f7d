/**
 * The runs the spiking benchmarks are made of. Each returns the statistics of the protocol in
 * protocol.mjs (or brian2_vogels.py) plus its timings over model time 1 s .. duration, in wall-clock
 * seconds and in CPU seconds of the thread or process that simulates:
 *   runNode        Engram's engine in this Node process (CPU: the process)
 *   runChromium    the same engine in a Web Worker of headless Chromium (Debian's /usr/bin/chromium;
 *                  CPU: the worker thread, read from /proc on Linux)
 *   runBrian2      Brian2 2.5.1 from the system Python, runtime (cython) or cpp_standalone
 *   brian2Missing  why Brian2 cannot run here (a sentence), or '' if it can
 *   checkPage      the built /lab/spiking/ page: main-thread long tasks, the page's JS heap and the
 *                  resident memory of Chromium's renderer processes (which hold the worker) while it runs
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';
import { loadEngine } from './engine.mjs';
import { runProtocol } from './protocol.mjs';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { BUILD_DIR } from '../../scripts/paths.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cache = `${root}node_modules/.cache/engram-spiking`;

const ENGINE_NAME = { wasm: 'WebAssembly', js: 'TypeScript reference' };

export async function runNode(options) {
	const r = await runProtocol(await loadEngine(), options);
	return { simulator: `Engram engine (${ENGINE_NAME[r.engine]}), Node ${process.version}`, ...r };
}

/** Processes (pid, ppid, rss in kB, command line) descending from this Node process. */
function family() {
	const r = spawnSync('ps', ['-e', '-o', 'pid=,ppid=,rss=,args='], { encoding: 'utf8' });
	if (r.status !== 0) return [];
	const rows = r.stdout
		.trim()
		.split('\n')
		.map((line) => {
			const [pid, ppid, rss, ...args] = line.trim().split(/\s+/);
			return { pid: Number(pid), ppid: Number(ppid), rss: Number(rss), args: args.join(' ') };
		});
	const mine = new Set([process.pid]);
	for (let grew = true; grew;) {
		grew = false;
		for (const p of rows) {
			if (mine.has(p.ppid) && !mine.has(p.pid)) {
				mine.add(p.pid);
				grew = true;
			}
		}
	}
	return rows.filter((p) => mine.has(p.pid));
}

/**
 * CPU seconds (user + system) used so far by the dedicated-worker threads of this Node process's
 * Chromium renderers, from /proc (Linux); undefined elsewhere. The bench has one worker at a time.
 */
function workerThreadCpuSeconds() {
	if (!existsSync('/proc/self/task')) return undefined;
	const hz = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;
	let ticks = 0;
	let found = false;
	for (const p of family().filter((q) => q.args.includes('--type=renderer'))) {
		let tasks;
		try {
			tasks = readdirSync(`/proc/${p.pid}/task`);
		} catch {
			continue;
		}
		for (const tid of tasks) {
			try {
				const comm = readFileSync(`/proc/${p.pid}/task/${tid}/comm`, 'utf8');
				if (!comm.startsWith('DedicatedWorker')) continue;
				const stat = readFileSync(`/proc/${p.pid}/task/${tid}/stat`, 'utf8');
				const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
				ticks += Number(fields[11]) + Number(fields[12]); // utime, stime
				found = true;
			} catch {
				/* the thread ended meanwhile */
			}
		}
	}
	return found ? ticks / hz : undefined;
}

/**
 * The protocol in a Web Worker of headless Chromium. `throttle` > 1 asks Chromium to emulate a CPU
 * that many times slower (CDP Emulation.setCPUThrottlingRate) for the page and for the worker.
 */
export async function runChromium(options, { throttle = 1 } = {}) {
	mkdirSync(cache, { recursive: true });
	await build({
		input: `${root}bench/spiking/worker-entry.mjs`,
		output: { dir: cache, format: 'iife', entryFileNames: 'bench-worker.js' },
		tsconfig: false,
		logLevel: 'warn'
	});
	const code = readFileSync(`${cache}/bench-worker.js`, 'utf8');
	const browser = await launchChromium();
	try {
		const page = await browser.newPage();
		const origin = 'http://engram-bench.localhost';
		await page.route(`${origin}/**`, (route) => {
			const url = new URL(route.request().url());
			if (url.pathname === '/worker.js') return route.fulfill({ body: code, contentType: 'text/javascript' });
			return route.fulfill({ body: '<!doctype html><title>bench</title>', contentType: 'text/html' });
		});
		await page.goto(`${origin}/`);
		const version = await page.evaluate(() => navigator.userAgent.match(/Chrom(e|ium)\/([\d.]+)/)?.[2] ?? '?');
		if (throttle > 1) await throttleCpu(page, throttle);
		// Start; wait for the mark after the first second of model time; read the thread's CPU time.
		await page.evaluate((opts) => {
			const w = new Worker('/worker.js');
			window.__bench = { worker: w, mark: null, result: null, error: null };
			const b = window.__bench;
			b.marked = new Promise((resolve) => (b.mark = resolve));
			b.done = new Promise((resolve, reject) => {
				w.onmessage = (e) => (e.data.type === 'mark' ? b.mark() : resolve(e.data.result));
				w.onerror = (e) => reject(new Error(e.message));
			});
			w.postMessage({ type: 'run', options: opts });
		}, options);
		await page.evaluate(() => window.__bench.marked);
		const cpu0 = workerThreadCpuSeconds();
		const result = await page.evaluate(() => {
			window.__bench.worker.postMessage({ type: 'go' });
			return window.__bench.done;
		});
		const cpu1 = workerThreadCpuSeconds();
		if (cpu0 !== undefined && cpu1 !== undefined) {
			result.cpu_sim_s = cpu1 - cpu0;
			result.sim_s_per_cpu_s = (result.duration_s - 1) / result.cpu_sim_s;
		}
		const how = throttle > 1 ? `, CPU throttled ${throttle}×` : '';
		return { simulator: `Engram engine (${ENGINE_NAME[result.engine]}), Chromium ${version} worker${how}`, throttle, ...result };
	} finally {
		await browser.close();
	}
}

/**
 * Emulate a CPU `rate` times slower in this page and in the workers it starts (CDP
 * Emulation.setCPUThrottlingRate on the page's target, and on each worker target as it attaches).
 */
export async function throttleCpu(page, rate) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate });
	// Workers are their own targets: attach to each as it starts and throttle it too.
	let id = 0;
	cdp.on('Target.attachedToTarget', ({ sessionId, targetInfo }) => {
		if (targetInfo.type !== 'worker') return;
		const send = (method, params = {}) =>
			cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: ++id, method, params }) }).catch(() => {});
		send('Emulation.setCPUThrottlingRate', { rate });
		send('Runtime.runIfWaitingForDebugger');
	});
	if (process.env.DEBUG_THROTTLE)
		cdp.on('Target.receivedMessageFromTarget', (m) => console.log('from worker target:', m.message.slice(0, 200)));
	await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
	return cdp;
}

/** Why Brian2 cannot be used here, in a sentence; '' if it can. */
export function brian2Missing() {
	if (!existsSync('/usr/bin/python3')) return 'Brian2 rows skipped: there is no /usr/bin/python3 (Brian2 is run from the system Python).';
	const r = spawnSync('/usr/bin/python3', ['-c', 'import brian2; print(brian2.__version__)'], { encoding: 'utf8' });
	if (r.status !== 0)
		return 'Brian2 rows skipped: Brian2 is not installed for /usr/bin/python3. On Debian or Ubuntu: apt-get install -y python3-brian (then run this again).';
	return '';
}

export function runBrian2(device, { n = 10000, seed = 1, duration = 10, window = 2 } = {}) {
	const args = [
		`${root}bench/spiking/brian2_vogels.py`,
		'--n',
		n,
		'--seed',
		seed,
		'--duration',
		duration,
		'--window',
		window,
		'--device',
		device
	];
	const r = spawnSync('/usr/bin/python3', args.map(String), { encoding: 'utf8', maxBuffer: 64 << 20 });
	const line = (r.stdout || '')
		.trim()
		.split('\n')
		.filter((l) => l.startsWith('{'))
		.pop();
	if (r.status !== 0 || !line) {
		const tail = `${r.stderr || ''}`.trim().split('\n').slice(-4).join(' | ');
		return { simulator: `brian2 ${device}`, error: `exit ${r.status}: ${tail || 'no output'}` };
	}
	return JSON.parse(line);
}

/**
 * Resident memory (MB) of this Chromium's renderer processes: the page and its simulation worker
 * live there, so a leak in either shows up. Linux only (reads /proc); undefined elsewhere.
 */
function rendererRssMb() {
	if (!existsSync('/proc')) return undefined;
	const kb = family()
		.filter((p) => p.args.includes('--type=renderer'))
		.reduce((a, p) => a + p.rss, 0);
	return Math.round(kb / 102.4) / 10;
}

/** Model time (s) and size (cells) in the figure's status line. */
async function figureState(page) {
	const text = (await page.locator('#spiking-network .sim-status').textContent()) ?? '';
	const t = /model time ([\d.,]+) s/.exec(text);
	const n = /([\d,]+) cells/.exec(text);
	return { text, model: t ? Number(t[1].replace(/,/g, '')) : -1, cells: n ? Number(n[1].replace(/,/g, '')) : 0 };
}

/**
 * Runs the built page's figure (/lab/spiking/, default settings) for `seconds`, recording long
 * tasks, the JS heap and renderer memory, and the pace it keeps (model s per wall s, from its status
 * line). With `throttle` > 1 the machine is made that many times slower: Chromium's CPU throttling
 * (CDP) for the page's main thread, and the figure's test hook for its worker (Chromium does not
 * throttle workers). If the figure proposes a smaller network, the proposal is accepted and the
 * pace is measured on the network it proposed.
 */
export async function checkPage({ seconds = 20, throttle = 1, buildDir = BUILD_DIR } = {}) {
	if (!existsSync(`${root}${buildDir}/lab/spiking/index.html`)) {
		return { error: `no built /lab/spiking/ in ${buildDir}/ (run a build first)` };
	}
	const server = await startServer({ dir: `${root}${buildDir}`, port: 0 });
	const browser = await launchChromium();
	try {
		const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Performance.enable');
		if (throttle > 1) {
			await page.addInitScript((rate) => (window.__engramSimTest = { slowdown: rate }), throttle);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
		}
		await page.goto(`${server.url}lab/spiking/`, { waitUntil: 'networkidle' });
		await page.evaluate(() => {
			window.__long = [];
			new PerformanceObserver((l) => {
				for (const e of l.getEntries()) window.__long.push(e.duration);
			}).observe({ type: 'longtask' });
		});
		const fig = page.locator('#spiking-network');
		await fig.scrollIntoViewIfNeeded();
		await fig.getByRole('button', { name: 'Start' }).click();
		// The figure measures its pace over its first second of running; give it a few seconds.
		let proposal = null;
		const notice = fig.locator('.fit');
		const until = Date.now() + 10_000 * throttle;
		while (Date.now() < until) {
			if (await notice.count()) break;
			const s = await figureState(page);
			if (s.model >= 3) break; // well past its first second with no proposal
			await page.waitForTimeout(250);
		}
		if (await notice.count()) {
			proposal = { text: (await notice.locator('p').textContent())?.replace(/\s+/g, ' ').trim() };
			const use = notice.getByRole('button', { name: /^Use / });
			if (await use.count()) {
				proposal.accepted = Number(((await use.textContent()) ?? '').replace(/[^\d]/g, ''));
				await use.click();
				while ((await figureState(page)).cells !== proposal.accepted) await page.waitForTimeout(200);
			}
		}
		const heap = [];
		const rss = [];
		// pace over `seconds` of wall time, from the first whole second of model time shown
		let start = await figureState(page);
		while (start.model < 0.1) {
			await page.waitForTimeout(100);
			start = await figureState(page);
		}
		const t0 = Date.now();
		while (Date.now() - t0 < seconds * 1000) {
			await page.waitForTimeout(Math.min(5000, seconds * 250));
			const { metrics } = await cdp.send('Performance.getMetrics');
			const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
			heap.push(Math.round(used / 1e5) / 10);
			const mb = rendererRssMb();
			if (mb !== undefined) rss.push(mb);
		}
		const end = await figureState(page);
		const wall = (Date.now() - t0) / 1000;
		const long = await page.evaluate(() => window.__long);
		return {
			seconds: wall,
			throttle,
			cells: end.cells,
			proposal,
			model_s: end.model - start.model,
			pace: (end.model - start.model) / wall,
			status: end.text,
			long_tasks: long.length,
			long_task_max_ms: Math.round(Math.max(0, ...long)),
			heap_mb: heap,
			renderer_rss_mb: rss
		};
	} finally {
		await browser.close();
		await server.close();
	}
}
