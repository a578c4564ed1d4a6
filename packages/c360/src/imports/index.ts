export { dryRunImport } from './dry-run-import.ts';
export { IMPORT_COLUMNS } from './import-columns.ts';
export { readImportMapping, saveImportMapping } from './import-mapping.ts';
export { cancelImport, listImports, readImport } from './manage-imports.ts';
export { previewImport } from './preview-import.ts';
export { runImport, runPendingImports } from './run-import.ts';
export { startImport } from './start-import.ts';
