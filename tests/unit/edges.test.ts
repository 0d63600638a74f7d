/**
 * Where Engram meets other people's machines (issue 19): the static server's redirects, the
 * scripts that run tools (never through npx, never without node_modules), the Chromium install
 * step, the service worker's rules (its own files, its own caches, no takeover of open tabs),
 * and the integrity hash the embed snippet carries.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
	chmodSync,
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { acceptsGzip, startServer } from '../../scripts/serve.mjs';
import { ensureChromium } from '../../scripts/chromium.mjs';
import { ensureKitTsconfig, runCommand } from '../../scripts/bin.mjs';
import { DEFAULT_KIT_DIR } from '../../scripts/paths.mjs';
import { embedSnippet } from '../../src/lib/figure-kit/embed';
import { EMBED_SCRIPT_INTEGRITY } from '../../src/lib/figure-kit/embed-integrity';

const ROOT = join(import.meta.dirname, '..', '..');

// ── 9. scripts/serve.mjs ────────────────────────────────────────────────────────────────────────

/** A raw GET (the path is sent exactly as written, not normalised by a URL parser). */
function rawGet(port: number, path: string): Promise<{ status: number; location?: string }> {
	return new Promise((ok, fail) => {
		const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
			res.resume();
			res.on('end', () => ok({ status: res.statusCode ?? 0, location: res.headers.location }));
		});
		req.on('error', fail);
		req.end();
	});
}

/** A GET with the given headers: status, headers and the body's bytes as they came. */
function getWith(
	port: number,
	path: string,
	headers: Record<string, string>
): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
	return new Promise((ok, fail) => {
		const req = request({ host: '127.0.0.1', port, path, method: 'GET', headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
		});
		req.on('error', fail);
		req.end();
	});
}

describe('scripts/serve.mjs compresses text as a host does', () => {
	it('reads Accept-Encoding as browsers and proxies write it', () => {
		expect(acceptsGzip('gzip, deflate, br, zstd')).toBe(true);
		expect(acceptsGzip('br;q=1.0, gzip;q=0.8')).toBe(true);
		expect(acceptsGzip('*')).toBe(true);
		expect(acceptsGzip('gzip;q=0')).toBe(false);
		expect(acceptsGzip('br')).toBe(false);
		expect(acceptsGzip('')).toBe(false);
		expect(acceptsGzip(undefined)).toBe(false);
	});

	describe.each([false, true])('files kept in memory: %s', (memory) => {
		let dir = '';
		let server: Awaited<ReturnType<typeof startServer>>;
		let plain: Awaited<ReturnType<typeof startServer>>;
		const port = (s: typeof server) => (s.server.address() as { port: number }).port;
		const page = `<h1>home</h1>${'<p>words that repeat</p>'.repeat(200)}`;
		const png = Buffer.alloc(4096, 7);

		beforeAll(async () => {
			dir = mkdtempSync(join(tmpdir(), 'engram-gzip-'));
			writeFileSync(join(dir, 'index.html'), page);
			writeFileSync(join(dir, 'small.css'), 'a{color:red}');
			writeFileSync(join(dir, 'chart.png'), png);
			writeFileSync(join(dir, '404.html'), `<h1>not found</h1>${' '.repeat(2000)}`);
			server = await startServer({ dir, port: 0, memory });
			plain = await startServer({ dir, port: 0, memory, gzip: false });
		});
		afterAll(async () => {
			await server?.close();
			await plain?.close();
			rmSync(dir, { recursive: true, force: true });
		});

		it('gzips a page for a browser that takes it, and says so', async () => {
			for (let i = 0; i < 2; i++) {
				const r = await getWith(port(server), '/', { 'accept-encoding': 'gzip, deflate, br' });
				expect(r.status).toBe(200);
				expect(r.headers['content-encoding']).toBe('gzip');
				expect(r.headers.vary).toBe('accept-encoding');
				expect(r.body.length).toBeLessThan(page.length / 5);
				expect(gunzipSync(r.body).toString()).toBe(page);
			}
		});

		it('sends it whole to a client that does not ask, or when switched off', async () => {
			const r = await getWith(port(server), '/', {});
			expect(r.headers['content-encoding']).toBeUndefined();
			expect(r.body.toString()).toBe(page);
			const off = await getWith(port(plain), '/', { 'accept-encoding': 'gzip' });
			expect(off.headers['content-encoding']).toBeUndefined();
			expect(off.body.toString()).toBe(page);
		});

		it('leaves images and tiny files alone, and gzips the 404 page with its status', async () => {
			const image = await getWith(port(server), '/chart.png', { 'accept-encoding': 'gzip' });
			expect(image.headers['content-encoding']).toBeUndefined();
			expect(image.body.equals(png)).toBe(true);
			const tiny = await getWith(port(server), '/small.css', { 'accept-encoding': 'gzip' });
			expect(tiny.headers['content-encoding']).toBeUndefined();
			expect(tiny.body.toString()).toBe('a{color:red}');
			const missing = await getWith(port(server), '/nowhere/', { 'accept-encoding': 'gzip' });
			expect(missing.status).toBe(404);
			expect(gunzipSync(missing.body).toString()).toMatch(/^<h1>not found<\/h1>/);
		});
	});
});

describe.each([false, true])('scripts/serve.mjs with hostile paths (files kept in memory: %s)', (memory) => {
	let dir = '';
	let server: Awaited<ReturnType<typeof startServer>>;
	let sub: Awaited<ReturnType<typeof startServer>>;
	const port = (s: typeof server) => (s.server.address() as { port: number }).port;

	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'engram-serve-'));
		mkdirSync(join(dir, 'about'));
		writeFileSync(join(dir, 'index.html'), '<h1>home</h1>');
		writeFileSync(join(dir, 'about', 'index.html'), '<h1>about</h1>');
		writeFileSync(join(dir, '404.html'), '<h1>not found</h1>');
		server = await startServer({ dir, port: 0, memory });
		sub = await startServer({ dir, port: 0, base: '/lessons/engram', memory });
	});
	afterAll(async () => {
		await server?.close();
		await sub?.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('still redirects a folder to its slash, keeping the query', async () => {
		expect(await rawGet(port(server), '/about?x=1')).toEqual({ status: 301, location: '/about/?x=1' });
		expect(await rawGet(port(sub), '/lessons/engram')).toEqual({ status: 301, location: '/lessons/engram/' });
	});

	it('never redirects to another host from an encoded path', async () => {
		for (const path of [
			'/%2F%2Fevil.example%2F..%2Fabout',
			'/%2F%2Fevil.example/..%2Fabout',
			'/%5C%5Cevil.example%2F..%2Fabout',
			'//evil.example/../about'
		]) {
			const r = await rawGet(port(server), path);
			if (r.location !== undefined) {
				// Resolved against our own address, the redirect stays on our host.
				const target = new URL(r.location, `http://127.0.0.1:${port(server)}${path.startsWith('//') ? '/' : path}`);
				expect(target.host, `${path} -> ${r.location}`).toBe(`127.0.0.1:${port(server)}`);
				expect(r.location, path).toMatch(/^\/(?![/\\])/);
			}
		}
	});

	it('answers CR LF and other control characters in a path without crashing', async () => {
		for (const path of ['/about%0d%0aSet-Cookie:%20x=1', '/%0d%0a', '/about%00', '/%E0%A4%A']) {
			const r = await rawGet(port(server), path);
			expect([301, 400, 404], path).toContain(r.status);
			expect(r.location ?? '', path).not.toMatch(/[\r\n]/);
		}
		// Still serving afterwards.
		expect((await rawGet(port(server), '/about/')).status).toBe(200);
	});

	it('serves a page, its folder index and the nearest 404 page, the same asked twice', async () => {
		for (let i = 0; i < 2; i++) {
			expect(await body(port(server), '/about/')).toEqual({ status: 200, text: '<h1>about</h1>' });
			expect(await body(port(sub), '/lessons/engram/')).toEqual({ status: 200, text: '<h1>home</h1>' });
			expect(await body(port(server), '/nothing/here/')).toEqual({ status: 404, text: '<h1>not found</h1>' });
		}
	});
});

/** Status and text of a GET. */
async function body(port: number, path: string): Promise<{ status: number; text: string }> {
	const r = await fetch(`http://127.0.0.1:${port}${path}`);
	return { status: r.status, text: await r.text() };
}

// ── 3. No npx, and a clear stop when node_modules is missing ────────────────────────────────────

describe('scripts run the project’s own tools', () => {
	const files = [
		'scripts/test.mjs',
		'scripts/start.mjs',
		'scripts/build.mjs',
		'bench/run.mjs',
		'tests/e2e/offline.test.ts',
		...readdirSync(join(ROOT, 'tests', 'e2e'))
			.filter((f) => f.startsWith('edges'))
			.map((f) => `tests/e2e/${f}`)
	];

	it('never spawn npx (it installs an unrelated registry package when the local one is missing)', () => {
		for (const file of files) {
			const text = readFileSync(join(ROOT, file), 'utf8');
			expect(text, file).not.toMatch(/['"`]npx['"`]/);
		}
	});

	it('stop at once with a clear message when node_modules is missing, and call no npx', () => {
		const dir = mkdtempSync(join(tmpdir(), 'engram-no-modules-'));
		try {
			cpSync(join(ROOT, 'scripts'), join(dir, 'scripts'), { recursive: true });
			cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
			// A fake npx (and npm) first on PATH: if a script calls either, we see it.
			const bin = join(dir, 'fake-bin');
			mkdirSync(bin);
			const marker = join(dir, 'npx-was-called');
			for (const name of ['npx', 'npm']) {
				writeFileSync(join(bin, name), `#!/bin/sh\necho "$0 $@" >> "${marker}"\nexit 0\n`);
				chmodSync(join(bin, name), 0o755);
			}
			for (const script of ['scripts/test.mjs', 'scripts/start.mjs', 'scripts/build.mjs']) {
				const r = spawnSync(process.execPath, [script], {
					cwd: dir,
					encoding: 'utf8',
					timeout: 30_000,
					env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, ENGRAM_SKIP_E2E: '1' }
				});
				expect(r.status, `${script}: ${r.stdout}${r.stderr}`).not.toBe(0);
				expect(`${r.stdout}${r.stderr}`, script).toMatch(/node_modules/);
				expect(`${r.stdout}${r.stderr}`, script).toMatch(/npm ci/);
				expect(existsSync(marker), `${script} called: ${existsSync(marker) ? readFileSync(marker, 'utf8') : ''}`).toBe(false);
			}
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('a build on a fresh clone', () => {
	// tsconfig.json extends SvelteKit's generated tsconfig, and Vite's TypeScript transform stops with
	// "Tsconfig not found" without it: on a fresh clone the offline pass could start before the hosted
	// pass wrote it, and a build into another working folder (the bench's) never wrote it at all.
	it("writes the generated tsconfig that tsconfig.json extends, whatever this build's own working folder", async () => {
		expect(JSON.parse(readFileSync(join(ROOT, 'tsconfig.json'), 'utf8')).extends).toBe(`./${DEFAULT_KIT_DIR}/tsconfig.json`);
		const dir = mkdtempSync(join(tmpdir(), 'engram-fresh-'));
		try {
			// The project as a clone has it: its files (linked), no SvelteKit working folder.
			for (const name of readdirSync(ROOT)) {
				if (name.startsWith('.svelte-kit') || name.startsWith('build') || name.startsWith('.git')) continue;
				symlinkSync(join(ROOT, name), join(dir, name));
			}
			// As the bench builds (and as Vitest runs, VITEST set): into a working folder of its own.
			await ensureKitTsconfig({ cwd: dir, env: { ...process.env, ENGRAM_KIT_DIR: '.svelte-kit-elsewhere' } });
			expect(existsSync(join(dir, DEFAULT_KIT_DIR, 'tsconfig.json'))).toBe(true);
			expect(existsSync(join(dir, '.svelte-kit-elsewhere'))).toBe(false);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

// ── 8. Installing Chromium: bounded, and said out loud ──────────────────────────────────────────

describe('ensureChromium on a machine without one', () => {
	it('installs with a timeout and no recommended packages, and says what and why first', async () => {
		const calls: { cmd: string; args: string[]; options: { timeout?: number } }[] = [];
		const logs: string[] = [];
		let installed = false;
		const path = await ensureChromium({
			log: (s: string) => logs.push(s),
			find: () => (installed ? '/usr/bin/chromium' : undefined),
			isRoot: true,
			hasApt: true,
			run: (cmd, args, options) => {
				calls.push({ cmd, args, options });
				if (args.includes('install')) installed = true;
			}
		});
		expect(path).toBe('/usr/bin/chromium');
		const install = calls.find((c) => c.args.includes('install'));
		expect(install, JSON.stringify(calls)).toBeDefined();
		expect(install!.cmd).toBe('apt-get');
		expect(install!.args).toContain('--no-install-recommends');
		for (const c of calls) {
			expect(c.options.timeout, `${c.cmd} ${c.args.join(' ')}`).toBeGreaterThan(0);
			expect(c.options.timeout!).toBeLessThanOrEqual(15 * 60_000);
		}
		const said = logs.join('\n');
		expect(said).toMatch(/apt-get/);
		expect(said).toMatch(/root/);
		expect(said).toMatch(/CHROME_PATH/);
	});

	it('installs the headless shell when the tests ask for it, and names it when it cannot', async () => {
		const installs: string[][] = [];
		await ensureChromium({
			kind: 'shell',
			log: () => {},
			find: () => (installs.length ? '/usr/bin/chromium-headless-shell' : undefined),
			isRoot: true,
			hasApt: true,
			run: (_cmd, args) => void (args.includes('install') && installs.push(args))
		});
		expect(installs).toHaveLength(1);
		expect(installs[0].at(-1)).toBe('chromium-headless-shell');
		await expect(ensureChromium({ kind: 'shell', find: () => undefined, isRoot: false, hasApt: true })).rejects.toThrow(
			/apt-get install chromium-headless-shell/
		);
	});

	it('says so, with what to do, when apt-get fails', async () => {
		const failing = ensureChromium({
			kind: 'shell',
			log: () => {},
			find: () => undefined,
			isRoot: true,
			hasApt: true,
			run: async (_cmd, args) => {
				if (args.includes('install')) throw new Error('apt-get install exited with 100');
			}
		});
		await expect(failing).rejects.toThrow(/exited with 100.*apt-get install chromium-headless-shell.*CHROME_PATH/s);
	});

	it("runs apt-get's steps without blocking, and stops one that outlives its time limit", async () => {
		await expect(runCommand('true', [], { timeout: 10_000 })).resolves.toBeUndefined();
		await expect(runCommand('false', [], { timeout: 10_000 })).rejects.toThrow(/exited with 1/);
		// A 30 s sleep stopped at 0.3 s (were it not stopped, it would outlast the test's time limit), with
		// the event loop turning meanwhile.
		let ticks = 0;
		const poll = setInterval(() => ticks++, 10);
		await expect(runCommand('sleep', ['30'], { timeout: 300 })).rejects.toThrow(/took longer than 0\.3 s/);
		clearInterval(poll);
		expect(ticks).toBeGreaterThan(0);
	});
});

// ── 1, 5, 7. The service worker ─────────────────────────────────────────────────────────────────

type Listener = (event: { waitUntil(p: Promise<unknown>): void; respondWith?(p: Promise<Response>): void; request?: Request }) => void;

/** A small Cache Storage: one Map per cache name, keyed by URL path (what the worker uses). */
class FakeCaches {
	stores = new Map<string, Map<string, Response>>();
	async open(name: string) {
		if (!this.stores.has(name)) this.stores.set(name, new Map());
		const store = this.stores.get(name)!;
		const key = (r: string | Request) => new URL(typeof r === 'string' ? r : r.url, 'http://school.test').pathname;
		return {
			put: async (r: string | Request, res: Response) => void store.set(key(r), res),
			match: async (r: string | Request) => store.get(key(r))?.clone(),
			add: async (r: string) => void store.set(key(r), await worldFetch(r)),
			keys: async () => [...store.keys()]
		};
	}
	async keys() {
		return [...this.stores.keys()];
	}
	async delete(name: string) {
		return this.stores.delete(name);
	}
	async has(name: string) {
		return this.stores.has(name);
	}
}

/** What the network answers on http://school.test: our files under /, and another app's page. */
let online = true;
async function worldFetch(request: Request | string): Promise<Response> {
	if (!online) throw new TypeError('Failed to fetch');
	const url = new URL(typeof request === 'string' ? request : request.url, 'http://school.test');
	const headers: Record<string, string> = { 'content-type': 'text/html' };
	if (url.pathname.startsWith('/other/')) headers['cache-control'] = 'no-store';
	if (url.pathname === '/private-page/') headers['cache-control'] = 'private, max-age=0';
	// The build writes <lang>/not-found/ out as <lang>/404.html: the host has no not-found/ folder.
	if (url.pathname.endsWith('/not-found/')) return new Response('no such page', { status: 404 });
	const res = new Response(`page ${url.pathname}${url.search}`, { status: 200, headers });
	Object.defineProperty(res, 'type', { value: 'basic' });
	return res;
}

async function loadWorker(base: string) {
	const listeners = new Map<string, Listener>();
	const caches = new FakeCaches();
	const scope = {
		location: new URL(`http://school.test${base}/service-worker.js`),
		registration: { scope: `http://school.test${base}/` },
		skipWaiting: vi.fn(async () => {}),
		clients: { claim: vi.fn(async () => {}) },
		addEventListener: (type: string, fn: Listener) => listeners.set(type, fn)
	};
	vi.resetModules();
	vi.doMock('$service-worker', () => ({
		base,
		version: 'v2',
		build: [`${base}/_app/immutable/entry/app.js`],
		files: [`${base}/engram-embed.js`, `${base}/favicon.svg`, `${base}/engram-retire-service-worker.js`],
		prerendered: [
			`${base}/`,
			`${base}/about/`,
			`${base}/private-page/`,
			`${base}/not-found/`,
			`${base}/es/`,
			`${base}/es/about/`,
			`${base}/es/not-found/`
		]
	}));
	vi.stubGlobal('self', scope);
	vi.stubGlobal('caches', caches);
	vi.stubGlobal('fetch', worldFetch);
	await import('../../src/service-worker');
	const run = async (type: string, request?: Request) => {
		const waits: Promise<unknown>[] = [];
		let response: Promise<Response> | undefined;
		listeners.get(type)!({ request, waitUntil: (p) => waits.push(p), respondWith: (p) => (response = p) });
		await Promise.all(waits);
		return response;
	};
	const get = (path: string) => run('fetch', new Request(`http://school.test${path}`));
	/** A page load (a Request made in Node cannot say so itself). */
	const navigate = (path: string) => {
		const request = new Request(`http://school.test${path}`);
		Object.defineProperty(request, 'mode', { value: 'navigate' });
		return run('fetch', request);
	};
	const stored = () => [...caches.stores.values()].flatMap((s) => [...s.keys()]);
	return { scope, caches, run, get, navigate, stored };
}

describe('the service worker on a school server shared with other applications', () => {
	beforeEach(() => {
		online = true;
	});
	afterAll(() => {
		vi.unstubAllGlobals();
		vi.doUnmock('$service-worker');
	});

	it('leaves another application’s pages alone: not answered, not stored, not replayed offline (1)', async () => {
		const sw = await loadWorker('');
		await sw.run('install');
		await sw.run('activate');
		expect(await sw.get('/other/account.html?student=alice'), 'the worker does not answer for /other/').toBeUndefined();
		const stored = (await Promise.all([...sw.caches.stores.values()].map((s) => [...s.keys()]))).flat();
		expect(stored.filter((k) => k.startsWith('/other/'))).toEqual([]);
		// Nor for a path of ours it does not know (another app's folder inside ours, a typo).
		expect(await sw.get('/unknown/page.html')).toBeUndefined();
	});

	it('never stores a private or no-store answer, even for its own pages', async () => {
		const sw = await loadWorker('');
		await sw.run('install');
		await sw.run('activate');
		for (const [, store] of sw.caches.stores) expect([...store.keys()]).not.toContain('/private-page/');
		const res = await sw.get('/private-page/?q=1');
		expect(await res!.text()).toBe('page /private-page/?q=1');
		for (const [, store] of sw.caches.stores) expect([...store.keys()]).not.toContain('/private-page/');
	});

	it('still serves its own pages offline', async () => {
		const sw = await loadWorker('/lessons/engram');
		await sw.run('install');
		await sw.run('activate');
		online = false;
		const res = await sw.get('/lessons/engram/about/?figure.gain=2');
		expect(await res!.text()).toBe('page /lessons/engram/about/');
	});

	it('names its caches by its folder and deletes only its own older ones (5)', async () => {
		const sw = await loadWorker('/course-a');
		await sw.caches.open('engram-v1'); // an old copy at the root, from a build before this fix
		await sw.caches.open('engram:/course-b/:v1'); // another course on the same server
		await sw.caches.open('engram:/course-a/:v1'); // this copy, one version ago
		await sw.caches.open('other-app');
		await sw.run('install');
		await sw.run('activate');
		const names = await sw.caches.keys();
		expect(names).toContain('engram-v1');
		expect(names).toContain('engram:/course-b/:v1');
		expect(names).toContain('other-app');
		expect(names).not.toContain('engram:/course-a/:v1');
		expect(names.filter((n) => n.startsWith('engram:/course-a/'))).toHaveLength(1);
	});

	it('does not skip waiting: a new version waits until tabs running the old one are closed (7)', async () => {
		const sw = await loadWorker('');
		await sw.run('install');
		expect(sw.scope.skipWaiting).not.toHaveBeenCalled();
	});

	it('precaches the Spanish pages, and both not-found pages under the names the host serves them by', async () => {
		const sw = await loadWorker('/lessons/engram');
		await sw.run('install');
		expect(sw.stored()).toEqual(
			expect.arrayContaining([
				'/lessons/engram/es/',
				'/lessons/engram/es/about/',
				'/lessons/engram/404.html',
				'/lessons/engram/es/404.html'
			])
		);
		expect(sw.stored().filter((p) => p.includes('not-found'))).toEqual([]);
		expect(sw.stored().every((p) => p.startsWith('/lessons/engram/'))).toBe(true);
	});

	it('offline, a missing page in its folders gets the not-found page in its language (404); others are left alone', async () => {
		const sw = await loadWorker('/lessons/engram');
		await sw.run('install');
		await sw.run('activate');
		// Online, the host answers (and nothing is stored).
		const before = sw.stored().length;
		expect(await (await sw.navigate('/lessons/engram/es/typo/'))!.text()).toBe('page /lessons/engram/es/typo/');
		expect(sw.stored()).toHaveLength(before);
		online = false;
		const es = await sw.navigate('/lessons/engram/es/inhibitory-plasticity/typo/');
		expect(es!.status).toBe(404);
		expect(await es!.text()).toBe('page /lessons/engram/es/404.html');
		const en = await sw.navigate('/lessons/engram/about/typo');
		expect(en!.status).toBe(404);
		expect(await en!.text()).toBe('page /lessons/engram/404.html');
		// Not a folder of ours, or not a page load: not answered.
		expect(await sw.navigate('/other/account.html')).toBeUndefined();
		expect(await sw.navigate('/lessons/engram/other/account.html')).toBeUndefined();
		expect(await sw.get('/lessons/engram/es/typo.js')).toBeUndefined();
	});

	it('keeps a chart picture once a page has shown it, and nothing else from its folder', async () => {
		const sw = await loadWorker('');
		await sw.run('install');
		await sw.run('activate');
		expect(sw.stored().filter((p) => p.startsWith('/_charts/'))).toEqual([]);
		await sw.get('/_charts/0123abcd-wide-light.webp');
		expect(await sw.get('/_charts/../other/x.webp')).toBeUndefined();
		expect(await sw.get('/_charts/sub/x.webp')).toBeUndefined();
		online = false;
		expect(await (await sw.get('/_charts/0123abcd-wide-light.webp'))!.text()).toBe('page /_charts/0123abcd-wide-light.webp');
		expect(sw.stored().filter((p) => p.startsWith('/_charts/'))).toEqual(['/_charts/0123abcd-wide-light.webp']);
	});

	it('does not precache the retiring worker', async () => {
		const sw = await loadWorker('');
		await sw.run('install');
		const stored = [...sw.caches.stores.values()].flatMap((s) => [...s.keys()]);
		expect(stored).toContain('/engram-embed.js');
		expect(stored).not.toContain('/engram-retire-service-worker.js');
	});
});

// ── 2. The embed snippet's integrity hash ───────────────────────────────────────────────────────

describe('the embed snippet checks the script it loads', () => {
	const script = readFileSync(join(ROOT, 'static', 'engram-embed.js'));
	const expected = `sha384-${createHash('sha384').update(script).digest('base64')}`;

	it('the build-time hash is that of static/engram-embed.js', () => {
		expect(EMBED_SCRIPT_INTEGRITY).toBe(expected);
	});

	it('the snippet carries integrity and crossorigin on the script', () => {
		const html = embedSnippet(
			'https://school.test/engram/embed/a/b/',
			'A figure',
			'https://school.test/engram/engram-embed.js',
			560,
			EMBED_SCRIPT_INTEGRITY
		);
		expect(html).toContain(
			`<script src="https://school.test/engram/engram-embed.js" integrity="${expected}" crossorigin="anonymous" async></script>`
		);
	});
});
