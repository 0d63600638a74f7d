// ESLint (flat config): JavaScript and TypeScript recommended rules, Svelte's, and nothing that
// Prettier decides (eslint-config-prettier turns layout rules off). `npm run lint`.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

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
