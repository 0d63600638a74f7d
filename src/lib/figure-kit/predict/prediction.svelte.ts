/**
 * "Predict first" for one chart of a figure: the reader sketches a series before the figure shows
 * it, then reveals the answer (the model's output, or the study's reported values) over the sketch
 * with a comment computed from the difference.
 *
 *   off --Predict first / ?predict=1 / a link with a sketch--> sketching --Reveal--> revealed
 *   revealed --Try again--> sketching (sketch back at its start)       any --toggle--> off
 *   ?predict=0: off, and the toggle is not offered (a teacher's plain figure)
 *
 * The state lives in the URL like a figure's parameters (`<figureId>.predict=1`, `.sketch=<token>`,
 * `.reveal=1` on article pages; bare keys in embeds; the bare form is also read on article pages,
 * so a teacher's `?predict=1` works). Reading never throws: a bad token gives the starting sketch.
 * The figure passes `input` to its <Chart sketch> and draws `sketchSeries` / its answer series
 * according to `hidden` and `revealed`; the frame shows the toggle, the prompt, Reveal and the comment.
 */
import { onMount } from 'svelte';
import { replaceState } from '$app/navigation';
import type { Series } from '../../charts/types';
import type { SketchInput } from '../../charts/predict/sketch-input';
import { getFigureMode } from '../../state/figure-context';
import { decodeSketch, encodeSketch, snapValue, startSketch, type SketchSpec } from './sketch';

export interface PredictOptions {
	spec: SketchSpec;
	/** Whose answer is revealed: the model's output or the study's reported values. */
	source: 'model' | 'reported';
	/** The question the reader answers by sketching. */
	prompt: string;
	/** The comment on a revealed sketch, computed from its difference with the answer (see ./comment.ts). */
	comment: (sketch: readonly number[]) => string;
	/** Called when the mode turns on (by the toggle or a link): a figure may set the scene the question is about. */
	onStart?: () => void;
	/** Palette index of the sketch (default 6, the neutral grey: the reader's line, not the figure's). */
	style?: number;
}

export interface Prediction {
	/** Predict-first mode is on. */
	readonly on: boolean;
	/** The toggle is offered (not with ?predict=0). */
	readonly offered: boolean;
	readonly revealed: boolean;
	/** The figure hides the predicted series (and what would give it away): on and not revealed. */
	readonly hidden: boolean;
	readonly values: readonly number[];
	readonly source: 'model' | 'reported';
	readonly prompt: string;
	/** The comment once revealed ('' before). */
	readonly comment: string;
	/** For <Chart sketch>. */
	readonly input: SketchInput;
	/** The sketch as a chart series (dashed, with markers); `xs` maps each point to the chart's x. */
	sketchSeries(label: string, category?: boolean): Series;
	toggle(): void;
	reveal(): void;
	tryAgain(): void;
}

export function prediction(figureId: string, options: PredictOptions): Prediction {
	const { spec } = options;
	const mode = getFigureMode();
	const names = (key: string) => (mode.embedded ? [key] : [`${figureId}.${key}`, key]);
	let on = $state(false);
	let offered = $state(true);
	let revealed = $state(false);
	let values = $state<number[]>(startSketch(spec));
	let ready = false;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const comment = $derived(revealed ? options.comment(values) : '');

	onMount(() => {
		const q = safeQuery(window.location.search);
		const get = (key: string) => {
			const name = names(key).find((n) => q.has(n));
			return name === undefined ? undefined : q.get(name);
		};
		const flag = get('predict');
		const sketch = decodeSketch(spec, get('sketch'));
		if (flag === '0') offered = false;
		else if (flag === '1' || sketch) on = true;
		if (on && sketch) values = sketch;
		if (on && get('reveal') === '1') revealed = true;
		ready = true;
		if (on) options.onStart?.();
		return () => clearTimeout(timer);
	});

	// Written back like figureParams does: debounced, other keys left alone.
	$effect(() => {
		const state = { on, offered, revealed, token: encodeSketch(spec, values) };
		if (!ready) return;
		clearTimeout(timer);
		timer = setTimeout(() => {
			const q = safeQuery(window.location.search);
			const [name] = names('');
			const prefix = name; // "<id>." on article pages, "" in embeds
			// A teacher's bare key on an article page is rewritten in the figure's own form.
			for (const key of ['predict', 'sketch', 'reveal']) {
				q.delete(`${prefix}${key}`);
				q.delete(key);
			}
			if (!state.offered) q.set(`${prefix}predict`, '0');
			else if (state.on) {
				q.set(`${prefix}predict`, '1');
				if (state.token !== encodeSketch(spec, startSketch(spec))) q.set(`${prefix}sketch`, state.token);
				if (state.revealed) q.set(`${prefix}reveal`, '1');
			}
			const next = q.toString();
			if (next === window.location.search.replace(/^\?/, '')) return;
			try {
				// eslint-disable-next-line svelte/no-navigation-without-resolve
				replaceState(`${window.location.pathname}${next ? `?${next}` : ''}${window.location.hash}`, {});
			} catch {
				// Before the router is ready the URL simply is not updated.
			}
		}, 250);
	});

	const input: SketchInput = {
		get active() {
			return on && !revealed;
		},
		get xs() {
			return spec.xs;
		},
		get values() {
			return values;
		},
		min: spec.min,
		max: spec.max,
		step: spec.step,
		bigStep: spec.bigStep,
		set(index, value) {
			if (!(index >= 0 && index < values.length)) return values[0] ?? spec.start;
			const v = snapValue(spec, value);
			if (values[index] !== v) values[index] = v;
			return v;
		}
	};

	return {
		get on() {
			return on;
		},
		get offered() {
			return offered;
		},
		get revealed() {
			return revealed;
		},
		get hidden() {
			return on && !revealed;
		},
		get values() {
			return values;
		},
		source: options.source,
		prompt: options.prompt,
		get comment() {
			return comment;
		},
		input,
		sketchSeries(label, category = false) {
			return {
				label,
				data: category ? [...values] : spec.xs.map((x, i) => ({ x, y: values[i] })),
				style: options.style ?? 6,
				sketch: true
			};
		},
		toggle() {
			on = !on;
			revealed = false;
			if (on) options.onStart?.();
		},
		reveal() {
			revealed = true;
		},
		tryAgain() {
			revealed = false;
			values = startSketch(spec);
		}
	};
}

function safeQuery(search: string): URLSearchParams {
	try {
		return new URLSearchParams(search);
	} catch {
		return new URLSearchParams();
	}
}
