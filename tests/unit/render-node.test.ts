import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Image } from '@napi-rs/canvas';
import { chartConfig, type ChartProps } from '../../src/lib/charts/config';
import { renderChart } from '../../src/lib/charts/render-node';
import { buildPainter, CARD } from '../../src/lib/charts/pictures-build';
import { PICTURE_WIDTHS } from '../../src/lib/charts/pictures';

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

describe('buildPainter (the pictures and cards of a build)', () => {
	it('draws each chart once, in both themes and both widths, and a card from the first chart of a page', () => {
		const dir = mkdtempSync(join(tmpdir(), 'engram-pictures-'));
		try {
			const painter = buildPainter(dir, 1);
			painter.startPage();
			const pictures = painter.paint(props, 200)!;
			expect(painter.paint(props, 200)).toBe(pictures);
			expect(Object.keys(pictures)).toEqual(['narrow', 'wide']);
			for (const width of ['narrow', 'wide'] as const) {
				for (const scheme of ['light', 'dark'] as const) {
					const file = join(dir, pictures[width][scheme].replace('/_charts/', ''));
					const image = decode(readFileSync(file));
					expect([image.width, image.height]).toEqual([PICTURE_WIDTHS[width], 200]);
				}
			}
			const card = painter.card('A title')!;
			const image = decode(readFileSync(join(dir, card.replace('/_charts/', ''))));
			expect([image.width, image.height]).toEqual([CARD.width, CARD.height]);
			expect(readdirSync(dir)).toHaveLength(5);
			// A page with no chart has no card.
			painter.startPage();
			expect(painter.card('No chart here')).toBeUndefined();
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
