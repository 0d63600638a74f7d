import { describe, expect, it } from 'vitest';
import { Image } from '@napi-rs/canvas';
import { chartConfig, type ChartProps } from '../../src/lib/charts/config';
import { renderChart } from '../../src/lib/charts/render-node';

const props: ChartProps = {
	type: 'line',
	series: [
		{ label: 'rising', data: [0, 1, 4, 9, 16], style: 0 },
		{ label: 'chance', data: [5, 5, 5, 5, 5], style: 1, reference: true }
	],
	labels: ['0', '1', '2', '3', '4'],
	x: { title: 'time (s)' },
	y: { title: 'rate (Hz)', min: 0 },
	horizontal: false,
	legend: true,
	stacked: false
};

function decode(buffer: Buffer): Image {
	const image = new Image();
	image.src = buffer;
	return image;
}

describe('renderChart (Chart.js on a Node canvas)', () => {
	it('gives a WebP of the asked size times the pixel ratio', () => {
		const webp = renderChart(chartConfig(props, 'light', { line: 1, font: 1 }), { width: 340, height: 220, dpr: 2 });
		expect(webp.subarray(8, 12).toString('ascii')).toBe('WEBP');
		const image = decode(webp);
		expect([image.width, image.height]).toEqual([680, 440]);
	});

	it('draws the theme it is given (dark and light pictures differ)', () => {
		const size = { width: 200, height: 120, dpr: 1 };
		const light = renderChart(chartConfig(props, 'light', { line: 1, font: 1 }), size);
		const dark = renderChart(chartConfig(props, 'dark', { line: 1, font: 1 }), size);
		expect(light.equals(dark)).toBe(false);
	});

	it('draws bars and horizontal charts without throwing', () => {
		const bars: ChartProps = { ...props, type: 'bar', horizontal: true, series: [{ label: 'n', data: [3, 1, 2, 4, 0], style: 2 }] };
		const image = decode(renderChart(chartConfig(bars, 'dark', { line: 1, font: 1 }), { width: 300, height: 200, dpr: 1 }));
		expect([image.width, image.height]).toEqual([300, 200]);
	});
});
