// Prerendered as plain HTML (no SvelteKit client script); svelte.config.js copies it to build/404.html,
// the page static hosts serve for a missing path, adds the one small script that sets its links right
// at any depth (site-root.js), and removes this folder.
export const csr = false;
