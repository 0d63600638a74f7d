// Modules made by the project's Vite plugins (scripts/vite-*.mjs).
declare module 'virtual:engram-embed-integrity' {
	/** Subresource Integrity of static/engram-embed.js: "sha384-" and the base64 digest. */
	export const integrity: string;
}
