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

/** apt-get's two steps may each take this long before we give up (a stuck mirror must not hang CI). */
export const APT_TIMEOUT_MS = 10 * 60_000;

/**
 * Returns the path of a Chromium, installing Debian's package when running as root.
 * The options exist for tests: where to look, whether we are root with apt-get, and how to run it.
 * @param {{ log?: (line: string) => void, find?: () => string | undefined, isRoot?: boolean,
 *   hasApt?: boolean, run?: (cmd: string, args: string[], options: import('node:child_process').ExecFileSyncOptions) => unknown }} [options]
 * @returns {string}
 */
export function ensureChromium({
	log = console.log,
	find = findChromium,
	isRoot = typeof process.getuid === 'function' && process.getuid() === 0,
	hasApt = undefined,
	run = (cmd, args, options) => execFileSync(cmd, args, options)
} = {}) {
	const found = find();
	if (found) return found;
	const apt = hasApt ?? spawnSync('which', ['apt-get']).status === 0;
	if (!isRoot || !apt) {
		throw new Error(
			'No Chromium found. Install one (on Debian: sudo apt-get install chromium) or set CHROME_PATH ' +
				'to a Chromium or Chrome executable, then run the tests again.'
		);
	}
	log(
		'No Chromium found, and the end-to-end tests need one. Running as root with apt-get, so installing\n' +
			'   Debian\'s "chromium" package now: apt-get update, then apt-get install --no-install-recommends chromium\n' +
			`   (about 20 s; each step gives up after ${APT_TIMEOUT_MS / 60_000} min). To use another browser instead, set CHROME_PATH.`
	);
	const options = {
		stdio: 'inherit',
		timeout: APT_TIMEOUT_MS,
		killSignal: 'SIGTERM',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
	};
	try {
		run('apt-get', ['update', '-qq'], options);
		run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], options);
	} catch (e) {
		throw new Error(
			`Installing Chromium with apt-get failed or took longer than ${APT_TIMEOUT_MS / 60_000} min (${e.message}). ` +
				'Install it by hand (apt-get install chromium) or set CHROME_PATH, then run the tests again.',
			{ cause: e }
		);
	}
	const installed = find();
	if (!installed) throw new Error('apt-get installed chromium, but no executable was found at /usr/bin/chromium.');
	return installed;
}

/** Launch headless Chromium through playwright-core. */
export async function launchChromium() {
	const { chromium } = await import('playwright-core');
	return chromium.launch({ executablePath: ensureChromium(), args: LAUNCH_ARGS, headless: true });
}
