export { dryRunImport } from './dry-run-import.ts';
export { IMPORT_COLUMNS } from './import-columns.ts';
