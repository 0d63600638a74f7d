#!/usr/bin/env node
/**
 * A small static file server for the built site (no dependencies).
 *   node scripts/serve.mjs [dir=build] [port=4173] [--base /sub/path] [--host 127.0.0.1] [--no-gzip]
 * Serves <dir> under <base>, answers directories with index.html, redirects /x to /x/ when
 * x is a directory, and answers anything missing with the nearest 404.html above it (<dir>/es/404.html
 * for a Spanish page, else <dir>/404.html) and status 404 — as a typical static host does. Text (pages,
 * scripts, styles, data) goes gzipped to a browser that asks for it, as on any host worth the name
 * (GitHub Pages, Netlify, Cloudflare): the bench's Lighthouse then sees what a reader downloads, not
 * the raw bytes (an article's page is 160–280 kB raw, 30–37 kB gzipped).
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const MIME = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.webp': 'image/webp',
	'.jpg': 'image/jpeg',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.woff2': 'font/woff2'
};

/** The types worth compressing (images and fonts are compressed already). */
const TEXT = /^(text\/|application\/(json|manifest\+json)|image\/svg\+xml)/;
/** Below this a gzip header and trailer cost more than they save. */
const GZIP_FROM = 1024;

/** Whether a request's Accept-Encoding takes gzip (and does not refuse it with q=0). */
export function acceptsGzip(header = '') {
	return header.split(',').some((part) => {
		const [name, ...params] = part.trim().split(';');
		const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
		return (name.trim() === 'gzip' || name.trim() === '*') && (q === undefined || Number(q.slice(2)) > 0);
	});
}

/** SvelteKit's content-hashed files (relative to the served folder). */
const IMMUTABLE = /^\/_app\/immutable\//;

/** What is at an absolute path, in memory mode: 'dir', 'none', or the file's bytes (shared by servers of one folder). */
const known = new Map();

/**
 * Stops an HTTP server and drops its connections: a browser keeps sockets open (some opened before
 * any request), which server.close() alone would wait for until the server's header timeout (a minute).
 * @param {import('node:http').Server} server
 * @returns {Promise<void>}
 */
export function stopServer(server) {
	return new Promise((ok) => {
		server.close(() => ok());
		server.closeAllConnections();
	});
}

/**
 * `memory`: each file is read once and then served from memory, for a build that does not change while
 * served (the e2e tests: thousands of requests, where opening, reading and closing every file again was
 * a third of the test runner's own CPU). Without it every request reads the disk, so a new build shows
 * at once.
 */
export function startServer({ dir = 'build', port = 4173, host = '127.0.0.1', base = '', memory = false, gzip = true } = {}) {
	const root = resolve(dir);
	/** Gzipped bodies, by file and (read from disk) its size and time, made once each. */
	const gzipped = new Map();
	function at(file) {
		if (memory && known.has(file)) return known.get(file);
		let found = 'none';
		if (existsSync(file)) found = statSync(file).isDirectory() ? 'dir' : memory ? readFileSync(file) : 'file';
		if (memory) known.set(file, found);
		return found;
	}
	const prefix = base.replace(/\/+$/, '');
	const server = createServer((req, res) => {
		// A request must never take the server down: anything unexpected is a 400.
		try {
			handle(req, res);
		} catch {
			if (!res.headersSent) res.writeHead(400, { 'content-type': 'text/plain' });
			res.end('Bad request');
		}
	});

	function handle(req, res) {
		const url = new URL(req.url ?? '/', 'http://localhost');
		// Redirects are built from the path as it came (still percent-encoded), never from the
		// decoded one: "/%2F%2Fevil.example" must not become "//evil.example", a link to another host.
		const encoded = '/' + url.pathname.replace(/^[/\\]+/, '');
		let path;
		try {
			path = decodeURIComponent(url.pathname);
		} catch {
			return badRequest(res);
		}
		// Control characters (CR/LF could split a header): refused, never echoed into a Location.
		// eslint-disable-next-line no-control-regex -- matching control characters is the point
		if (/[\u0000-\u001f\u007f]/.test(path)) return badRequest(res);
		if (prefix && !path.startsWith(prefix + '/') && path !== prefix) return notFound(req, res);
		if (prefix && path === prefix) return redirect(res, encoded + '/' + url.search);
		const rel = prefix ? path.slice(prefix.length) : path;
		const file = normalize(join(root, rel));
		if (file !== root && !file.startsWith(root + sep)) return notFound(req, res);
		const found = at(file);
		if (found === 'dir') {
			if (!path.endsWith('/')) return redirect(res, encoded + '/' + url.search);
			return send(req, res, join(file, 'index.html'), 200);
		}
		if (found !== 'none') return send(req, res, file, 200);
		return notFound(req, res, file);
	}

	/** The file gzipped, when the browser takes it and it is text worth compressing; else undefined. */
	function compressed(req, file, body, type) {
		if (!gzip || !TEXT.test(type) || !acceptsGzip(req.headers['accept-encoding'])) return undefined;
		const stat = Buffer.isBuffer(body) ? undefined : statSync(file);
		if (stat && stat.size < GZIP_FROM) return undefined;
		const key = stat ? `${file}|${stat.size}|${stat.mtimeMs}` : file;
		let zipped = gzipped.get(key);
		if (!zipped) {
			const raw = Buffer.isBuffer(body) ? body : readFileSync(file);
			if (raw.length < GZIP_FROM) return undefined;
			zipped = gzipSync(raw);
			gzipped.set(key, zipped);
		}
		return zipped;
	}

	function send(req, res, file, status) {
		const body = at(file);
		if (body === 'none' || body === 'dir') return notFound(req, res);
		const type = MIME[extname(file)] ?? 'application/octet-stream';
		const zipped = compressed(req, file, body, type);
		res.writeHead(status, {
			'content-type': type,
			...(gzip && TEXT.test(type) ? { vary: 'accept-encoding' } : {}),
			...(zipped ? { 'content-encoding': 'gzip', 'content-length': zipped.length } : {}),
			// Hashed build files never change under their name (as on any good host); everything else is
			// asked for again each time, so a new build shows at once.
			'cache-control': IMMUTABLE.test(file.slice(root.length).split(sep).join('/')) ? 'public, max-age=31536000, immutable' : 'no-cache',
			// The embed snippet loads this script with an integrity check, which needs CORS on another site.
			...(file.endsWith(`${sep}engram-embed.js`) ? { 'access-control-allow-origin': '*' } : {})
		});
		if (zipped) return res.end(zipped);
		if (Buffer.isBuffer(body)) return res.end(body);
		createReadStream(file)
			.on('error', () => res.destroy())
			.pipe(res);
	}
	/** The nearest 404.html above the missing file (/es/404.html for /es/…), as Cloudflare Pages does. */
	function notFound(req, res, missing = root) {
		for (let dir = dirname(missing); dir.startsWith(root + sep); dir = dirname(dir)) {
			if (at(join(dir, '404.html')) !== 'none') return send(req, res, join(dir, '404.html'), 404);
		}
		const page = join(root, '404.html');
		if (at(page) !== 'none') return send(req, res, page, 404);
		res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
	}
	function badRequest(res) {
		res.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request');
	}
	function redirect(res, location) {
		res.writeHead(301, { location }).end();
	}

	return new Promise((ok, fail) => {
		server.once('error', fail);
		server.listen(port, host, () => {
			const address = server.address();
			const actualPort = typeof address === 'object' && address ? address.port : port;
			ok({
				server,
				url: `http://${host}:${actualPort}${prefix}/`,
				close: () => stopServer(server)
			});
		});
	});
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const args = process.argv.slice(2);
	const opt = (name, fallback) => {
		const i = args.indexOf(name);
		return i >= 0 ? args.splice(i, 2)[1] : fallback;
	};
	// --no-gzip: serve every file as it is, as a host without compression does (python -m http.server).
	const gzip = !args.includes('--no-gzip');
	if (!gzip) args.splice(args.indexOf('--no-gzip'), 1);
	const base = opt('--base', '');
	const host = opt('--host', '127.0.0.1');
	const [dir = 'build', port = '4173'] = args;
	if (!existsSync(dir)) {
		console.error(`No "${dir}" folder: run "npm run build" first.`);
		process.exit(1);
	}
	const { url } = await startServer({ dir, port: Number(port), host, base, gzip });
	console.log(`\n  Engram is being served at ${url}\n  (Ctrl+C to stop)\n`);
}
