import { z } from 'zod';

// Export (issue 17): the domain's data as a ZIP of CSV files (the columns a later import reads) or as JSON lines.

export const EXPORT_FORMATS = ['zip', 'jsonl'] as const;
export const exportFormatSchema = z.enum(EXPORT_FORMATS, { error: 'Choose zip or jsonl.' });
export type ExportFormat = z.infer<typeof exportFormatSchema>;

/** `GET /api/admin/export?format=zip|jsonl`. */
export const exportQuerySchema = z.object({ format: exportFormatSchema });
export type ExportQuery = z.infer<typeof exportQuerySchema>;

export const EXPORT_PATH = '/api/admin/export';
/** The download link of an export, for the sidebar's ⋯ → Export. */
export const exportUrl = (format: ExportFormat): string => `${EXPORT_PATH}?format=${format}`;
