/**
 * A chart's Chart.js configuration from plain props, in one place for both places that draw it:
 * the live chart in the browser (Chart.svelte) and the picture of its default state drawn at build
 * time on a Node canvas (render-node.ts). Same function, same options: the picture matches the chart.
 */
import type { ChartConfiguration, ChartDataset, Plugin, Scale } from 'chart.js';
import { getLocale } from '$lib/paraglide/runtime.js';
import { systemSeriesColor, withAlpha, type SystemColors } from './a11y/forced-colors';
import { alpha, color, dash, marker, themeColors, type ChartInk, type Scheme } from './palette';
import type { Axis, Series } from './types';
import { fitAxisTitle, fitTickLabels } from './axis-title-wrap';

export interface ChartProps {
	type: 'line' | 'bar' | 'scatter';
	series: readonly Series[];
	labels?: readonly string[];
	x: Axis;
	y: Axis;
	y2?: Axis;
	horizontal: boolean;
	legend: boolean;
	stacked: boolean;
}

/** The font stack charts use (the page's sans-serif stack, as Chart.js takes it). */
export const CHART_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/**
 * How the live chart differs from its picture: in forced colours (Windows high contrast) it draws in
 * the system's colours, and the reader may have hidden series from the legend or the keyboard.
 */
export interface ChartLook {
	system?: SystemColors;
	hidden?: readonly boolean[];
}

/** Palette colours, or the system's under forced colours. */
function paint(scheme: Scheme, system: SystemColors | undefined) {
	return {
		series: (style: number) => (system ? systemSeriesColor(style, system) : color(style, scheme)),
		fade: (c: string, a: number) => (system ? withAlpha(c, a) : alpha(c, a)),
		theme: () => (system ? { text: system.text, muted: system.gray, grid: withAlpha(system.gray, 0.5) } : themeColors(scheme))
	};
}

export function chartDataset(p: ChartProps, s: Series, scheme: Scheme, ink: ChartInk, look: ChartLook = {}, i = -1): ChartDataset {
	const { series: seriesColor, fade, theme } = paint(scheme, look.system);
	const c = seriesColor(s.style);
	const asBar = s.as === 'bar' || (p.type === 'bar' && s.as === undefined);
	const many = s.data.length > 40;
	if (s.sketch) {
		// The reader's prediction (Predict first): dashed, big diamonds to grab (colour is never the only cue).
		return {
			label: s.label,
			data: s.data as never,
			type: 'line',
			yAxisID: s.axis === 'y2' ? 'y2' : 'y',
			borderColor: c,
			backgroundColor: c,
			borderDash: [7, 5],
			borderWidth: 2.5 * ink.line,
			pointStyle: 'rectRot',
			pointRadius: 6 * ink.line,
			pointHoverRadius: 8 * ink.line,
			fill: false,
			tension: 0,
			spanGaps: true
		} as ChartDataset;
	}
	const base = {
		label: s.label,
		data: s.data as never,
		hidden: s.hidden || !!look.hidden?.[i],
		yAxisID: s.axis === 'y2' ? 'y2' : p.horizontal ? undefined : 'y',
		xAxisID: p.horizontal ? 'x' : undefined
	};
	if (asBar) {
		const colors = s.barStyles?.map((b) => seriesColor(b));
		return {
			...base,
			type: 'bar',
			backgroundColor: colors ? colors.map((k) => fade(k, 0.85)) : fade(c, 0.85),
			borderColor: colors ?? c,
			borderWidth: 1.5 * ink.line
		} as ChartDataset;
	}
	if (s.reference) {
		return {
			...base,
			type: p.type === 'scatter' ? 'scatter' : 'line',
			showLine: true,
			borderColor: theme().muted,
			backgroundColor: theme().muted,
			borderDash: [5, 4],
			borderWidth: 1.5 * ink.line,
			pointRadius: 0,
			pointHoverRadius: 0,
			fill: false,
			stepped: s.stepped ?? false
		} as ChartDataset;
	}
	const points = s.as === 'points' || p.type === 'scatter';
	return {
		...base,
		type: points ? 'scatter' : 'line',
		showLine: !points,
		borderColor: c,
		backgroundColor: s.fill ? fade(c, 0.15) : c,
		// The answer revealed over a prediction: solid and thicker than the sketch.
		borderDash: s.answer ? [] : dash(s.style),
		borderWidth: (s.answer ? 3 : 2.25) * ink.line,
		pointStyle: marker(s.style),
		pointRadius: (s.pointRadius ?? (points ? 3 : many ? 0 : 3)) * ink.line,
		pointHoverRadius: 4,
		fill: s.fill ? 'origin' : false,
		stepped: s.stepped ?? false,
		tension: 0,
		// No series has gaps: this skips Chart.js's line segmentation on every update.
		spanGaps: true
	} as ChartDataset;
}

function axisOptions(
	p: ChartProps,
	a: Axis,
	position: 'left' | 'right' | 'bottom',
	isIndex: boolean,
	scheme: Scheme,
	ink: ChartInk,
	system: SystemColors | undefined
) {
	const t = paint(scheme, system).theme();
	return {
		type: a.type ?? (isIndex && (p.type === 'bar' || p.labels) ? 'category' : 'linear'),
		position,
		min: a.min,
		max: a.max,
		stacked: a.stacked ?? p.stacked,
		title: { display: a.showTitle !== false, text: a.title, color: t.text, font: { weight: 600, size: 12 * ink.font } },
		// A title longer than its axis wraps (axis-title-wrap.ts), in the picture as in the live chart.
		beforeFit: (scale: Scale) => fitAxisTitle(scale, a.title),
		// And a side axis's labels too long for its half of the chart.
		afterTickToLabelConversion: fitTickLabels,
		ticks: {
			color: t.muted,
			font: { size: 12 * ink.font },
			maxTicksLimit: a.ticks ?? 8,
			// Only override the formatter when asked: Chart.js's default maps category indices to labels.
			...(a.tick ? { callback: (v: number | string) => a.tick!(Number(v)) } : {})
		},
		grid: { color: t.grid, drawOnChartArea: position !== 'right' },
		border: { color: t.muted }
	};
}

/**
 * The whole configuration. `responsive` is off for a fixed-size picture (Node has no layout);
 * `plugins` are the live chart's own (the keyboard focus ring); `onLegendClick` hides or shows a
 * series the way a digit key does (the live chart announces it). Ticks and tooltips write numbers
 * as the page's language does (0,31 in Spanish), the picture's too.
 */
export function chartConfig(
	p: ChartProps,
	scheme: Scheme,
	ink: ChartInk,
	{
		responsive = true,
		plugins = [],
		look = {},
		onLegendClick
	}: { responsive?: boolean; plugins?: Plugin[]; look?: ChartLook; onLegendClick?: (index: number) => void } = {}
): ChartConfiguration {
	const t = paint(scheme, look.system).theme();
	const axis = (a: Axis, position: 'left' | 'right' | 'bottom', isIndex: boolean) =>
		axisOptions(p, a, position, isIndex, scheme, ink, look.system);
	const scales: Record<string, unknown> = p.horizontal
		? { y: axis(p.x, 'left', true), x: axis(p.y, 'bottom', false) }
		: { x: axis(p.x, 'bottom', true), y: axis(p.y, 'left', false) };
	if (p.y2) scales.y2 = axis(p.y2, 'right', false);
	return {
		type: p.type === 'scatter' ? 'scatter' : p.type,
		data: {
			labels: p.labels ? [...p.labels] : undefined,
			datasets: p.series.map((s, i) => chartDataset(p, s, scheme, ink, look, i))
		},
		options: {
			animation: false,
			responsive,
			locale: getLocale(),
			maintainAspectRatio: false,
			indexAxis: p.horizontal ? 'y' : 'x',
			interaction: { mode: 'nearest', intersect: false },
			scales: scales as never,
			plugins: {
				legend: {
					display: p.legend,
					position: 'bottom',
					labels: { color: t.text, usePointStyle: true, boxWidth: 28, padding: 14, font: { size: 12 * ink.font } },
					...(onLegendClick
						? {
								onClick: (_e: unknown, item: { datasetIndex?: number }) =>
									item.datasetIndex !== undefined && onLegendClick(item.datasetIndex)
							}
						: {})
				},
				tooltip: { enabled: responsive }
			}
		},
		plugins
	};
}
