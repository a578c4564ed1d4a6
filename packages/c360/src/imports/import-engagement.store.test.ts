import { importJobSchema, importReportSchema, type ImportObject } from '@c360/contracts';
import { describe, expect } from 'vitest';
import { countingQueries, storeTest as it } from '../../test/support/index.ts';
import type { ExportObject } from '../export/export-columns.ts';
import { csvChunks } from '../export/export-format.ts';
import { EXPORT_ROWS } from '../export/export-rows.ts';
import { readInsights } from '../insights/read-insights.ts';
import type { Actor } from '../permissions/actor.ts';
import type { Store } from '../store/index.ts';
import { listTimeline } from '../timeline/list-timeline.ts';
import { dryRunImport } from './dry-run-import.ts';
import { readImport } from './manage-imports.ts';
import { runImport } from './run-import.ts';
import { startImport } from './start-import.ts';

// Issue 17: importing CTAs, support tickets with their replies, and timeline activities as acme's tenant admin
// (alex), in the export's columns; olga is globex's admin.
let store: Store;
const users = {} as { alex: Actor; hana: Actor; olga: Actor };
let companyId = '';
it.beforeAll(async ({ store: fileStore, actors }) => {
  store = fileStore;
  const [alex, hana, olga] = await actors('alex@acme.example', 'hana.sato@acme.example', 'olga.petrova@globex.example');
  Object.assign(users, { alex, hana, olga });
  companyId = (await store.prisma.company.create({ data: { domainId: alex.domainId, name: 'Imported Engagement Co', externalId: 'ie-co' } })).id;
  // The same ExternalIds in globex, which an acme import must never touch.
  const globexCo = await store.prisma.company.create({ data: { domainId: olga.domainId, name: 'Imported Engagement Co', externalId: 'ie-co' } });
  await store.prisma.supportTicket.create({
    data: { domainId: olga.domainId, companyId: globexCo.id, externalId: 'ie-t1', subject: 'Globex own', status: 'OPEN', createdAt: new Date('2026-01-01') },
  });
});

async function* fileOf(text: string): AsyncGenerator<Uint8Array> {
  yield new TextEncoder().encode(text);
}
async function imported(object: ImportObject, text: string, admin = users.alex) {
  const { id } = await startImport(store.prisma, admin, object, fileOf(text));
  await runImport(store.prisma, id);
  return importJobSchema.parse(await readImport(store.prisma, admin, id));
}
/** The export's CSV file of an object, of the rows `keep` keeps (the whole demo domain takes too long to import in a test). */
async function exportedCsv(object: ExportObject, keep: (row: object) => boolean): Promise<string> {
  async function* kept() {
    for await (const rows of EXPORT_ROWS[object](store.prisma, users.alex.domainId)) yield (rows as object[]).filter(keep);
  }
  let text = '';
  for await (const chunk of csvChunks(object, kept() as never)) text += chunk;
  return text;
}
const dryRun = async (object: ImportObject, text: string) => importReportSchema.parse(await dryRunImport(store.prisma, users.alex, object, fileOf(text)));

const CTAS = [
  'ExternalId,CompanyExternalId,CompanyName,Type,Subject,Priority,Status,OwnerEmail,DueDate',
  'ie-c1,ie-co,,Risk,Usage dropped,High,Open,hana.sato@acme.example,2027/1/15',
  'ie-c2,,Imported Engagement Co,EXPANSION,Upsell seats,,,alex@acme.example,2027-02-01',
  'ie-c3,ie-co,,Risk,Bad owner,,,nobody@acme.example,2027-02-01',
  'ie-c4,ie-co,,Panic,Bad type,,,alex@acme.example,2027-02-01',
].join('\r\n');
const TICKETS = [
  'ExternalId,CompanyExternalId,CompanyName,Subject,Status,CreatedAt,FirstResponseAt,ResolvedAt,Rating',
  'ie-t1,ie-co,,Cannot sign in,CLOSED,2026-03-02T09:00:00Z,2026-03-02T10:00:00Z,2026-03-02T15:00:00Z,4',
  'ie-t2,,Imported Engagement Co,Slow export,OPEN,2026-03-03T09:00:00Z,,,1',
  'ie-t3,ie-404,,Nowhere,OPEN,2026-03-03T09:00:00Z,,,',
].join('\n');
const REPLIES = [
  'TicketExternalId,SentAt,ResponseMinutes',
  'ie-t1,2026-03-02T10:00:00Z,60',
  'ie-t1,2026-03-02T12:00:00Z,30',
  'ie-t404,2026-03-02T12:00:00Z,30',
].join('\n');
const ACTIVITIES = [
  'ExternalId,CompanyExternalId,CompanyName,RelationshipName,Type,Subject,Notes,ActivityDate,DurationInMins,AuthorEmail,InternalAttendees,ExternalAttendees',
  'ie-a1,ie-co,,,Call,Kick-off call,<p>Agreed the plan</p>,2026-03-01T10:00:00Z,30,hana.sato@acme.example,alex@acme.example; hana.sato@acme.example,',
  'ie-a2,ie-co,,Nowhere,Call,Bad relationship,,2026-03-01T10:00:00Z,,hana.sato@acme.example,,',
].join('\n');

describe('importing CTAs, tickets, replies and activities', () => {
  it('a dry run names each bad reference by row and column, and writes nothing', async () => {
    const before = await store.prisma.cta.count();
    expect(await dryRun('ctas', CTAS)).toMatchObject({
      rows: 4,
      validRows: 2,
      errors: [
        { row: 4, column: 'OwnerEmail' },
        { row: 5, column: 'Type' },
      ],
    });
    expect((await dryRun('tickets', TICKETS)).errors).toMatchObject([{ row: 4, column: 'CompanyExternalId' }]);
    expect((await dryRun('activities', ACTIVITIES)).errors).toMatchObject([{ row: 3, column: 'RelationshipName' }]);
    expect(await store.prisma.cta.count()).toBe(before);
  });

  it("a dry run reads the references of CTAs', tickets' and activities' rows in the same few statements whatever their number, refusing each row as before", async () => {
    const domainId = users.alex.domainId;
    const relationship = await store.prisma.relationship.findFirstOrThrow({ where: { domainId }, select: { name: true, company: { select: { name: true } } } });
    const person = await store.prisma.person.findFirstOrThrow({ where: { domainId }, select: { email: true } });
    const activity = await store.prisma.activity.findFirstOrThrow({ where: { domainId, externalId: null }, select: { id: true } });
    const company = `,${relationship.company.name}`;
    // Each kind's rows in turn: a good one (its activity by the store id an export writes, in capitals), then one refused by each reference it names.
    const files = {
      ctas: {
        header: 'ExternalId,CompanyExternalId,CompanyName,RelationshipName,ActivityExternalId,Type,Subject,OwnerEmail,DueDate',
        rows: [
          [`${company},${relationship.name},${activity.id.toUpperCase()},Risk,Good,alex@acme.example,2027-01-15`],
          ['ie-404,,,,Risk,Nowhere and nobody,nobody@acme.example,2027-01-15', 'CompanyExternalId', 'No company of your domain has this ExternalId.'],
          ['ie-co,,,,Risk,Nobody,nobody@acme.example,2027-01-15', 'OwnerEmail', 'No user of your domain has this e-mail address: nobody@acme.example.'],
          ['ie-co,,Nowhere,,Risk,No relationship,alex@acme.example,2027-01-15', 'RelationshipName', 'The company has no relationship of this name.'],
          ['ie-co,,,ie-a404,Risk,No activity,alex@acme.example,2027-01-15', 'ActivityExternalId', 'No timeline activity of your domain has this ExternalId.'],
        ],
      },
      tickets: {
        header: 'ExternalId,CompanyExternalId,CompanyName,Subject,Status,CreatedAt',
        rows: [
          ['ie-co,,Good,OPEN,2026-03-03T09:00:00Z'],
          [',Nowhere Co,No company,OPEN,2026-03-03T09:00:00Z', 'CompanyName', 'No company of your domain has this name.'],
          ['ie-404,Imported Engagement Co,No company,OPEN,2026-03-03T09:00:00Z', 'CompanyExternalId', 'No company of your domain has this ExternalId.'],
        ],
      },
      activities: {
        header: 'ExternalId,CompanyExternalId,CompanyName,RelationshipName,Type,Subject,ActivityDate,AuthorEmail,InternalAttendees,ExternalAttendees',
        rows: [
          [`${company},${relationship.name},Call,Good,2026-03-01T10:00:00Z,hana.sato@acme.example,alex@acme.example; HANA.SATO@acme.example,${person.email}`],
          [',Nowhere Co,,Call,No company,2026-03-01T10:00:00Z,nobody@acme.example,,', 'CompanyName', 'No company of your domain has this name.'],
          [
            'ie-co,,,Call,No author,2026-03-01T10:00:00Z,nobody@acme.example,,',
            'AuthorEmail',
            'No user of your domain has this e-mail address: nobody@acme.example.',
          ],
          [
            'ie-co,,,Call,No attendees,2026-03-01T10:00:00Z,alex@acme.example,x@acme.example; alex@acme.example; y@acme.example,',
            'InternalAttendees',
            'No user of your domain has this e-mail address: x@acme.example, y@acme.example.',
          ],
          [
            'ie-co,,,Call,No guest,2026-03-01T10:00:00Z,alex@acme.example,,z@customer.example',
            'ExternalAttendees',
            'No person of your domain has this e-mail address: z@customer.example.',
          ],
        ],
      },
    };
    for (const [object, { header, rows }] of Object.entries(files) as Array<[ImportObject, (typeof files)['ctas']]>) {
      /** The dry run of the kind's rows `times` over, each row its own ExternalId, and the statements it sent. */
      const run = async (times: number) => {
        const lines = Array.from({ length: times }, (_, time) => rows.map(([cells], k) => `dry-${time}-${k},${cells}`)).flat();
        const counting = countingQueries(store.prisma);
        const report = importReportSchema.parse(await dryRunImport(counting.client, users.alex, object, fileOf([header, ...lines].join('\n'))));
        return { report, statements: counting.count() };
      };
      const few = await run(1);
      const many = await run(20);
      const refused = (times: number) =>
        Array.from({ length: times }, (_, time) =>
          rows.flatMap(([, column, message], k) => (column ? [{ row: 2 + time * rows.length + k, column, message }] : [])),
        ).flat();
      expect(few.report).toEqual({ rows: rows.length, validRows: 1, errorCount: rows.length - 1, errors: refused(1) });
      expect(many.report).toEqual({ rows: 20 * rows.length, validRows: 20, errorCount: 20 * (rows.length - 1), errors: refused(20) });
      expect({ object, statements: many.statements }).toEqual({ object, statements: few.statements });
    }
  });

  it('writes the good rows and records the refused ones; importing the same files again changes nothing', async () => {
    expect(await imported('ctas', CTAS)).toMatchObject({ state: 'DONE', created: 2, errorCount: 2 });
    expect(await imported('tickets', TICKETS)).toMatchObject({ state: 'DONE', created: 2, errorCount: 1 });
    const replies = await imported('ticketReplies', REPLIES);
    expect(replies).toMatchObject({ state: 'DONE', created: 2, errorCount: 1, errors: [{ row: 4, column: 'TicketExternalId' }] });
    expect(await imported('activities', ACTIVITIES)).toMatchObject({ state: 'DONE', created: 1, errorCount: 1 });
    for (const [object, text] of [
      ['ctas', CTAS],
      ['tickets', TICKETS],
      ['ticketReplies', REPLIES],
      ['activities', ACTIVITIES],
    ] as const) {
      expect(await imported(object, text)).toMatchObject({ state: 'DONE', created: 0, updated: 0 });
    }
    expect(await store.prisma.cta.findFirstOrThrow({ where: { externalId: 'ie-c1' } })).toMatchObject({
      companyId,
      type: 'RISK',
      priority: 'HIGH',
      ownerId: users.hana.id,
    });
  });

  it("the company's Summary ticket metrics and timeline show what was imported", async () => {
    const insights = await readInsights(store.prisma, { reader: users.hana, subject: { kind: 'company', id: companyId } });
    expect(insights).toMatchObject({
      tickets: { open: 1, closed: 1 },
      averageFirstResponseMinutes: 60,
      averageResponseMinutes: 45,
      averageResolutionMinutes: 360,
      happiness: { good: 1, okay: 0, bad: 1, rated: 2 },
    });
    const page = await listTimeline(store.prisma, {
      domainId: users.alex.domainId,
      viewerId: users.alex.id,
      subject: { kind: 'company', id: companyId },
      limit: 20,
    });
    expect(page.items).toMatchObject([
      { status: 'LOGGED', type: 'CALL', subject: 'Kick-off call', authorId: users.hana.id, internalAttendeeIds: expect.any(Array) },
    ]);
    expect([...page.items[0]!.internalAttendeeIds].sort()).toEqual([users.alex.id, users.hana.id].sort());
  });

  it("never touches another domain's records with the same ExternalIds", async () => {
    const globex = await store.prisma.supportTicket.findUniqueOrThrow({
      where: { domainId_externalId: { domainId: users.olga.domainId, externalId: 'ie-t1' } },
    });
    expect(globex).toMatchObject({ subject: 'Globex own', status: 'OPEN', rating: null });
    expect(await store.prisma.supportTicketReply.count({ where: { ticketId: globex.id } })).toBe(0);
  });

  it("re-importing the domain's own export of these objects changes nothing (the imported company's and seeded ones')", async () => {
    const where = { domainId: users.alex.domainId, company: { name: { not: 'Imported Engagement Co' } } };
    const seeded = [
      await store.prisma.cta.findFirstOrThrow({ where, select: { company: { select: { name: true } } } }),
      await store.prisma.supportTicket.findFirstOrThrow({ where: { ...where, replies: { some: {} } }, select: { company: { select: { name: true } } } }),
      await store.prisma.activity.findFirstOrThrow({ where: { ...where, status: 'LOGGED' }, select: { company: { select: { name: true } } } }),
    ];
    const companies = new Set(['Imported Engagement Co', ...seeded.map((record) => record.company!.name)]);
    const tickets = new Set<unknown>();
    const ofCompanies = (row: { CompanyName: unknown; ExternalId?: unknown }) =>
      companies.has(row.CompanyName as string) && (tickets.add(row.ExternalId) || true);
    for (const [object, exported, keep] of [
      ['ctas', 'cta', ofCompanies],
      ['tickets', 'supportTicket', ofCompanies],
      ['ticketReplies', 'supportTicketReply', (row: { TicketExternalId: unknown }) => tickets.has(row.TicketExternalId)],
      ['activities', 'activity', ofCompanies],
    ] as const) {
      const job = await imported(object, await exportedCsv(exported, keep as (row: object) => boolean));
      expect(job.rowsTotal).toBeGreaterThan(0);
      expect(job).toMatchObject({ object, state: 'DONE', created: 0, updated: 0, errorCount: 0, unchanged: job.rowsTotal });
    }
  });
});
