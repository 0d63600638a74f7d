import { browser } from '$app/environment';
import { pageProse } from '$lib/pages';
import { allSeeds } from '$lib/article-content';
import { lazyFigure } from '$lib/figure-kit/lazy-figure';
import { loadLessons } from '$lib/lessons/load';
import type { PageLoad } from './$types';

// The embed builder sits far down the page: like a figure, its code (sliders, snippet, preview, every
// figure's embed height) loads when the teacher scrolls near it or touches it (lazy-figure.ts), and
// until then its prerendered form stands. The server renders it in full.
const loadBuilder = () => import('./EmbedBuilder.svelte');
// The same for the teacher tips (every figure's parameters, presets and QR codes), further down still.
const loadTips = () => import('./TeacherTips.svelte');

// The seeds name what each lesson's article draws on (loaded, not imported: see the home page's load);
// the lesson plans in the reader's language only.
export const load: PageLoad = async () => {
	const [prose, seeds, lessons, builder, tips] = await Promise.all([
		pageProse('teach'),
		allSeeds(),
		loadLessons(),
		browser ? undefined : loadBuilder(),
		browser ? undefined : loadTips()
	]);
	return { prose, seeds, lessons, builder: lazyFigure(loadBuilder, builder?.default), tips: lazyFigure(loadTips, tips?.default) };
};
