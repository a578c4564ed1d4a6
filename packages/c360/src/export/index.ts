export { EXPORT_DEFINITIONS, EXPORT_OBJECTS, type ExportCell, type ExportObject, type ExportRow } from './export-columns.ts';
export { exportDomain, type DomainExport } from './export-domain.ts';
