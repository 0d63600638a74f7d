#!/usr/bin/env node
/**
 * `npm run build`: the hosted site (`vite build`, into build/) and the one-file offline site
 * (scripts/build-offline.mjs) at the same time, then the one file into build/. The two passes share
 * no folder: the hosted one writes .svelte-kit/ and build/, the offline one .svelte-kit-offline/.
 * Side by side they keep two cores busy where one after the other left one idle for most of the
 * offline pass (each is mostly one thread), and `npm test` runs the build beside its other checks.
 * The messages are compiled first, once (scripts/paraglide.mjs): each pass's Vite would otherwise
 * find them out of date and compile them into the same folder at the same time. So is SvelteKit's
 * generated tsconfig, on a fresh clone (ensureKitTsconfig, in bin.mjs, says why).
 */
import { ensureKitTsconfig, requireNodeModules, runTool } from './bin.mjs';
import { compileMessages } from './paraglide.mjs';
import { buildOfflineApp, describeOfflineFile, writeOfflineFile } from './build-offline.mjs';

requireNodeModules();

try {
	compileMessages();
	await ensureKitTsconfig();
	// Both run to their end even when one fails, so that neither is cut off mid-write.
	const passes = await Promise.allSettled([runTool('vite', ['build'], { failure: 'The build failed.' }), buildOfflineApp()]);
	for (const pass of passes) if (pass.status === 'rejected') throw pass.reason;
	console.log(describeOfflineFile(writeOfflineFile()));
} catch (e) {
	console.error(e instanceof Error ? e.message : e);
	process.exit(1);
}
