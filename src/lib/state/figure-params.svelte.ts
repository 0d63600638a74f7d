/**
 * A figure's live parameters, kept in step with the page URL.
 *
 * On mount the URL is read (bad values clamped or replaced by defaults); afterwards every change
 * is written back with SvelteKit's replaceState, debounced, so a copied link reproduces the view.
 * Prerendering never sees a query string, so reading happens only in the browser.
 */
import { onMount } from 'svelte';
import { replaceState } from '$app/navigation';
import { defaults, sanitize, type ParamSpec, type Params } from '../models/types';
import { getFigureMode } from './figure-context';
import { describeAdjustment, queryString, readParams, writeParams, type Adjustment } from './url';

export interface FigureParams {
	/** Reactive: read inside $derived/$effect, assign to change. */
	readonly values: Params;
	/** Keys whose URL value was unusable and was replaced (shown to the reader). */
	readonly adjusted: string[];
	/** Keys the page URL gave a number for (kept when a scroll step's preset is first applied). */
	readonly linked: ReadonlySet<string>;
	/** The reader's notice for those keys ("Excitability boost 99 → 3.0 SD (the slider's maximum)"), one per key. */
	readonly notices: string[];
	/** Query string for this figure's current values (keys prefixed unless `bare`). */
	query(bare?: boolean): string;
	/** Set several values at once (presets). */
	set(values: Partial<Params>): void;
	reset(): void;
}

export function figureParams(spec: readonly ParamSpec[], figureId: string): FigureParams {
	const mode = getFigureMode();
	const prefix = mode.embedded ? undefined : figureId;
	const values = $state<Params>(defaults(spec));
	let changes = $state<Adjustment[]>([]);
	// Set once on mount, read by step presets: not rendered, so a plain set.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	let linked: ReadonlySet<string> = new Set();
	let ready = false;
	let timer: ReturnType<typeof setTimeout> | undefined;

	onMount(() => {
		const read = readParams(spec, window.location.search, prefix);
		Object.assign(values, read.params);
		changes = read.changes;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		linked = new Set(read.linked);
		ready = true;
		return () => clearTimeout(timer);
	});

	$effect(() => {
		const snapshot = { ...values };
		if (!ready) return;
		clearTimeout(timer);
		timer = setTimeout(() => {
			const next = writeParams(spec, snapshot, window.location.search, prefix).toString();
			const current = window.location.search.replace(/^\?/, '');
			if (next === current) return;
			const url = `${window.location.pathname}${next ? `?${next}` : ''}${window.location.hash}`;
			try {
				// The page's own address with a new query: already resolved, as the reader loaded it.
				// eslint-disable-next-line svelte/no-navigation-without-resolve
				replaceState(url, {});
			} catch {
				// Before the router is ready (or in unusual hosts) the URL simply is not updated.
			}
		}, 250);
	});

	return {
		values,
		get adjusted() {
			return changes.map((c) => c.key);
		},
		get linked() {
			return linked;
		},
		get notices() {
			return changes.map((c) => describeAdjustment(spec, c));
		},
		query: (bare = false) => queryString(spec, values, bare ? undefined : figureId),
		set(next) {
			for (const p of spec) {
				const v = next[p.key];
				if (v !== undefined) values[p.key] = sanitize(p, v);
			}
		},
		reset() {
			Object.assign(values, defaults(spec));
		}
	};
}
