export { dryRunImport } from './dry-run-import.ts';
export { IMPORT_COLUMNS } from './import-columns.ts';
export { cancelImport, listImports, readImport } from './manage-imports.ts';
export { runImport, runPendingImports } from './run-import.ts';
export { startImport } from './start-import.ts';
