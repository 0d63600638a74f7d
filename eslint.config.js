// ESLint (flat config): JavaScript and TypeScript recommended rules, Svelte's, and nothing that
// Prettier decides (eslint-config-prettier turns layout rules off). `npm run lint`.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// Components are linted with type information (svelte/no-unused-props needs it). Without this switch,
// each component the linter opens changes TypeScript's program, which is then rebuilt over all ~2,000
// files: two thirds of the lint's time. With it (svelte-eslint-parser's opt-in hook; it prints a line
// saying it is experimental), TypeScript reads each .svelte file as the same code the linter parses, so
// the program is built once and the findings are the same. It is read when the parser loads, hence
// the import below comes after it.
process.env.SVELTE_ESLINT_PARSER_EXPERIMENTAL_TS_SYS_HOOK ??= '1';
const { default: svelte } = await import('eslint-plugin-svelte');

export default ts.config(
	{
		ignores: [
			'build*/',
			'.svelte-kit*/',
			'offline/',
			'screenshots/',
			'test-results/',
			'node_modules/',
			'bench/results.json',
			'src/lib/paraglide/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		rules: {
			// Unused names are mistakes, except the ones a leading underscore marks as deliberate.
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
			// Links are written by resolve() or helpers built on it (links.ts, articleHref), or point
			// outside the site (DOIs) or at data: downloads, none of which the rule can tell apart.
			'svelte/no-navigation-without-resolve': ['error', { ignoreLinks: true }],
			// {' '} keeps a space between inline elements that Prettier would otherwise move or drop.
			'svelte/no-useless-mustaches': 'off',
			// Stores are not used (Svelte 5 runes throughout), and this rule reads the type of every
			// identifier in every component: a fifth of the lint's time for nothing to find.
			'svelte/require-store-reactive-access': 'off'
		}
	}
);
