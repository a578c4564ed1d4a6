import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const serverOnly = ['@c360/c360', '@c360/c360/*', '@prisma/*', 'express', 'pg', '@electric-sql/*'];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'packages/c360/src/generated/**', '**/.data/**', '**/.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The sandbox's client page runs hand-written browser modules.
    files: ['apps/sidebar/src/**', 'apps/zoom-sandbox/public/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  // The rules of hooks, and the React Compiler's checks of what a component may do while rendering.
  { files: ['apps/sidebar/src/**/*.{ts,tsx}'], ...reactHooks.configs.flat.recommended },
  // The direction of imports (STYLE.md): sidebar → contracts ← bff → c360 → store.
  {
    files: ['apps/sidebar/src/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...serverOnly, '@c360/bff', '**/apps/bff/**'] }] },
  },
  {
    files: ['packages/contracts/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...serverOnly, '@c360/bff', 'react'] }] },
  },
  {
    files: ['packages/c360/src/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['express', 'react', '@c360/bff', '**/apps/**'] }] },
  },
  // Time comes from one clock (c360/clock), so tests can fix it: nobody else asks the system.
  {
    files: ['packages/c360/src/**/*.ts', 'apps/bff/src/**/*.ts'],
    ignores: ['**/*.test.ts', 'packages/c360/src/clock/clock.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "Use now() from the domain's clock (c360/clock)." },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: "Use now() from the domain's clock (c360/clock)." },
      ],
    },
  },
);
