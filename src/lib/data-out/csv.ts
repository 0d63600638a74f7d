/**
 * A figure's data table as CSV (RFC 4180): the same cells the reader sees in "Show data", with the
 * figure's title, current settings and address as `#` comment lines above the header row (their
 * labels in the reader's language).
 * Pure: no DOM. The download button (ui/DataTable.svelte) gathers the settings and saves the text.
 */
import type { TableData } from '../ui/table';
import { m } from '../paraglide/messages.js';
import { getLocale, type Locale } from '../paraglide/runtime.js';

/** What the reader had set when they downloaded: shown as comment lines. */
export interface CsvContext {
	/** The figure's title. */
	title?: string;
	/** Each control as [label, value as shown] (e.g. ["Tuning gain (×)", "1.40"]). */
	settings?: readonly (readonly [string, string])[];
	/** The address that reproduces these settings. */
	source?: string;
	/** The language of the comment lines' own words ("Settings:", "Source:"); the page's by default. */
	locale?: string;
}

/** A cell as the table prints it (DataTable uses the same function, so the two never differ). */
export function cellText(v: string | number | undefined): string {
	if (v === undefined) return '';
	if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '–';
	return v;
}

/**
 * Quotes a field when it holds a comma, quote, line break or leading/trailing space, or starts
 * with # (which readers that skip our comment lines would otherwise skip too).
 */
export function csvField(s: string): string {
	return /[",\r\n]|^[\s#]|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A comment line never spans two lines, whatever the label holds. */
const oneLine = (s: string) => s.replace(/[\r\n]+/g, ' ').trim();

/** A table's header row and rows. */
function body(table: TableData): string[] {
	return [
		table.columns.map((c) => csvField(c.unit ? `${c.label} (${c.unit})` : c.label)).join(','),
		...table.rows.map((row) => table.columns.map((c) => csvField(cellText(row[c.key]))).join(','))
	];
}

/** The CSV text, CRLF line ends, no byte-order mark (see `csvBlobParts`). */
export function toCsv(table: TableData, context: CsvContext = {}): string {
	const lines: string[] = [];
	if (context.title) lines.push(`# ${oneLine(context.title)}`);
	lines.push(`# ${oneLine(table.caption)}`);
	const settings = context.settings ?? [];
	const locale = { locale: (context.locale ?? getLocale()) as Locale };
	if (settings.length) {
		lines.push(`# ${m.csv_settings({}, locale)}`);
		for (const [label, value] of settings) lines.push(`#   ${oneLine(label)}: ${oneLine(value)}`);
	} else {
		lines.push(`# ${m.csv_no_settings({}, locale)}`);
	}
	if (context.source) lines.push(`# ${m.csv_source({}, locale)} ${oneLine(context.source)}`);
	lines.push(...body(table));
	// Further tables (every plotted point): each under its caption as a comment line, with its own header row.
	for (const part of table.parts ?? []) lines.push(`# ${oneLine(part.caption)}`, ...body(part));
	return lines.join('\r\n') + '\r\n';
}

/** A file name from a title: lower case, ASCII letters and digits, dashes. */
export function fileSlug(title: string, fallback = 'data'): string {
	const s = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return s || fallback;
}
