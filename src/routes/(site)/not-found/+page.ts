// Prerendered as plain HTML (no client script); svelte.config.js copies it to build/404.html, the page
// static hosts serve for a missing path, and removes this folder.
export const csr = false;
