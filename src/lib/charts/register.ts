/**
 * Register only the Chart.js parts the site uses (tree-shaken; `chart.js/auto` would add
 * about 16 kB gzipped). A figure that needs another part adds it here, once.
 */
import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	Filler,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	ScatterController,
	Tooltip
} from 'chart.js';
import { CHART_FONT } from './config';

let done = false;

export function registerCharts(): typeof Chart {
	if (!done) {
		Chart.register(
			LineController,
			BarController,
			ScatterController,
			LineElement,
			PointElement,
			BarElement,
			LinearScale,
			CategoryScale,
			Legend,
			Tooltip,
			Filler
		);
		Chart.defaults.font.family = CHART_FONT;
		Chart.defaults.font.size = 12;
		done = true;
	}
	return Chart;
}
