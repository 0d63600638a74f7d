#!/usr/bin/env node
// `npm start`: build the site, then serve build/ on 127.0.0.1 and print the address.
import { spawnSync } from 'node:child_process';
import { localBin, requireNodeModules } from './bin.mjs';

requireNodeModules();
const [node, vite] = localBin('vite');
const build = spawnSync(node, [vite, 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const port = Number(process.env.PORT ?? 4173);
const { startServer } = await import('./serve.mjs');
const { url } = await startServer({ dir: process.env.ENGRAM_BUILD_DIR || 'build', port });
console.log(`\n  Engram is ready: open ${url}\n  (Ctrl+C to stop)\n`);
