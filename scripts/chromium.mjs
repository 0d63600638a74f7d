/**
 * Finding (and, on a fresh machine, installing) the Chromium the tests drive.
 * No test tool can download its own browser here, so we use Debian's package.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { runCommand } from './bin.mjs';

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

/**
 * Two builds of Debian's Chromium, by what they are for:
 * - `full`, the browser a reader has (package chromium): screenshots and the bench;
 * - `shell`, Chromium's headless shell (package chromium-headless-shell): the same Blink, V8 and
 *   network stack as a program of its own, without the desktop browser around them. The end-to-end
 *   tests drive it, as Playwright does by default: measured here on whole test files, it does the
 *   same work for 20-35 % less CPU (the e2e phase of `npm test` is CPU-bound).
 */
const BROWSERS = {
	full: { package: 'chromium', paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'] },
	shell: { package: 'chromium-headless-shell', paths: ['/usr/bin/chromium-headless-shell'] }
};

/**
 * The path of a Chromium of that kind, or undefined. CHROME_PATH, when set, wins for both kinds. Asked
 * for the shell, a full Chromium does when no shell is there (the tests pass on either).
 * @param {'full' | 'shell'} [kind]
 */
export function findChromium(kind = 'full') {
	if (process.env.CHROME_PATH) {
		if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
		throw new Error(`CHROME_PATH is set to "${process.env.CHROME_PATH}", but there is no file there.`);
	}
	return BROWSERS[kind].paths.find((p) => existsSync(p)) ?? (kind === 'shell' ? findChromium('full') : undefined);
}

/** apt-get's two steps may each take this long before we give up (a stuck mirror must not hang CI). */
export const APT_TIMEOUT_MS = 10 * 60_000;

/**
 * The path of a Chromium of `kind` (see BROWSERS), installing Debian's package when running as root.
 * Asynchronous, so that the install (a download and an unpack, about 10 s on a fresh machine) can run
 * while other work does. The other options exist for tests: where to look, whether we are root with
 * apt-get, and how to run a command (by default runCommand: without blocking, with a time limit).
 * @param {{ kind?: 'full' | 'shell', log?: (line: string) => void, find?: () => string | undefined, isRoot?: boolean,
 *   hasApt?: boolean, run?: (cmd: string, args: string[], options: { timeout: number, killSignal?: NodeJS.Signals, env?: NodeJS.ProcessEnv }) => unknown }} [options]
 * @returns {Promise<string>}
 */
export async function ensureChromium({
	kind = 'full',
	log = console.log,
	find = () => findChromium(kind),
	isRoot = typeof process.getuid === 'function' && process.getuid() === 0,
	hasApt = undefined,
	run = runCommand
} = {}) {
	const found = find();
	if (found) return found;
	const { package: pkg, paths } = BROWSERS[kind];
	const apt = hasApt ?? spawnSync('which', ['apt-get']).status === 0;
	if (!isRoot || !apt) {
		throw new Error(
			`No Chromium found. Install one (on Debian: sudo apt-get install ${pkg}) or set CHROME_PATH ` +
				'to a Chromium or Chrome executable, then run the tests again.'
		);
	}
	log(
		'No Chromium found, and the end-to-end tests need one. Running as root with apt-get, so installing\n' +
			`   Debian's "${pkg}" package now: apt-get update, then apt-get install --no-install-recommends ${pkg}\n` +
			`   (about 10 s here; each step gives up after ${APT_TIMEOUT_MS / 60_000} min). To use another browser instead, set CHROME_PATH.`
	);
	const options = {
		timeout: APT_TIMEOUT_MS,
		killSignal: 'SIGTERM',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
	};
	try {
		await run('apt-get', ['update', '-qq'], options);
		await run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', pkg], options);
	} catch (e) {
		throw new Error(
			`Installing Chromium with apt-get failed or took longer than ${APT_TIMEOUT_MS / 60_000} min (${e.message}). ` +
				`Install it by hand (apt-get install ${pkg}) or set CHROME_PATH, then run the tests again.`,
			{ cause: e }
		);
	}
	const installed = find();
	if (!installed) throw new Error(`apt-get installed ${pkg}, but no executable was found at ${paths[0]}.`);
	return installed;
}

/** Launch headless Chromium through playwright-core. */
export async function launchChromium() {
	const { chromium } = await import('playwright-core');
	return chromium.launch({ executablePath: await ensureChromium(), args: LAUNCH_ARGS, headless: true });
}
