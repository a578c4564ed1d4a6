import type { ApiRecordError, ApiRecordResult } from '@c360/contracts';
import type { z } from 'zod';
import type { ApiKeyCaller } from '../api-keys/authenticate-api-key.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import type { PrismaClient } from '../store/prisma.ts';

/** A record's errors in its own field names: an unknown field is named itself, a record that is no object by ''. */
export function recordErrorsOf(error: z.ZodError): ApiRecordError[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ field: key, message: 'This field is not one the API takes.' }))
      : [{ field: issue.path.map(String).join('.'), message: issue.message }],
  );
}

/** The ExternalId a record was sent with, to name it in the answer even when the record is refused. */
export function externalIdOf(record: unknown): string | null {
  if (typeof record !== 'object' || record === null) return null;
  const value = (record as { ExternalId?: unknown }).ExternalId;
  return typeof value === 'string' ? value : null;
}

/**
 * Every call of the domain API that was served is audited once: which key, which endpoint and what became
 * of its records. Refused calls (401, 400, 429) write nothing, as every refused request.
 */
export async function auditApiCall(
  prisma: Pick<PrismaClient, 'auditEvent'>,
  caller: ApiKeyCaller,
  endpoint: string,
  results: readonly ApiRecordResult[],
): Promise<void> {
  const count = (status: ApiRecordResult['status']) => results.filter((result) => result.status === status).length;
  await recordAuditEvent(prisma, {
    type: 'api.call',
    domainId: caller.domainId,
    data: {
      keyId: caller.keyId,
      endpoint,
      records: results.length,
      created: count('created'),
      updated: count('updated'),
      unchanged: count('unchanged'),
      errors: count('error'),
    },
  });
}
