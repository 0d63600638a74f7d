import { browser } from '$app/environment';
import { pageProse } from '$lib/pages';
import { lazyFigure } from '$lib/figure-kit/lazy-figure';
import type { TeachPageData } from './page-data';
import type { PageLoad } from './$types';

// The embed builder sits far down the page: like a figure, its code (sliders, snippet, preview, every
// figure's embed height) loads when the teacher scrolls near it or touches it (lazy-figure.ts), and
// until then its prerendered form stands. The server renders it in full.
const loadBuilder = () => import('./EmbedBuilder.svelte');
// The same for the teacher tips (every figure's parameters, presets and QR codes), further down still.
const loadTips = () => import('./TeacherTips.svelte');

// What each lesson's article draws on, the lesson plans and the figure cards come from the
// server's data (+page.server.ts); the one-file offline site has none and loads the same here
// (./page-data.ts).
export const load: PageLoad = async ({ data }) => {
	const [prose, teach, builder, tips] = await Promise.all([
		pageProse('teach'),
		data ?? import('./page-data').then((d): Promise<TeachPageData> => d.teachPageData()),
		browser ? undefined : loadBuilder(),
		browser ? undefined : loadTips()
	]);
	return { prose, ...teach, builder: lazyFigure(loadBuilder, builder?.default), tips: lazyFigure(loadTips, tips?.default) };
};
