#!/usr/bin/env node
// `npm start`: build the site (`npm run build`: the hosted site and, in it, the one-file offline
// site the home page offers), then serve it on 127.0.0.1 and print the address.
import { spawnSync } from 'node:child_process';
import { requireNodeModules } from './bin.mjs';

requireNodeModules();
const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const port = Number(process.env.PORT ?? 4173);
const { startServer } = await import('./serve.mjs');
const { BUILD_DIR } = await import('./paths.mjs');
const { url } = await startServer({ dir: BUILD_DIR, port });
console.log(`\n  Engram is ready: open ${url}\n  (Ctrl+C to stop)\n`);
