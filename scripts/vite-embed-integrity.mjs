/**
 * `import { integrity } from 'virtual:engram-embed-integrity'`: the Subresource Integrity hash
 * ("sha384-…") of static/engram-embed.js, computed when the site is built. The embed snippet puts
 * it on its <script> tag, so an LMS page runs the script only if it is exactly the file we built:
 * a compromised or altered copy on the host is refused by the browser.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ID = 'virtual:engram-embed-integrity';
const RESOLVED = '\0engram-embed-integrity.js';

/** The SRI value of a file's bytes. */
export function sriOf(bytes) {
	return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** @returns {import('vite').Plugin} */
export function embedIntegrity() {
	let root = process.cwd();
	return {
		name: 'engram:embed-integrity',
		configResolved(config) {
			root = config.root;
		},
		resolveId(source) {
			return source === ID ? RESOLVED : null;
		},
		load(id) {
			if (id !== RESOLVED) return null;
			const file = join(root, 'static', 'engram-embed.js');
			this.addWatchFile(file);
			return `export const integrity = ${JSON.stringify(sriOf(readFileSync(file)))};`;
		}
	};
}
