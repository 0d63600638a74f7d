// Every page is prerendered to plain HTML; directories with index.html work on any static host.
export const prerender = true;
export const trailingSlash = 'always';
