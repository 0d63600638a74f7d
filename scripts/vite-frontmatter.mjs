/**
 * `import.meta.glob('/content/*.svx', { query: '?frontmatter', import: 'default', eager: true })`
 * gives each article's frontmatter as a plain object, without importing the article itself.
 *
 * Why: importing `metadata` from the .svx modules pulls every article, with all its figures,
 * models and Chart.js, into every page that lists the articles (home, 404, teachers' page) and
 * into the error page SvelteKit loads on every start: about 170 KB of gzipped JavaScript per page.
 * The frontmatter is read with mdsvex itself, so it parses exactly as the article does.
 */
import { readFileSync } from 'node:fs';

const QUERY = '?frontmatter';
const PREFIX = '\0engram-frontmatter:';

/** @returns {import('vite').Plugin} */
export function frontmatter() {
	return {
		name: 'engram:frontmatter',
		enforce: 'pre',
		async resolveId(source, importer) {
			if (!source.endsWith(QUERY)) return null;
			const resolved = await this.resolve(source.slice(0, -QUERY.length), importer, { skipSelf: true });
			// The ".js" ending keeps the Svelte and mdsvex plugins away from this module.
			return resolved ? `${PREFIX}${resolved.id}.js` : null;
		},
		async load(id) {
			if (!id.startsWith(PREFIX)) return null;
			const file = id.slice(PREFIX.length, -'.js'.length);
			this.addWatchFile(file);
			const { compile } = await import('mdsvex');
			const out = await compile(readFileSync(file, 'utf8'), { extensions: ['.svx'] });
			const data = /** @type {{ fm?: Record<string, unknown> } | undefined} */ (out?.data);
			return `export default ${JSON.stringify(data?.fm ?? {})};`;
		}
	};
}
