/**
 * A figure's source with its message calls ({m.key(...)}) replaced by their English text, so the
 * claims tests can still find the sentences the page shows now that the words live in
 * messages/en.json (parameters stay as {name}).
 */
import { readFileSync } from 'node:fs';

const en: Record<string, unknown> = JSON.parse(readFileSync(new URL('../../../messages/en.json', import.meta.url), 'utf8'));

export function rendered(source: string): string {
	return source.replace(/\{m\.(\w+)\(.*?\)\}/gs, (call, key: string) => (typeof en[key] === 'string' ? (en[key] as string) : call));
}
