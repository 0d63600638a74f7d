/**
 * A figure's parameters in the query string.
 *
 * Reading never throws: unknown keys are ignored, values that do not parse as a finite
 * number fall back to the spec's default, numbers are clamped to [min, max] and snapped
 * to the step. The first occurrence of a repeated key wins.
 *
 * On an article page several figures share one URL, so keys carry the figure id as a
 * prefix (`decoding.gain=1.4`); an embed page holds one figure and uses bare keys
 * (`gain=1.4`). Reading accepts both, the prefixed form first.
 */
import { m } from '../paraglide/messages.js';
import { formatValue, sanitize, type ParamSpec, type Params } from '../models/types';

/** Longest value we bother parsing; anything longer is garbage by definition. */
const MAX_VALUE_LENGTH = 32;

/** Strict number parser: plain decimal or exponent notation, nothing else (no hex, no "Infinity"). */
export function parseNumber(raw: string | null | undefined): number | undefined {
	if (raw == null) return undefined;
	const text = raw.trim();
	if (text === '' || text.length > MAX_VALUE_LENGTH) return undefined;
	if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return undefined;
	const value = Number(text);
	return Number.isFinite(value) ? value : undefined;
}

/** Why a URL value was not used as written. */
export type AdjustReason = 'max' | 'min' | 'step' | 'unreadable';

/** One URL value that was replaced: what the link said, what the figure uses, and why. */
export interface Adjustment {
	key: string;
	/** The text found in the URL (trimmed, cut to a readable length). */
	raw: string;
	value: number;
	reason: AdjustReason;
}

export interface ReadResult {
	params: Params;
	/** Keys whose URL value was present but unusable or out of range, so the UI can say so. */
	adjusted: string[];
	/** The same keys with the details the reader is told (see describeAdjustment). */
	changes: Adjustment[];
	/** Keys the query gave a number for (clamped or not): what a shared link asked for. */
	linked: string[];
}

export function readParams(spec: readonly ParamSpec[], search: URLSearchParams | string, prefix?: string): ReadResult {
	const query = typeof search === 'string' ? safeSearchParams(search) : search;
	const params: Params = {};
	const changes: Adjustment[] = [];
	const linked: string[] = [];
	for (const p of spec) {
		const names = prefix ? [`${prefix}.${p.key}`, p.key] : [p.key];
		const name = names.find((n) => query.has(n));
		if (name === undefined) {
			params[p.key] = p.default;
			continue;
		}
		const parsed = parseNumber(query.get(name));
		const value = parsed === undefined ? p.default : sanitize(p, parsed);
		if (parsed !== undefined) linked.push(p.key);
		if (parsed === undefined || value !== parsed) {
			const reason: AdjustReason = parsed === undefined ? 'unreadable' : parsed > p.max ? 'max' : parsed < p.min ? 'min' : 'step';
			changes.push({ key: p.key, raw: (query.get(name) ?? '').trim().slice(0, 12), value, reason });
		}
		params[p.key] = value;
	}
	return { params, adjusted: changes.map((c) => c.key), changes, linked };
}

/** Why a value was changed, in the reader's language (messages/*.json). */
const REASONS: Record<AdjustReason, () => string> = {
	max: m.url_adjusted_max,
	min: m.url_adjusted_min,
	step: m.url_adjusted_step,
	unreadable: m.url_adjusted_unreadable
};

/** "boost 99 → 3 (the slider's maximum)": what the reader is told about one adjusted URL value. */
export function describeAdjustment(spec: readonly ParamSpec[], change: Adjustment): string {
	const p = spec.find((s) => s.key === change.key);
	const name = p ? p.label : change.key;
	const shown = p ? formatValue(p, change.value) : String(change.value);
	const raw = change.raw === '' ? m.url_adjusted_empty() : change.raw;
	return `${name} ${raw} → ${shown} (${REASONS[change.reason]()})`;
}

function safeSearchParams(search: string): URLSearchParams {
	try {
		return new URLSearchParams(search);
	} catch {
		return new URLSearchParams();
	}
}

/**
 * Write params into a copy of `search`, leaving other keys alone. Values equal to the
 * default are removed so links stay short.
 */
export function writeParams(
	spec: readonly ParamSpec[],
	params: Params,
	search: URLSearchParams | string = '',
	prefix?: string
): URLSearchParams {
	const query = new URLSearchParams(search);
	for (const p of spec) {
		const name = prefix ? `${prefix}.${p.key}` : p.key;
		const value = sanitize(p, params[p.key] ?? p.default);
		if (prefix) query.delete(p.key);
		if (value === p.default) query.delete(name);
		else query.set(name, String(value));
	}
	return query;
}

/** Query string (with leading `?`, or empty) for a figure's current params. */
export function queryString(spec: readonly ParamSpec[], params: Params, prefix?: string): string {
	const q = writeParams(spec, params, '', prefix).toString();
	return q ? `?${q}` : '';
}
