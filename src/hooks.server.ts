/**
 * While the site is prerendered, charts are also drawn as pictures (issue 14): the painter is
 * installed here, once per build, so the browser's code never imports the Node canvas.
 * Not in dev (pictures would be drawn on every request) and not in the one-file offline build
 * (which prerenders nothing and has no folder to put pictures in).
 */
import type { ServerInit } from '@sveltejs/kit';
import { building } from '$app/environment';
import { PICTURES_DIR } from '../scripts/paths.mjs';

export const init: ServerInit = async () => {
	if (!building || process.env.ENGRAM_OFFLINE_ROUTES) return;
	const [{ buildPainter }, { setChartPainter }] = await Promise.all([import('$lib/charts/pictures-build'), import('$lib/charts/pictures')]);
	setChartPainter(buildPainter(PICTURES_DIR));
};
