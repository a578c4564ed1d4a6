import { describe, expect } from 'vitest';
import { fileStoreOf, rejection, storeTest as it, unzipTexts, useFixedClock } from '../../test/support/index.ts';
import type { Actor } from '../permissions/actor.ts';
import { EXPORT_DEFINITIONS, EXPORT_OBJECTS, type ExportObject } from './export-columns.ts';
import { exportDomain, type DomainExport } from './export-domain.ts';
import { EXPORT_PAGE_SIZE } from './export-rows.ts';

// Issue 17, Export: a tenant admin's domain as a ZIP of CSV files or as JSON lines, on the seeded demo data.
useFixedClock('2026-03-02T09:00:00.000Z');
const file = fileStoreOf(it);
let alex: Actor, olga: Actor, hana: Actor;
it.beforeAll(async ({ actors }) => {
  [alex, olga, hana] = await actors('alex@acme.example', 'olga.petrova@globex.example', 'hana.sato@acme.example');
});

async function bytesOf({ body }: DomainExport): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of body) parts.push(Buffer.from(chunk));
  return Buffer.concat(parts);
}

async function jsonLinesOf(admin: Actor): Promise<Array<Record<string, unknown>>> {
  const text = (await bytesOf(exportDomain(file.store.prisma, admin, { format: 'jsonl' }))).toString('utf8');
  expect(text.endsWith('\n')).toBe(true);
  return text
    .slice(0, -1)
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** How many records of each object the domain has in the store (people: one row per link, or one without). */
async function storedCounts(domainId: string): Promise<Record<ExportObject, number>> {
  const { prisma } = file.store;
  const where = { domainId };
  const unlinkedPeople = await prisma.person.count({ where: { domainId, companyPersons: { none: {} }, relationshipPersons: { none: {} } } });
  return {
    company: await prisma.company.count({ where }),
    relationship: await prisma.relationship.count({ where }),
    person: (await prisma.companyPerson.count({ where })) + (await prisma.relationshipPerson.count({ where })) + unlinkedPeople,
    companyAttributeValue: await prisma.companyAttributeValue.count({ where }),
    measureScore: await prisma.measureScore.count({ where }),
    cta: await prisma.cta.count({ where }),
    supportTicket: await prisma.supportTicket.count({ where }),
    supportTicketReply: await prisma.supportTicketReply.count({ where }),
    activity: await prisma.activity.count({ where: { domainId, status: 'LOGGED' } }),
  };
}

/** A CSV file's records split naively (the seeded values hold no quoted line breaks in these columns). */
const csvLines = (file: string) => file.split('\r\n').slice(0, -1);

describe('a domain export', () => {
  it("as a ZIP holds one CSV per object, with the BOM, its columns and every one of the domain's records", async () => {
    const exported = exportDomain(file.store.prisma, alex, { format: 'zip' });
    expect(exported).toMatchObject({ contentType: 'application/zip', filename: 'c360-export-2026-03-02.zip' });
    const files = unzipTexts(await bytesOf(exported));
    expect(Object.keys(files)).toEqual(EXPORT_OBJECTS.map((object) => EXPORT_DEFINITIONS[object].file));
    const counts = await storedCounts(alex.domainId);
    for (const object of EXPORT_OBJECTS) {
      const file = files[EXPORT_DEFINITIONS[object].file]!;
      expect(file.startsWith(`\uFEFF${EXPORT_DEFINITIONS[object].columns.join(',')}\r\n`), object).toBe(true);
      expect(counts[object], object).toBeGreaterThan(0);
    }
    expect(csvLines(files['companies.csv']!)).toHaveLength(counts.company + 1);
    expect(csvLines(files['support-ticket-replies.csv']!)).toHaveLength(counts.supportTicketReply + 1);

    const company = await file.store.prisma.company.findFirstOrThrow({ where: { domainId: alex.domainId, arr: { not: null } }, orderBy: { name: 'asc' } });
    const row = csvLines(files['companies.csv']!).find((line) => line.includes(company.name))!;
    expect(row).toContain(`${company.arr!.toNumber()},`);
    expect(row).toContain(company.renewalDate!.toISOString().slice(0, 10));
  });

  it('as JSON lines gives every object, its columns in order after "object", one line per record', async () => {
    const lines = await jsonLinesOf(alex);
    const counts = await storedCounts(alex.domainId);
    for (const object of EXPORT_OBJECTS) {
      const ofObject = lines.filter((line) => line.object === object);
      expect(ofObject, object).toHaveLength(counts[object]);
      expect(Object.keys(ofObject[0]!)).toEqual(['object', ...EXPORT_DEFINITIONS[object].columns]);
    }
    expect([...new Set(lines.map((line) => line.object))]).toEqual([...EXPORT_OBJECTS]);
    // The seeded domain has more logged activities than a page holds: each is read once across the pages.
    const activityIds = lines.filter((line) => line.object === 'activity').map((line) => line.ExternalId);
    expect(activityIds.length).toBeGreaterThan(EXPORT_PAGE_SIZE);
    expect(new Set(activityIds).size).toBe(activityIds.length);

    const people = await file.store.prisma.person.findMany({ where: { domainId: alex.domainId }, select: { email: true } });
    expect(new Set(lines.filter((line) => line.object === 'person').map((line) => line.Email))).toEqual(new Set(people.map((person) => person.email)));
    const activity = lines.find((line) => line.object === 'activity' && (line.ExternalAttendees as string[]).length > 0)!;
    expect(activity.ExternalAttendees).toEqual(expect.arrayContaining([expect.stringContaining('@')]));
    expect(lines.filter((line) => line.object === 'company').every((line) => typeof line.Name === 'string')).toBe(true);
  });

  it("never holds another domain's records", async () => {
    const acme = JSON.stringify(await jsonLinesOf(alex));
    const globex = { domainId: olga.domainId };
    const ids = [
      ...(await file.store.prisma.supportTicket.findMany({ where: globex, select: { id: true } })),
      ...(await file.store.prisma.activity.findMany({ where: globex, select: { id: true } })),
      ...(await file.store.prisma.cta.findMany({ where: globex, select: { id: true } })),
    ].map((record) => record.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.filter((id) => acme.includes(id))).toEqual([]);
    const acmeNames = new Set((await file.store.prisma.company.findMany({ where: { domainId: alex.domainId }, select: { name: true } })).map((c) => c.name));
    const globexOnly = (await file.store.prisma.company.findMany({ where: globex, select: { name: true } })).filter((c) => !acmeNames.has(c.name));
    expect(globexOnly.length).toBeGreaterThan(0);
    expect(globexOnly.filter((c) => acme.includes(JSON.stringify(c.name)))).toEqual([]);
  });

  it('is audited when sent, with who, the format and the count of each object', async () => {
    await bytesOf(exportDomain(file.store.prisma, olga, { format: 'jsonl' }));
    const event = await file.store.prisma.auditEvent.findFirstOrThrow({
      where: { type: 'admin.export.downloaded', userId: olga.id },
      orderBy: { createdAt: 'desc' },
    });
    expect(event).toMatchObject({ domainId: olga.domainId, data: { format: 'jsonl', completed: true, counts: await storedCounts(olga.domainId) } });
  });

  it('is audited as cut short when the download stops early, with what its snapshot held', async () => {
    const { body } = exportDomain(file.store.prisma, olga, { format: 'zip' });
    await body.next();
    await body.return();
    const event = await file.store.prisma.auditEvent.findFirstOrThrow({
      where: { type: 'admin.export.downloaded', userId: olga.id },
      orderBy: { createdAt: 'desc' },
    });
    expect(event.data).toMatchObject({ format: 'zip', completed: false, counts: await storedCounts(olga.domainId) });
  });

  it('is refused to a user who is not a tenant admin, before the format is read', async () => {
    const refused = await rejection((async () => exportDomain(file.store.prisma, hana, { format: 'csv' }))());
    expect(refused.code).toBe('FORBIDDEN');
  });

  it('names a format it does not make', async () => {
    const refused = await rejection((async () => exportDomain(file.store.prisma, alex, { format: 'csv' }))());
    expect(refused.code).toBe('VALIDATION');
    expect(refused.errors).toEqual([{ path: 'format', message: 'Choose zip or jsonl.' }]);
  });
});
