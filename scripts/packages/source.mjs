/**
 * Where the packages get the site from: the one-file offline build. This is the one place to
 * repoint if that build moves (ENGRAM_OFFLINE_FILE overrides it, as in vite.offline.config.ts).
 * Missing: it is built with `npm run build:offline` first.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

export const OFFLINE_FILE = process.env.ENGRAM_OFFLINE_FILE || 'offline/engram-offline.html';

/** @returns {string} the offline page's HTML */
export function offlineHtml({ rebuild = false } = {}) {
	if (rebuild || !existsSync(OFFLINE_FILE)) {
		console.log(`build:packages: building the offline site first (${OFFLINE_FILE})…`);
		execFileSync('npm', ['run', '--silent', 'build:offline'], { stdio: 'inherit' });
	}
	if (!existsSync(OFFLINE_FILE)) {
		throw new Error(`No offline site at ${OFFLINE_FILE} after "npm run build:offline".`);
	}
	return readFileSync(OFFLINE_FILE, 'utf8');
}
