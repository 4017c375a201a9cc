// Lint for structure, not style: no import cycles, one import order, and patterns that
// reach other layers only through their index. Style stays with the TypeScript compiler's
// strict options (noUnused*, noImplicit*).
import importPlugin from 'eslint-plugin-import';
import tseslint from 'typescript-eslint';

export default [
  { ignores: ['lib/providers/**', 'dist/**', 'lib/**/*.js', 'lib/**/*.d.ts', 'cdktf.out/**', 'node_modules/**', 'test/e2e/**/vcsim/**'] },
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaVersion: 2022, sourceType: 'module' } },
    plugins: { import: importPlugin },
    settings: {
      'import/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import/resolver': { typescript: { project: 'test/tsconfig.json' }, node: true },
      // The generated bindings are large and cycle-free; skipping them keeps no-cycle fast.
      'import/ignore': ['lib/providers/', 'node_modules'],
    },
    rules: {
      'import/no-cycle': ['error', { ignoreExternal: true }],
      'import/no-duplicates': 'error',
      'import/order': ['error', {
        groups: ['builtin', 'external', 'internal', 'parent', 'sibling', 'index'],
        alphabetize: { order: 'asc', caseInsensitive: true },
        'newlines-between': 'never',
      }],
    },
  },
  {
    // L3 patterns use the L2 layers through their public index, like a user would.
    files: ['lib/industries/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{
          // Internal helpers shared across layers (private/, the OpenStack provider lookup) are allowed.
          regex: '^(\\.\\./){2,3}(openstack|kubernetes|pool|compliance)/(?!private/|openstack/context$)',
          message: 'import other layers through their index (e.g. ../../pool), as users do',
        }],
      }],
    },
  },
];
