import { z } from 'zod';
import { subjectRefSchema } from './subject.ts';
import { text } from './text.ts';

/**
 * Fewer characters than this (after trimming) find nothing: one character matches too many names to be of
 * use, so the picker does not ask and the server answers an empty list.
 */
export const SEARCH_MIN_LENGTH = 2;

/** `GET /api/search?q=`: the type-ahead of the company/relationship picker. */
export const searchQuerySchema = z.object({
  q: text().trim().max(100, 'Search for at most 100 characters.'),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

export const searchItemSchema = subjectRefSchema.extend({
  name: z.string(),
  /** For relationships: the company they belong to, and their type. */
  companyId: z.uuid().optional(),
  companyName: z.string().optional(),
  typeName: z.string().optional(),
});
export type SearchItem = z.infer<typeof searchItemSchema>;

export const searchResponseSchema = z.object({ items: z.array(searchItemSchema) });
export type SearchResponse = z.infer<typeof searchResponseSchema>;
