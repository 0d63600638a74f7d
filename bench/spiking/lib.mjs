/**
 * The runs the spiking benchmarks are made of. Each returns the statistics of the protocol in
 * protocol.mjs (or brian2_vogels.py) plus its timings:
 *   runNode        Engram's engine in this Node process
 *   runChromium    the same engine in a Web Worker of headless Chromium (Debian's /usr/bin/chromium)
 *   runBrian2      Brian2 2.5.1 from the system Python, runtime (cython) or cpp_standalone
 *   checkPage      the built /lab/spiking/ page: main-thread long tasks, the page's JS heap and the
 *                  resident memory of Chromium's renderer processes (which hold the worker) while it runs
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';
import { loadEngine } from './engine.mjs';
import { runProtocol } from './protocol.mjs';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { BUILD_DIR } from '../../scripts/paths.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cache = `${root}node_modules/.cache/engram-spiking`;

export async function runNode(options) {
	return { simulator: `Engram engine, Node ${process.version}`, ...runProtocol(await loadEngine(), options) };
}

export async function runChromium(options) {
	mkdirSync(cache, { recursive: true });
	await build({
		input: `${root}bench/spiking/worker-entry.mjs`,
		output: { dir: cache, format: 'iife', entryFileNames: 'bench-worker.js' },
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
		const result = await page.evaluate(
			(opts) =>
				new Promise((resolve, reject) => {
					const w = new Worker('/worker.js');
					w.onmessage = (e) => resolve(e.data);
					w.onerror = (e) => reject(new Error(e.message));
					w.postMessage(opts);
				}),
			options
		);
		return { simulator: `Engram engine, Chromium ${version} worker`, ...result };
	} finally {
		await browser.close();
	}
}

export function runBrian2(device, { n = 10000, seed = 1, duration = 10, window = 2 } = {}) {
	const args = [`${root}bench/spiking/brian2_vogels.py`, '--n', n, '--seed', seed, '--duration', duration, '--window', window, '--device', device];
	const r = spawnSync('/usr/bin/python3', args.map(String), { encoding: 'utf8', maxBuffer: 64 << 20 });
	const line = (r.stdout || '').trim().split('\n').filter((l) => l.startsWith('{')).pop();
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
	const r = spawnSync('ps', ['-e', '-o', 'pid=,ppid=,rss=,args='], { encoding: 'utf8' });
	if (r.status !== 0) return undefined;
	const rows = r.stdout.trim().split('\n').map((line) => {
		const [pid, ppid, rss, ...args] = line.trim().split(/\s+/);
		return { pid: Number(pid), ppid: Number(ppid), rss: Number(rss), args: args.join(' ') };
	});
	// Renderers among the descendants of this Node process (which launched the browser).
	const family = new Set([process.pid]);
	for (let grew = true; grew; ) {
		grew = false;
		for (const p of rows) {
			if (family.has(p.ppid) && !family.has(p.pid)) {
				family.add(p.pid);
				grew = true;
			}
		}
	}
	const kb = rows.filter((p) => family.has(p.pid) && p.args.includes('--type=renderer')).reduce((a, p) => a + p.rss, 0);
	return Math.round(kb / 102.4) / 10;
}

/** Runs the built page's figure for `seconds`, recording long tasks, the JS heap and renderer memory. */
export async function checkPage({ seconds = 20, buildDir = BUILD_DIR } = {}) {
	if (!existsSync(`${root}${buildDir}/lab/spiking/index.html`)) {
		return { error: `no built /lab/spiking/ in ${buildDir}/ (run a build first)` };
	}
	const server = await startServer({ dir: `${root}${buildDir}`, port: 0 });
	const browser = await launchChromium();
	try {
		const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Performance.enable');
		await page.goto(`${server.url}lab/spiking/`, { waitUntil: 'networkidle' });
		await page.evaluate(() => {
			window.__long = [];
			new PerformanceObserver((l) => {
				for (const e of l.getEntries()) window.__long.push(e.duration);
			}).observe({ type: 'longtask' });
		});
		await page.locator('#spiking-network').scrollIntoViewIfNeeded();
		await page.locator('#spiking-network').getByRole('button', { name: 'Start' }).click();
		const heap = [];
		const rss = [];
		const t0 = Date.now();
		while (Date.now() - t0 < seconds * 1000) {
			await page.waitForTimeout(Math.min(5000, seconds * 250));
			const { metrics } = await cdp.send('Performance.getMetrics');
			const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
			heap.push(Math.round(used / 1e5) / 10);
			const mb = rendererRssMb();
			if (mb !== undefined) rss.push(mb);
		}
		const long = await page.evaluate(() => window.__long);
		const status = await page.locator('#spiking-network .sim-status').textContent();
		return {
			seconds,
			status,
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
