// Lint for every package: typescript-eslint's recommended rules plus
// eslint-plugin-regexp, with the two super-linear rules as errors so that no
// regex can backtrack catastrophically on hostile input.
import js from '@eslint/js'
import globals from 'globals'
import regexp from 'eslint-plugin-regexp'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/coverage/**', 'docs/api/**', 'out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      // `[A-Za-z]` says exactly what is meant; the `i` flag would widen other classes too.
      'regexp/use-ignore-case': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-exports': ['error', { restrictDefaultExports: { direct: true, named: true, defaultFrom: true, namedFrom: true, namespaceFrom: true } }]
    }
  },
  {
    files: ['**/*.config.ts', '**/*.config.js', '**/*.config.mjs'],
    rules: { 'no-restricted-exports': 'off' }
  }
)
