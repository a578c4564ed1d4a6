export { listReportEvents } from './list-report-events.ts';
export { reportEventsCsv, CSV_LANGUAGES, type CsvLanguage } from './report-csv.ts';
