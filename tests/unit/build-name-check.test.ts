import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkBuildName } from '../../scripts/build-name-check.mjs';

const page = (name: string) => `<script>{ __sveltekit_${name} = { base: "" }; import("./_app/immutable/entry/start.js"); }</script>`;
const code = (name: string) => `async function start(){if(globalThis.__sveltekit_${name}.data){}}`;

let dir = '';
function build(files: Record<string, string>) {
	dir = mkdtempSync(join(tmpdir(), 'engram-name-'));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return dir;
}
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('checkBuildName', () => {
	it("passes a build whose pages all name the app's build, and returns the name", () => {
		const d = build({
			'_app/immutable/chunks/a.js': code('1xd'),
			'_app/immutable/entry/start.js': 'export{}',
			'index.html': page('1xd'),
			'es/teach/index.html': page('1xd'),
			// The 404 page has no app; the offline site carries its own.
			'404.html': '<script>relink("")</script>',
			'engram-offline.html': page('other') + `<script>${code('other')}</script>`
		});
		expect(checkBuildName(d)).toBe('1xd');
	});

	it('fails, naming the pages, when a page names another build (the race that stopped every page starting)', () => {
		const d = build({
			'_app/immutable/chunks/a.js': code('1xd'),
			'index.html': page('1xd'),
			'es/teach/index.html': page('39j')
		});
		expect(() => checkBuildName(d)).toThrow(/1 page\(s\) name another build .*__sveltekit_1xd.*es\/teach\/index\.html/);
	});

	it("fails when the app's code names no build, or two", () => {
		expect(() => checkBuildName(build({ '_app/immutable/a.js': 'export{}', 'index.html': page('1xd') }))).toThrow(/names 0 builds/);
		rmSync(dir, { recursive: true, force: true });
		expect(() =>
			checkBuildName(build({ '_app/immutable/a.js': code('1xd'), '_app/immutable/b.js': code('2ab'), 'index.html': page('1xd') }))
		).toThrow(/names 2 builds/);
	});
});
