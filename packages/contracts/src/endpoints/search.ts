import { searchQuerySchema, searchResponseSchema } from '../search.ts';
import { defineEndpoint } from './define-endpoint.ts';

export const searchEndpoints = {
  subjects: defineEndpoint({ method: 'GET', path: () => '/api/search', query: searchQuerySchema, response: searchResponseSchema }),
} as const;
