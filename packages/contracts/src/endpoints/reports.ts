import { reportPageSchema, reportQuerySchema } from '../reports.ts';
import { defineEndpoint } from './define-endpoint.ts';

export const reportEndpoints = {
  events: defineEndpoint({ method: 'GET', path: () => '/api/reports/events', query: reportQuerySchema, response: reportPageSchema }),
} as const;
