import { n8nCommunityNodesPlugin } from '@n8n/eslint-plugin-community-nodes';
import n8nNodesBase from 'eslint-plugin-n8n-nodes-base';
import tseslint from 'typescript-eslint';

const sourceFiles = ['nodes/**/*.ts', 'credentials/**/*.ts'];

export default [
	{ ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
	// Tests, scripts, the bench and the e2e are not node code: TypeScript's recommended rules only.
	...tseslint.configs.recommended.map((config) => ({ ...config, files: ['test/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts', 'e2e/**/*.ts'] })),
	{
		files: ['**/*.ts'],
		languageOptions: { parser: tseslint.parser, parserOptions: { sourceType: 'module' } },
	},
	{
		// The e2e walks n8n's execution and REST JSON, whose types n8n does not publish for its CLI.
		files: ['e2e/**/*.ts'],
		rules: { '@typescript-eslint/no-explicit-any': 'off' },
	},
	{ ...n8nCommunityNodesPlugin.configs.recommended, files: sourceFiles },
	{
		files: sourceFiles,
		rules: {
			// The two rules that forbid runtime dependencies. This package needs exactly two:
			// undici (keep-alive pool, per-phase timeouts, abort, proxy variables) and form-data
			// (a streamed multipart body with a known length). That also means it cannot run on
			// n8n Cloud, which the rules exist for; self-hosted n8n installs dependencies as usual.
			'@n8n/community-nodes/no-runtime-dependencies': 'off',
			'@n8n/community-nodes/no-restricted-imports': 'off',
		},
	},
	{
		files: ['credentials/**/*.ts'],
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		rules: n8nNodesBase.configs.credentials.rules,
	},
	{
		files: ['nodes/**/*.ts'],
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		rules: n8nNodesBase.configs.nodes.rules,
	},
];
