import type { ReportEvent, ReportEventDetails, ReportEventType } from '@c360/contracts';

/** One event with its names, as the report statement selects it. */
export interface ReportEventRow {
  id: string;
  type: string;
  createdAt: Date;
  meetingUuid: string | null;
  data: unknown;
  userId: string | null;
  userName: string | null;
  companyId: string | null;
  companyName: string | null;
  relationshipId: string | null;
  relationshipName: string | null;
}

/**
 * The data keys a report may show: ids, kinds, scores and field keys that the writers of these events put
 * there. Anything else in `data` (free text, error messages, future fields) stays out until it is listed.
 */
const SHOWN_DATA_KEYS = [
  'surface',
  'role',
  'activityId',
  'activityType',
  'version',
  'personId',
  'created',
  'measureId',
  'score',
  'previousScore',
  'overallScore',
  'commented',
  'keys',
  'mode',
  'ctaId',
  'dueDate',
  'fileType',
  'attempts',
] as const;
const MAX_DETAIL_LENGTH = 200;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function detailOf(value: unknown): string | number | boolean | undefined {
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') return value.slice(0, MAX_DETAIL_LENGTH);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join(', ').slice(0, MAX_DETAIL_LENGTH);
  return undefined;
}

export function detailsOf(data: unknown): ReportEventDetails {
  if (!isRecord(data)) return {};
  const details: ReportEventDetails = {};
  for (const key of SHOWN_DATA_KEYS) {
    const detail = detailOf(data[key]);
    if (detail !== undefined) details[key] = detail;
  }
  return details;
}

const named = (id: string | null, name: string | null) => (id === null || name === null ? null : { id, name });

export function toReportEvent(row: ReportEventRow): ReportEvent {
  return {
    id: row.id,
    // The statement selects only the report's types.
    type: row.type as ReportEventType,
    createdAt: row.createdAt.toISOString(),
    user: row.userId === null || row.userName === null ? null : { id: row.userId, displayName: row.userName },
    company: named(row.companyId, row.companyName),
    relationship: named(row.relationshipId, row.relationshipName),
    meetingUuid: row.meetingUuid,
    details: detailsOf(row.data),
  };
}
