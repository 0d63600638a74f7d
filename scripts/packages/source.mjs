/**
 * Where the packages get the site from: the one-file offline build, which `npm run build` writes
 * into the build folder (scripts/build-offline.mjs). This is the one place to repoint if that
 * build moves (ENGRAM_OFFLINE_FILE overrides it). Missing: it is built with `npm run build` first.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_DIR, OFFLINE_FILE_NAME } from '../paths.mjs';

export const OFFLINE_FILE = process.env.ENGRAM_OFFLINE_FILE || join(BUILD_DIR, OFFLINE_FILE_NAME);

/** @returns {string} the offline page's HTML */
export function offlineHtml({ rebuild = false } = {}) {
	if (rebuild || !existsSync(OFFLINE_FILE)) {
		console.log(`build:packages: building the offline site first (${OFFLINE_FILE})…`);
		execFileSync('npm', ['run', '--silent', existsSync(join(BUILD_DIR, 'index.html')) ? 'build:offline' : 'build'], { stdio: 'inherit' });
	}
	if (!existsSync(OFFLINE_FILE)) {
		throw new Error(`No offline site at ${OFFLINE_FILE} after building it.`);
	}
	return readFileSync(OFFLINE_FILE, 'utf8');
}
