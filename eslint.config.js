import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      'out/**',
      '.neo4j/**',
      'scripts/neo4j/target/**',
      'test-artifacts/**',
      'packages/viz/dist/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // tsx compiles a `\p{…}` regex literal to `new RegExp(…)`, so inside a function it would be
    // compiled again at every call (see packages/extract/src/nlp/letters.ts).
    files: ['packages/*/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: ':function Literal[regex.pattern=/\\\\p\\{/]',
          message: 'Hoist a \\p{…} regex to module level (tsx rebuilds it at every call).',
        },
      ],
    },
  },
  {
    // Tests poke at malformed documents on purpose.
    files: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
