#!/usr/bin/env node
/**
 * `npm run overlap -- <sources>`: lists runs of 9 or more words that the project's own text
 * (content/, src/, seeds/) shares word for word with the source articles, given as a folder of
 * plain-text files (*.txt, e.g. the published articles saved as text). The explainers are written
 * in our own words; a shared run of 9+ words is nearly always copied prose.
 *
 *   node scripts/overlap.mjs <sources-folder> [--words N]
 * Prints one line per shared run, then a count. Exit status 1 when any run is found.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';

const args = process.argv.slice(2);
const w = args.indexOf('--words');
const n = w >= 0 ? Number(args.splice(w, 2)[1]) : 9;
const [sources] = args;
if (!sources || !Number.isInteger(n) || n < 2) {
	console.error('Usage: node scripts/overlap.mjs <folder of source articles as .txt> [--words N]');
	process.exit(2);
}

const TEXT = new Set(['.svx', '.md', '.svelte', '.ts', '.js', '.json', '.html']);
const words = (text) => text.toLowerCase().match(/[a-z0-9]+(?:[.'][a-z0-9]+)*/g) ?? [];

function files(dir, keep) {
	const out = [];
	for (const name of readdirSync(dir)) {
		if (name === 'node_modules' || name.startsWith('.')) continue;
		const path = join(dir, name);
		if (statSync(path).isDirectory()) out.push(...files(path, keep));
		else if (keep(name)) out.push(path);
	}
	return out.sort();
}

/** Every n-word run of the sources, with the file it came from. */
const grams = new Map();
for (const file of files(sources, (f) => extname(f) === '.txt')) {
	const ws = words(readFileSync(file, 'utf8'));
	for (let i = 0; i + n <= ws.length; i++) {
		const g = ws.slice(i, i + n).join(' ');
		if (!grams.has(g)) grams.set(g, relative(sources, file));
	}
}
if (grams.size === 0) {
	console.error(`No .txt sources with ${n}+ words in ${sources}`);
	process.exit(2);
}

const hits = [];
for (const dir of ['content', 'src', 'seeds']) {
	if (!existsSync(dir)) continue;
	for (const file of files(dir, (f) => TEXT.has(extname(f)))) {
		const ws = words(readFileSync(file, 'utf8'));
		for (let i = 0; i + n <= ws.length;) {
			const g = ws.slice(i, i + n).join(' ');
			if (!grams.has(g)) {
				i++;
				continue;
			}
			let j = i + n;
			while (j < ws.length && grams.has(ws.slice(j - n + 1, j + 1).join(' '))) j++;
			hits.push(`${file} ~ ${grams.get(g)}: "${ws.slice(i, j).join(' ').slice(0, 160)}"`);
			i = j;
		}
	}
}
for (const h of hits) console.log(h);
console.log(`${hits.length} runs of ${n}+ words shared with the source articles`);
process.exit(hits.length ? 1 : 0);
