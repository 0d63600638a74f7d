import { fixed as fixedText } from '../ui/format';

/**
 * A model parameter as the model declares it: key, range and unit. Its wording (label, meaning)
 * is not the model's business: it lives in the message files, and a figure joins the two with
 * `withText` into a ParamSpec.
 */
export interface ParamRange {
	/** Short key used in the URL query string, e.g. `gain`. Letters, digits and `-` only. */
	key: string;
	/** Unit shown after the value ("Hz", "ms", "×", "" for none). */
	unit: string;
	min: number;
	max: number;
	step: number;
	default: number;
	/** Optional formatter for the live value (defaults to step-based decimals). */
	format?: (value: number) => string;
}

/**
 * A model parameter, described once, with its wording. The same spec drives the slider, the URL
 * state, the data-table headers and the property tests.
 */
export interface ParamSpec extends ParamRange {
	/** Human label, e.g. "Tuning gain". */
	label: string;
	/** One line saying what the parameter means, shown under the slider. */
	meaning: string;
}

/**
 * The wording of a model's parameters, by key. Functions (message functions), so the text is read
 * in the reader's language each time it is shown, never once when a module loads. `unit` and
 * `format` replace the range's where the unit is a word or the value needs locale formatting.
 */
export type ParamText = Record<
	string,
	{ label: () => string; meaning: () => string; unit?: () => string; format?: (value: number) => string }
>;

/** A model's ranges with their wording: the spec a figure, its sliders and its URL state use. */
export function withText(ranges: readonly ParamRange[], text: ParamText): ParamSpec[] {
	return ranges.map((range) => {
		const t = text[range.key];
		if (!t) throw new Error(`No wording for parameter "${range.key}".`);
		const out = { ...range } as ParamSpec;
		Object.defineProperty(out, 'label', { get: t.label, enumerable: true, configurable: true });
		Object.defineProperty(out, 'meaning', { get: t.meaning, enumerable: true, configurable: true });
		if (t.unit) Object.defineProperty(out, 'unit', { get: t.unit, enumerable: true, configurable: true });
		if (t.format) out.format = t.format;
		return out;
	});
}

export type Params<K extends string = string> = Record<K, number>;

/** Default values of a spec as a params object. */
export function defaults(spec: readonly ParamRange[]): Params {
	const out: Params = {};
	for (const p of spec) out[p.key] = p.default;
	return out;
}

/** Number of decimals implied by a step (0.05 -> 2, 1 -> 0, 1e-3 -> 3). */
export function decimalsOf(step: number): number {
	if (!Number.isFinite(step) || step <= 0) return 0;
	const s = step.toString();
	if (s.includes('e-')) return Number(s.split('e-')[1]);
	const dot = s.indexOf('.');
	return dot < 0 ? 0 : s.length - dot - 1;
}

/** Clamp to [min, max] and snap to the step grid anchored at min. Non-finite input gives the default. */
export function sanitize(p: ParamRange, value: number): number {
	if (typeof value !== 'number' || !Number.isFinite(value)) return p.default;
	const clamped = Math.min(p.max, Math.max(p.min, value));
	const steps = Math.round((clamped - p.min) / p.step);
	const snapped = p.min + steps * p.step;
	const fixed = Number(snapped.toFixed(decimalsOf(p.step)));
	// Rounding can push past max when (max - min) is not a whole number of steps.
	const inRange = Math.min(p.max, Math.max(p.min, fixed));
	return Object.is(inRange, -0) ? 0 : inRange;
}

/** The value as the slider shows it: formatted to the step's precision, with the unit. */
export function formatValue(p: ParamRange, value: number): string {
	const text = p.format ? p.format(value) : fixedText(value, decimalsOf(p.step));
	return p.unit ? `${text} ${p.unit}` : text;
}

/**
 * One parameter of a run, read safely: the value given (clamped and snapped to the spec) or the
 * spec's default when it is missing or not a finite number. Models call it instead of reading
 * `params[key]` directly, so a run never sees an out-of-range value.
 */
export function param(spec: readonly ParamRange[], params: Partial<Params>, key: string): number {
	const p = spec.find((s) => s.key === key);
	if (!p) throw new Error(`No parameter "${key}" in this model's spec.`);
	return sanitize(p, params[key] ?? NaN);
}
