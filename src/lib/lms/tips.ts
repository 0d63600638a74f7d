/**
 * Teacher tips for every registered figure, generated from its registry entry and ParamSpec so they
 * cannot drift from the figure: every URL parameter with range, default, unit and meaning; presets
 * as embed query strings (default, each scroll step, Predict first where the chart has it, fixed
 * demonstration, projector); plus the
 * curated notes in tips-notes.ts. Pure: the page adds absolute URLs and QR codes (lms/qr.ts).
 */
import { SLUGS, type Slug } from '../articles';
import { FIGURES } from '../figures/registry';
import type { FigureEntry } from '../figures/types';
import { formatValue, type ParamSpec } from '../models/types';
import { TIP_NOTES } from './tips-notes';
import { SIMPLIFIES_ES } from './tips-notes.es';
import { lessons } from '../content-lessons';
import { m } from '../paraglide/messages.js';
import { getLocale } from '../paraglide/runtime.js';
import { canPredict } from '../figure-kit/embed';

export interface ParamTip {
	key: string;
	label: string;
	unit: string;
	/** "0 – 2 ×, in steps of 0.05" */
	range: string;
	/** "1.00 ×" */
	default: string;
	meaning: string;
	/** Example of the key in an address: "gain=2" (the maximum). */
	example: string;
}

export interface PresetTip {
	label: string;
	/** Query string of the embed page, with `?`, or empty for the defaults. */
	query: string;
}

export interface FigureTips {
	slug: Slug;
	id: string;
	title: string;
	kind: FigureEntry['kind'];
	params: ParamTip[];
	presets: PresetTip[];
	simplifies?: string;
	misconceptions: string[];
}

function numberText(p: ParamSpec, v: number): string {
	return formatValue({ ...p, unit: '' }, v);
}

export function paramTip(p: ParamSpec): ParamTip {
	const unit = p.unit ? ` ${p.unit}` : '';
	return {
		key: p.key,
		label: p.label,
		unit: p.unit,
		range: m.tips_range({ min: numberText(p, p.min), max: numberText(p, p.max), unit, step: numberText(p, p.step) }),
		default: formatValue(p, p.default),
		meaning: p.meaning,
		example: `${p.key}=${p.max}`
	};
}

export function presets(entry: Pick<FigureEntry, 'steps'>, predictable = false): PresetTip[] {
	const out: PresetTip[] = [{ label: m.tips_preset_default(), query: '' }];
	const steps = entry.steps ?? 0;
	for (let k = 1; k <= steps; k++) out.push({ label: m.scrolly_where({ step: k, count: steps }), query: `?step=${k}` });
	if (predictable) out.push({ label: m.predict_toggle(), query: '?predict=1' });
	out.push({ label: m.tips_preset_lock(), query: '?lock=1' });
	out.push({ label: m.tips_preset_projector(), query: '?projector=1' });
	return out;
}

/** A lesson plan's misconception in the reader's language: the same place in that language's plan. */
function translatedClaim(slug: Slug, claim: string): string {
	const locale = getLocale();
	if (locale === 'en') return claim;
	const index = lessons('en')[slug].misconceptions.findIndex((x) => x.claim === claim);
	return lessons(locale)[slug].misconceptions[index]?.claim ?? claim;
}

export function figureTips(slug: Slug, entry: FigureEntry): FigureTips {
	const notes = TIP_NOTES[slug]?.[entry.id] ?? {};
	return {
		slug,
		id: entry.id,
		title: entry.title,
		kind: entry.kind,
		params: entry.spec.map(paramTip),
		presets: presets(entry, canPredict(slug, entry.id)),
		simplifies: notes.simplifies && getLocale() === 'es' ? (SIMPLIFIES_ES[slug]?.[entry.id] ?? notes.simplifies) : notes.simplifies,
		misconceptions: (notes.misconceptions ?? []).map((claim) => translatedClaim(slug, claim))
	};
}

export function allTips(): FigureTips[] {
	return SLUGS.flatMap((slug) => FIGURES[slug].map((f) => figureTips(slug, f)));
}
