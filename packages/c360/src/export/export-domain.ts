import { exportQuerySchema, type ExportFormat } from '@c360/contracts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { now } from '../clock/clock.ts';
import { parseInput } from '../errors/parse-input.ts';
import type { Actor } from '../permissions/actor.ts';
import { assertCan } from '../permissions/can.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { EXPORT_DEFINITIONS, EXPORT_OBJECTS, type ExportObject, type ExportRow } from './export-columns.ts';
import { csvChunks, jsonLineOf } from './export-format.ts';
import { EXPORT_ROWS } from './export-rows.ts';
import { snapshotOf, type ExportStore } from './export-snapshot.ts';
import { zipStream } from './zip-stream.ts';

/** A domain's export, ready to stream: what to call it and its bytes (or text), read from the store as sent. */
export interface DomainExport {
  format: ExportFormat;
  contentType: string;
  /** `c360-export-<YYYY-MM-DD>.zip|.jsonl`, dated by the product's clock (UTC). */
  filename: string;
  body: AsyncGenerator<Uint8Array | string, void, undefined>;
}

type Counts = Record<ExportObject, number>;

/** An object's pages, counting its rows as they pass. */
async function* counted<Object extends ExportObject>(object: Object, prisma: ExportStore, domainId: string, counts: Counts) {
  for await (const rows of EXPORT_ROWS[object](prisma, domainId) as AsyncGenerator<Array<ExportRow<Object>>>) {
    counts[object] += rows.length;
    yield rows;
  }
}

async function* jsonLines(prisma: ExportStore, domainId: string, counts: Counts): AsyncGenerator<string> {
  for (const object of EXPORT_OBJECTS) {
    for await (const rows of counted(object, prisma, domainId, counts)) yield rows.map((row) => jsonLineOf(object, row)).join('');
  }
}

function zipOfCsv(prisma: ExportStore, domainId: string, counts: Counts, at: Date): AsyncGenerator<Uint8Array> {
  const entries = EXPORT_OBJECTS.map((object) => ({
    name: EXPORT_DEFINITIONS[object].file,
    chunks: csvChunks(object, counted(object, prisma, domainId, counts)),
  }));
  return zipStream(entries, at);
}

/**
 * `GET /api/admin/export` (issue 17, tenant admins only; the check comes before the query is read): the admin's
 * domain's data as a ZIP of one CSV per object or as JSON lines, read a keyset page at a time from one
 * snapshot of the store (`snapshotOf`). When the last byte is out, or the download is cut short, the export is
 * audited with who, the format, whether it completed and the count of each object's rows read.
 */
export function exportDomain(prisma: PrismaClient, admin: Actor, query: unknown): DomainExport {
  assertCan(admin, 'administer');
  const { format } = parseInput(exportQuerySchema, query);
  const at = now();
  const counts = Object.fromEntries(EXPORT_OBJECTS.map((object) => [object, 0])) as Counts;
  const content = snapshotOf(prisma, (store) => (format === 'zip' ? zipOfCsv(store, admin.domainId, counts, at) : jsonLines(store, admin.domainId, counts)));
  async function* body() {
    let completed = false;
    try {
      yield* content;
      completed = true;
    } finally {
      await recordAuditEvent(prisma, { type: 'admin.export.downloaded', domainId: admin.domainId, userId: admin.id, data: { format, completed, counts } });
    }
  }
  return {
    format,
    contentType: format === 'zip' ? 'application/zip' : 'application/x-ndjson; charset=utf-8',
    filename: `c360-export-${at.toISOString().slice(0, 10)}.${format}`,
    body: body(),
  };
}
