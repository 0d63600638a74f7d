/**
 * Words for a chart's numbers: what an axis measures and in which unit (read from the titles the
 * figures already give, e.g. "Freezing (model, %)"), one point read out for keyboard navigation,
 * and what changed between two versions of a chart's series (for the figure's live region).
 * Pure: plain series in, strings out; computed from the numbers a chart is given, never the DOM.
 */
import type { Kind } from '$seeds/types';
import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime.js';
import { plain } from '$lib/ui/format';
import type { Axis, Series } from '../types';

export interface AxisText {
	/** What the axis measures, without its unit ("Freezing"). */
	name: string;
	/** Unit to write after a value ("%", "Hz"), or ''. */
	unit: string;
	/** A kind named inside the title ("(model, %)"). */
	kind?: Kind;
	/** Values are fractions shown as percentages (the tick formatter writes 0.5 as "50%"). */
	percentOfOne: boolean;
}

export interface ChartMeta {
	/** The figure's kind (reported, model, illustrative), when known. */
	kind?: Kind;
	x: AxisText;
	y: AxisText;
	y2?: AxisText;
	/** Category labels of the x axis, when it is a category axis. */
	labels?: readonly string[];
	category: boolean;
}

export interface Point {
	x: number;
	y: number;
}

/** One series as plain numbers: what describeChange compares. */
export interface Snapshot {
	label: string;
	axis?: 'y' | 'y2';
	/** A reference line (chance, target), not data. */
	reference?: boolean;
	points: readonly Point[];
}

const KINDS: readonly Kind[] = ['reported', 'model', 'illustrative'];
// A unit is one short token: "%", "Hz", "ms", "pA", "a.u.", "×10⁻³". Longer phrases in brackets
// ("SD of input", "0 to 1", "aversive − neutral") qualify the name and stay with it.
const UNIT = /^\S{1,14}$/;

/** Splits an axis title into name, unit and kind: "Freezing (model, %)" → Freezing, %, model. */
export function parseAxis(axis: Pick<Axis, 'title' | 'tick'>): AxisText {
	// "50%", or "50 %" with the (no-break) space Spanish puts before the sign.
	const percentOfOne = /^50\s?%$/.test(safeTick(axis.tick, 0.5) ?? '');
	const title = axis.title.trim();
	const match = /^(.*\S)\s+\(([^()]*)\)$/.exec(title);
	let name = title;
	let unit = '';
	let kind: Kind | undefined;
	if (match) {
		name = match[1];
		const rest: string[] = [];
		for (const part of match[2]
			.split(',')
			.map((p) => p.trim())
			.filter(Boolean)) {
			const k = KINDS.find((w) => w === part.toLowerCase());
			if (k) kind = k;
			else rest.push(part);
		}
		const inner = rest.join(', ');
		if (UNIT.test(inner)) unit = inner;
		else if (inner) name = `${name} (${inner})`;
	}
	if (percentOfOne && !unit) unit = '%';
	return { name, unit, kind, percentOfOne };
}

function safeTick(tick: Axis['tick'], v: number): string | undefined {
	try {
		return tick?.(v);
	} catch {
		return undefined;
	}
}

export function chartMeta(props: {
	type?: 'line' | 'bar' | 'scatter';
	x: Axis;
	y: Axis;
	y2?: Axis;
	labels?: readonly string[];
	kind?: Kind;
}): ChartMeta {
	const category = props.x.type === 'category' || (props.x.type === undefined && (props.type === 'bar' || !!props.labels));
	return {
		kind: props.kind,
		x: parseAxis(props.x),
		y: parseAxis(props.y),
		y2: props.y2 ? parseAxis(props.y2) : undefined,
		labels: category ? props.labels : undefined,
		category
	};
}

/** A number as a reader hears it: at most three significant digits, no exponent, ASCII minus. */
export function formatNumber(v: number, digits = 3): string {
	if (!Number.isFinite(v)) return m.chart_no_value();
	// In the page's language (0,31 in Spanish), never grouped.
	const locale = getLocale();
	if (Math.abs(v) < 1e-6) return plain(0, locale);
	if (Math.abs(v) >= 1000) return plain(Math.round(v), locale);
	return plain(Number(v.toPrecision(digits)), locale);
}

/** "31 %", "0.31", "-65.1 mV". */
export function valueText(v: number, axis: AxisText, digits = 3): string {
	const shown = formatNumber(axis.percentOfOne ? v * 100 : v, digits);
	return axis.unit ? `${shown} ${axis.unit}` : shown;
}

function lowerFirst(s: string): string {
	// Keep acronyms and symbols as they are ("E/I", "P(allocated)", "Δw").
	return /^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

/** What a y value measures, with its kind: "model freezing", "reported information per neuron". */
export function quantity(axis: AxisText, kind: Kind | undefined): string {
	const k = axis.kind ?? kind;
	return k ? m.kind_quantity({ kind: m.kind_word({ kind: k }), quantity: lowerFirst(axis.name) }) : lowerFirst(axis.name);
}

/** Where a point sits along x: its category label, or "time 120.5 ms" (four digits: a position
 * such as 120.5 ms must not be heard as its neighbour, 121 ms). */
export function xText(x: number, meta: ChartMeta): string {
	if (meta.category) return meta.labels?.[Math.round(x)] ?? String(Math.round(x) + 1);
	return `${lowerFirst(meta.x.name)} ${valueText(x, meta.x, 4)}`;
}

export function yAxisOf(meta: ChartMeta, axis: 'y' | 'y2' | undefined): AxisText {
	return axis === 'y2' && meta.y2 ? meta.y2 : meta.y;
}

/** A series' points as {x, y} (index as x for plain numbers). */
export function pointsOf(series: Pick<Series, 'data'>): Point[] {
	return (series.data as readonly (number | Point)[]).map((d, i) => (typeof d === 'number' ? { x: i, y: d } : { x: d.x, y: d.y }));
}

export function snapshot(series: readonly Series[]): Snapshot[] {
	return series.map((s) => ({ label: s.label, axis: s.axis, reference: s.reference, points: pointsOf(s) }));
}

/**
 * One point read out: "E4, model freezing 31 %. Control signalling, point 6 of 11." `position` is
 * where the point comes when the series is walked left to right (its index, for a line).
 */
export function describePoint(meta: ChartMeta, series: Snapshot, index: number, position = index): string {
	const p = series.points[index];
	if (!p) return m.chart_no_data();
	const axis = yAxisOf(meta, series.axis);
	return m.chart_point({
		x: capitalise(xText(p.x, meta)),
		// A unit that ends in a full stop ("a.u.") ends the sentence too.
		y: `${quantity(axis, meta.kind)} ${valueText(p.y, axis)}`.replace(/\.$/, ''),
		series: series.reference ? m.chart_reference({ series: series.label }) : series.label,
		index: position + 1,
		count: series.points.length
	});
}

/** The chart's accessible name: "Model chart: Freezing (model, %) against Tone trials…, 2 series." */
export function chartName(meta: ChartMeta, titles: { x: string; y: string }, seriesCount: number): string {
	return m.chart_label({
		kind: meta.kind ?? '',
		y: titles.y,
		x: titles.x,
		series: m.chart_series_count({ count: seriesCount })
	});
}

function capitalise(s: string): string {
	return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Pairs each series after the change with the one it replaces: by position when the count is
 * unchanged (labels may carry the setting, "Your setting (1.50×)"), otherwise by label. */
function pair(before: readonly Snapshot[], after: readonly Snapshot[]): [Snapshot | undefined, Snapshot | undefined][] {
	if (before.length === after.length) return after.map((a, i) => [before[i], a]);
	const used = new Set<number>();
	const pairs: [Snapshot | undefined, Snapshot | undefined][] = after.map((a) => {
		const i = before.findIndex((b, j) => !used.has(j) && b.label === a.label);
		if (i < 0) return [undefined, a];
		used.add(i);
		return [before[i], a];
	});
	before.forEach((b, j) => used.has(j) || pairs.push([b, undefined]));
	return pairs;
}

function sameXs(a: readonly Point[], b: readonly Point[]): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) {
		const scale = Math.max(1, Math.abs(a[i].x), Math.abs(b[i].x));
		if (Math.abs(a[i].x - b[i].x) > 1e-9 * scale) return false;
	}
	return true;
}

function describeSeries(b: Snapshot | undefined, a: Snapshot | undefined, meta: ChartMeta): string {
	if (!a) return b && b.points.length ? m.change_removed({ series: b.label }) : '';
	const axis = yAxisOf(meta, a.axis);
	const what = quantity(axis, meta.kind);
	const val = (p: Point) => valueText(p.y, axis);
	if (!b || b.points.length === 0) {
		if (a.points.length === 0) return '';
		if (!b) {
			const first = a.points[0];
			const last = a.points[a.points.length - 1];
			return m.change_added({
				series: a.label,
				what,
				first: `${val(first)} at ${xText(first.x, meta)}`,
				last: `${val(last)} at ${xText(last.x, meta)}`
			});
		}
		const last = a.points[a.points.length - 1];
		return m.change_latest({ series: a.label, what, value: val(last), at: xText(last.x, meta) });
	}
	if (a.points.length === 0) return m.change_cleared({ series: a.label });
	if (sameXs(b.points, a.points)) {
		// The most telling point: the largest change among those a reader would hear as different.
		let best = -1;
		let bestD = 0;
		for (let i = 0; i < a.points.length; i++) {
			const d = Math.abs(a.points[i].y - b.points[i].y);
			if (d > bestD && val(a.points[i]) !== val(b.points[i])) {
				bestD = d;
				best = i;
			}
		}
		if (best < 0) return '';
		const from = b.points[best];
		const to = a.points[best];
		const params = { series: a.label, what, at: xText(to.x, meta), from: val(from), to: val(to) };
		return to.y > from.y ? m.change_rose(params) : m.change_fell(params);
	}
	// The x positions moved (a run that streams, or a resampled curve): say where it is now.
	const last = a.points[a.points.length - 1];
	const was = b.points[b.points.length - 1];
	// A value that holds still (a target line stretching with the run) is not news.
	if (val(last) === val(was)) return '';
	return m.change_latest_was({
		series: a.label,
		what,
		value: val(last),
		at: xText(last.x, meta),
		was: `${val(was)} at ${xText(was.x, meta)}`
	});
}

/**
 * What changed between two versions of a chart's series, in a few sentences ('' when nothing a
 * reader would hear changed). Per series: the point with the largest change ("Freezing at Ret rose
 * from 19 % to 42 %"), or for data whose x positions moved, the latest point and the one before.
 * At most `limit` sentences, then how many more series changed.
 */
export function describeChange(before: readonly Snapshot[], after: readonly Snapshot[], meta: ChartMeta, limit = 3): string {
	const sentences = pair(before, after)
		.map(([b, a]) => describeSeries(b, a, meta))
		.filter(Boolean);
	if (sentences.length <= limit) return sentences.join(' ');
	return [...sentences.slice(0, limit), m.change_more({ count: sentences.length - limit })].join(' ');
}
