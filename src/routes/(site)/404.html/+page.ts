// Written to build/404.html, the page static hosts serve for a missing path. It is plain HTML
// (no client script) so it shows correctly at any depth of a missing URL.
export const trailingSlash = 'never';
export const csr = false;
