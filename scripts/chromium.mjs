/**
 * Finding (and, on a fresh machine, installing) the Chromium the tests drive.
 * No test tool can download its own browser here, so we use Debian's package.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const LAUNCH_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-default-apps',
	'--disable-extensions',
	'--mute-audio'
];

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium() {
	if (process.env.CHROME_PATH) {
		if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
		throw new Error(`CHROME_PATH is set to "${process.env.CHROME_PATH}", but there is no file there.`);
	}
	return CANDIDATES.find((p) => existsSync(p));
}

/** Returns the path of a Chromium, installing Debian's package when running as root. */
export function ensureChromium({ log = console.log } = {}) {
	const found = findChromium();
	if (found) return found;
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	const hasApt = spawnSync('which', ['apt-get']).status === 0;
	if (!isRoot || !hasApt) {
		throw new Error(
			'No Chromium found. Install one (on Debian: sudo apt-get install chromium) or set CHROME_PATH ' +
				'to a Chromium or Chrome executable, then run the tests again.'
		);
	}
	log('Chromium not found: installing Debian\'s "chromium" package (about 20 s)...');
	execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
	execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
		stdio: 'inherit',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
	});
	const installed = findChromium();
	if (!installed) throw new Error('apt-get installed chromium, but no executable was found at /usr/bin/chromium.');
	return installed;
}

/** Launch headless Chromium through playwright-core. */
export async function launchChromium() {
	const { chromium } = await import('playwright-core');
	return chromium.launch({ executablePath: ensureChromium(), args: LAUNCH_ARGS, headless: true });
}
