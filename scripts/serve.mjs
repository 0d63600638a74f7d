#!/usr/bin/env node
/**
 * A small static file server for the built site (no dependencies).
 *   node scripts/serve.mjs [dir=build] [port=4173] [--base /sub/path] [--host 127.0.0.1]
 * Serves <dir> under <base>, answers directories with index.html, redirects /x to /x/ when
 * x is a directory, and answers anything missing with the nearest 404.html above it (<dir>/es/404.html
 * for a Spanish page, else <dir>/404.html) and status 404 — as a typical static host does.
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';

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

/** SvelteKit's content-hashed files (relative to the served folder). */
const IMMUTABLE = /^\/_app\/immutable\//;

/** What is at an absolute path, in memory mode: 'dir', 'none', or the file's bytes (shared by servers of one folder). */
const known = new Map();

/**
 * `memory`: each file is read once and then served from memory, for a build that does not change while
 * served (the e2e tests: thousands of requests, where opening, reading and closing every file again was
 * a third of the test runner's own CPU). Without it every request reads the disk, so a new build shows
 * at once.
 */
export function startServer({ dir = 'build', port = 4173, host = '127.0.0.1', base = '', memory = false } = {}) {
	const root = resolve(dir);
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
		if (prefix && !path.startsWith(prefix + '/') && path !== prefix) return notFound(res);
		if (prefix && path === prefix) return redirect(res, encoded + '/' + url.search);
		const rel = prefix ? path.slice(prefix.length) : path;
		const file = normalize(join(root, rel));
		if (file !== root && !file.startsWith(root + sep)) return notFound(res);
		const found = at(file);
		if (found === 'dir') {
			if (!path.endsWith('/')) return redirect(res, encoded + '/' + url.search);
			return send(res, join(file, 'index.html'), 200);
		}
		if (found !== 'none') return send(res, file, 200);
		return notFound(res, file);
	}

	function send(res, file, status) {
		const body = at(file);
		if (body === 'none' || body === 'dir') return notFound(res);
		res.writeHead(status, {
			'content-type': MIME[extname(file)] ?? 'application/octet-stream',
			// Hashed build files never change under their name (as on any good host); everything else is
			// asked for again each time, so a new build shows at once.
			'cache-control': IMMUTABLE.test(file.slice(root.length).split(sep).join('/')) ? 'public, max-age=31536000, immutable' : 'no-cache',
			// The embed snippet loads this script with an integrity check, which needs CORS on another site.
			...(file.endsWith(`${sep}engram-embed.js`) ? { 'access-control-allow-origin': '*' } : {})
		});
		if (Buffer.isBuffer(body)) return res.end(body);
		createReadStream(file)
			.on('error', () => res.destroy())
			.pipe(res);
	}
	/** The nearest 404.html above the missing file (/es/404.html for /es/…), as Cloudflare Pages does. */
	function notFound(res, missing = root) {
		for (let dir = dirname(missing); dir.startsWith(root + sep); dir = dirname(dir)) {
			if (at(join(dir, '404.html')) !== 'none') return send(res, join(dir, '404.html'), 404);
		}
		const page = join(root, '404.html');
		if (at(page) !== 'none') return send(res, page, 404);
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
			ok({ server, url: `http://${host}:${actualPort}${prefix}/`, close: () => new Promise((r) => server.close(r)) });
		});
	});
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const args = process.argv.slice(2);
	const opt = (name, fallback) => {
		const i = args.indexOf(name);
		return i >= 0 ? args.splice(i, 2)[1] : fallback;
	};
	const base = opt('--base', '');
	const host = opt('--host', '127.0.0.1');
	const [dir = 'build', port = '4173'] = args;
	if (!existsSync(dir)) {
		console.error(`No "${dir}" folder: run "npm run build" first.`);
		process.exit(1);
	}
	const { url } = await startServer({ dir, port: Number(port), host, base });
	console.log(`\n  Engram is being served at ${url}\n  (Ctrl+C to stop)\n`);
}
