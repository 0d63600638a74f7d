import { describe, expect, it } from 'vitest';
import { absoluteHreflang } from '../../scripts/hreflang.mjs';

describe('absoluteHreflang', () => {
	const head =
		'<link rel="alternate" hreflang="en" href="../../teach/"/>' +
		'<link rel="alternate" hreflang="es" href="../../es/teach/"/>' +
		'<link rel="alternate" hreflang="x-default" href="../../teach/"/>' +
		'<link rel="icon" href="../../favicon.svg">';

	it('resolves each language link against the page address, under a sub-path', () => {
		const out = absoluteHreflang(head, 'https://example.org/engram/es/teach/');
		expect(out).toContain('hreflang="en" href="https://example.org/engram/teach/"');
		expect(out).toContain('hreflang="es" href="https://example.org/engram/es/teach/"');
		expect(out).toContain('hreflang="x-default" href="https://example.org/engram/teach/"');
	});

	it('leaves every other link as it was', () => {
		expect(absoluteHreflang(head, 'https://example.org/es/teach/')).toContain('<link rel="icon" href="../../favicon.svg">');
	});
});
