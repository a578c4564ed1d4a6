import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const serverOnly = ['@c360/c360', '@c360/c360/*', '@prisma/*', 'express', 'pg', '@electric-sql/*'];

const sidebarFeatures = readdirSync(new URL('./apps/sidebar/src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** no-restricted-imports for apps/sidebar/src, by folder (`lazy(() => import(…))` of a screen is not checked). */
function sidebarImportRules() {
  const common = [
    { group: [...serverOnly, '@c360/bff', '**/apps/bff/**'], message: 'The sidebar never imports server code.' },
    { regex: '^\\.\\./\\.\\./', message: 'Import through @/ (apps/sidebar/src) instead of climbing two or more folders.' },
  ];
  const entryOnly = (except) => ({
    // Styles are shared by path: a stylesheet is not an export.
    regex: `^(@/|(\\.\\./)+)features/${except ? `(?!${except}/)` : ''}[^/]+/(?!.*\\.css$)`,
    message: 'Import another feature through its entry, @/features/<name> (add what you need to its index.ts).',
  });
  const noApp = { regex: '^(@/|(\\.\\./)+)app(/|$)', message: 'Only app/ composes screens: features and shared code do not import it.' };
  const noFeatures = { regex: '^(@/|(\\.\\./)+)features(/|$)', message: 'Shared code does not import a feature (shared → features → app).' };
  const rule = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns: [...common, ...patterns] }] });
  return [
    { files: ['apps/sidebar/src/**'], rules: rule(noFeatures, noApp) },
    { files: ['apps/sidebar/src/app/**', 'apps/sidebar/src/main.tsx'], rules: rule(entryOnly()) },
    ...sidebarFeatures.flatMap((feature) => [
      { files: [`apps/sidebar/src/features/${feature}/**`], rules: rule(entryOnly(feature), noApp) },
      // From a feature's top folder (its index.ts), `../x` is another feature.
      {
        files: [`apps/sidebar/src/features/${feature}/*.{ts,tsx}`],
        rules: rule(entryOnly(feature), noApp, { regex: '^\\.\\./', message: 'Import another feature through its entry, @/features/<name>.' }),
      },
    ]),
  ];
}

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
  // The direction of imports (STYLE.md): sidebar → contracts ← bff → c360 → store; inside the sidebar,
  // shared code (components/, hooks/, lib/…) → features → app/, and a feature reaches another only through its
  // entry (features/<name>/index.ts). ESLint keeps one no-restricted-imports per file, so each folder's list
  // repeats the common patterns.
  ...sidebarImportRules(),
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
  // Prettier owns the layout: ESLint's rules that would fight its line breaks are off.
  prettier,
);
