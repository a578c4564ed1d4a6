import { apiUpsertResultSchema } from '@c360/contracts';
import { describe, expect } from 'vitest';
import { storeTest as it } from '../../test/support/index.ts';
import { authenticateApiKey, type ApiKeyCaller } from '../api-keys/authenticate-api-key.ts';
import { createApiKey } from '../api-keys/manage-api-keys.ts';
import type { Store } from '../store/index.ts';
import { upsertCompanies } from './upsert-companies.ts';
import { upsertPeople } from './upsert-people.ts';

// Issue 17: POST /api/v1/people as the domain sees it: people upserted by ExternalId or e-mail, linked to companies by theirs.
let store: Store;
const callers = {} as { acme: ApiKeyCaller; globex: ApiKeyCaller };
it.beforeAll(async ({ store: fileStore, actors }) => {
  store = fileStore;
  const [alex, olga] = await actors('alex@acme.example', 'olga.petrova@globex.example');
  const keyOf = async (admin: typeof alex) => authenticateApiKey(store.prisma, (await createApiKey(store.prisma, admin, { name: 'HR sync' })).key);
  Object.assign(callers, { acme: await keyOf(alex), globex: await keyOf(olga) });
  await upsertCompanies(store.prisma, callers.acme, { records: [{ ExternalId: 'co-1', Name: 'People Test Co' }] });
  await upsertCompanies(store.prisma, callers.globex, { records: [{ ExternalId: 'co-g', Name: 'Globex People Co' }] });
});

const upsert = async (caller: ApiKeyCaller, records: unknown[]) => apiUpsertResultSchema.parse(await upsertPeople(store.prisma, caller, { records }));
const personOf = (caller: ApiKeyCaller, email: string) =>
  store.prisma.person.findUnique({
    where: { domainId_email: { domainId: caller.domainId, email } },
    include: { companyPersons: { include: { company: true } } },
  });

const ada = {
  ExternalId: 'p-1',
  FirstName: 'Ada',
  LastName: 'Lovelace',
  Email: 'Ada@Example.COM',
  CompanyExternalId: 'co-1',
  Title: 'CTO',
  Role: 'Decision maker',
};

describe('upserting people', () => {
  it('creates a person linked to the company named by its ExternalId, with title and role', async () => {
    const { results } = await upsert(callers.acme, [ada]);
    expect(results).toEqual([{ index: 0, ExternalId: 'p-1', status: 'created', id: expect.any(String) }]);
    const person = await personOf(callers.acme, 'ada@example.com');
    expect(person).toMatchObject({ id: results[0]!.id, externalId: 'p-1', fullName: 'Ada Lovelace' });
    expect(person!.companyPersons).toMatchObject([{ title: 'CTO', role: 'Decision maker', company: { externalId: 'co-1' } }]);
  });

  it('re-sending a batch changes nothing', async () => {
    const batch = [
      { ...ada, ExternalId: 'p-2', Email: 'resend@example.com' },
      { FirstName: 'No', LastName: 'Id', Email: 'noid@example.com' },
    ];
    await upsert(callers.acme, batch);
    const before = await Promise.all([personOf(callers.acme, 'resend@example.com'), personOf(callers.acme, 'noid@example.com')]);
    expect((await upsert(callers.acme, batch)).results.map((result) => result.status)).toEqual(['unchanged', 'unchanged']);
    expect(await Promise.all([personOf(callers.acme, 'resend@example.com'), personOf(callers.acme, 'noid@example.com')])).toEqual(before);
  });

  it('finds a person by e-mail when no ExternalId matches, and gives them the ExternalId', async () => {
    await upsert(callers.acme, [{ FirstName: 'Grace', LastName: 'Hopper', Email: 'grace@example.com' }]);
    const { results } = await upsert(callers.acme, [
      { ExternalId: 'p-3', FirstName: 'Grace', LastName: 'Hopper', Email: 'grace@example.com', CompanyExternalId: 'co-1', Role: 'Champion' },
    ]);
    expect(results[0]).toMatchObject({ status: 'updated' });
    const person = await personOf(callers.acme, 'grace@example.com');
    expect(person).toMatchObject({ externalId: 'p-3', companyPersons: [{ role: 'Champion', title: null }] });
  });

  it('changes the e-mail of the person found by ExternalId, and the title it sends, keeping the role it leaves out', async () => {
    await upsert(callers.acme, [{ ...ada, ExternalId: 'p-4', Email: 'old@example.com' }]);
    const { results } = await upsert(callers.acme, [
      { ExternalId: 'p-4', FirstName: 'Ada', LastName: 'King', Email: 'new@example.com', CompanyExternalId: 'co-1', Title: 'CEO' },
    ]);
    expect(results[0]).toMatchObject({ status: 'updated' });
    expect(await personOf(callers.acme, 'old@example.com')).toBeNull();
    expect(await personOf(callers.acme, 'new@example.com')).toMatchObject({ fullName: 'Ada King', companyPersons: [{ title: 'CEO', role: 'Decision maker' }] });
  });

  it('a bad record is refused with its field errors and writes nothing, while the good ones are written', async () => {
    const { results } = await upsert(callers.acme, [
      { FirstName: 'Good', LastName: 'One', Email: 'good1@example.com' },
      { FirstName: '', LastName: 'Bad', Email: 'not-an-email' },
      { FirstName: 'Lost', LastName: 'Company', Email: 'lost@example.com', CompanyExternalId: 'nowhere' },
      { FirstName: 'Title', LastName: 'Only', Email: 'title@example.com', Title: 'VP' },
      { ExternalId: 'p-1', FirstName: 'Clash', LastName: 'Email', Email: 'good1@example.com' },
    ]);
    expect(results.map((result) => result.status)).toEqual(['created', 'error', 'error', 'error', 'error']);
    expect(results[1]!.errors!.map((error) => error.field).sort()).toEqual(['Email', 'FirstName']);
    expect(results[2]!.errors).toEqual([{ field: 'CompanyExternalId', message: expect.any(String) }]);
    expect(results[3]!.errors).toEqual([{ field: 'CompanyExternalId', message: expect.any(String) }]);
    expect(results[4]!.errors).toEqual([{ field: 'Email', message: expect.any(String) }]);
    for (const email of ['not-an-email', 'lost@example.com', 'title@example.com']) expect(await personOf(callers.acme, email)).toBeNull();
    expect(await personOf(callers.acme, 'ada@example.com')).toMatchObject({ firstName: 'Ada', externalId: 'p-1' });
  });

  it("a key cannot touch another domain: it cannot link to another domain's company, and the same e-mail is a person of each", async () => {
    const refused = await upsert(callers.acme, [{ FirstName: 'Cross', LastName: 'Link', Email: 'cross@example.com', CompanyExternalId: 'co-g' }]);
    expect(refused.results[0]).toMatchObject({ status: 'error', errors: [{ field: 'CompanyExternalId' }] });
    const globex = await upsert(callers.globex, [{ ...ada, CompanyExternalId: 'co-g', Title: 'Advisor' }]);
    expect(globex.results[0]).toMatchObject({ status: 'created' });
    expect(await personOf(callers.acme, 'ada@example.com')).toMatchObject({ companyPersons: [{ title: 'CTO' }] });
    expect(await personOf(callers.globex, 'ada@example.com')).toMatchObject({ domainId: callers.globex.domainId, companyPersons: [{ title: 'Advisor' }] });
  });
});

describe('upserting many people at once', () => {
  it('writes a batch together and answers each record in its order, the same e-mail twice one after the other', async () => {
    const person = (n: number, extra: object = {}) => ({
      FirstName: 'Batch',
      LastName: `Person ${n}`,
      Email: `batch${n}@example.com`,
      CompanyExternalId: 'co-1',
      ...extra,
    });
    const { results } = await upsert(callers.acme, [
      person(1),
      person(2, { Title: 'Buyer' }),
      person(1, { LastName: 'Renamed' }),
      { ...person(3), CompanyExternalId: 'co-none' },
    ]);
    expect(results.map((result) => result.status)).toEqual(['created', 'created', 'updated', 'error']);
    expect(results[3]!.errors).toEqual([{ field: 'CompanyExternalId', message: 'No company of your domain has this ExternalId.' }]);
    expect((await personOf(callers.acme, 'batch1@example.com'))?.lastName).toBe('Renamed');
    expect((await personOf(callers.acme, 'batch2@example.com'))?.companyPersons.map((link) => [link.company.name, link.title])).toEqual([
      ['People Test Co', 'Buyer'],
    ]);
    const again = await upsert(callers.acme, [person(1, { LastName: 'Renamed' }), person(2, { Title: 'Buyer' })]);
    expect(again.results.map((result) => result.status)).toEqual(['unchanged', 'unchanged']);
  });
});

describe("a person's company by its name, a relationship by its name, and the other exported fields", () => {
  const relationshipOfAcme = () =>
    store.prisma.relationship.findFirstOrThrow({ where: { domainId: callers.acme.domainId }, orderBy: { id: 'asc' }, include: { company: true } });

  it('links to the company named by CompanyName when no CompanyExternalId is sent, with IsPrimary; an unknown name is refused naming CompanyName', async () => {
    const { results } = await upsert(callers.acme, [
      { FirstName: 'By', LastName: 'Name', Email: 'byname@example.com', CompanyName: 'People Test Co', Title: 'Buyer', IsPrimary: true },
      { FirstName: 'No', LastName: 'Such', Email: 'nosuch@example.com', CompanyName: 'No Such Company' },
      { FirstName: 'Other', LastName: 'Domain', Email: 'otherdomain@example.com', CompanyName: 'Globex People Co' },
    ]);
    expect(results.map((result) => result.status)).toEqual(['created', 'error', 'error']);
    expect(results[1]!.errors).toEqual([{ field: 'CompanyName', message: 'No company of your domain has this name.' }]);
    expect(results[2]!.errors).toEqual([{ field: 'CompanyName', message: 'No company of your domain has this name.' }]);
    expect(await personOf(callers.acme, 'byname@example.com')).toMatchObject({
      companyPersons: [{ title: 'Buyer', isPrimary: true, company: { externalId: 'co-1' } }],
    });
    expect(await personOf(callers.acme, 'nosuch@example.com')).toBeNull();
  });

  it("links to the company's relationship named by RelationshipName with the Role, and refuses a name the company has not", async () => {
    const relationship = await relationshipOfAcme();
    const company = { CompanyName: relationship.company.name };
    const { results } = await upsert(callers.acme, [
      { FirstName: 'Rel', LastName: 'Person', Email: 'rel@example.com', ...company, RelationshipName: relationship.name, Role: 'Sponsor' },
      { FirstName: 'Rel', LastName: 'Unknown', Email: 'relunknown@example.com', ...company, RelationshipName: 'No Such Relationship' },
      { FirstName: 'Rel', LastName: 'Alone', Email: 'relalone@example.com', RelationshipName: relationship.name },
      { FirstName: 'Rel', LastName: 'Title', Email: 'reltitle@example.com', ...company, RelationshipName: relationship.name, Title: 'CTO' },
    ]);
    expect(results.map((result) => result.status)).toEqual(['created', 'error', 'error', 'error']);
    expect(results.slice(1).map((result) => result.errors![0]!.field)).toEqual(['RelationshipName', 'RelationshipName', 'Title']);
    const person = await store.prisma.person.findFirstOrThrow({
      where: { domainId: callers.acme.domainId, email: 'rel@example.com' },
      include: { relationshipPersons: true, companyPersons: true },
    });
    expect(person.relationshipPersons).toMatchObject([{ relationshipId: relationship.id, role: 'Sponsor' }]);
    expect(person.companyPersons).toEqual([]);
    const again = await upsert(callers.acme, [
      { FirstName: 'Rel', LastName: 'Person', Email: 'rel@example.com', ...company, RelationshipName: relationship.name, Role: 'Sponsor' },
      { FirstName: 'Rel', LastName: 'Person', Email: 'rel@example.com', ...company, RelationshipName: relationship.name, Role: 'Champion' },
    ]);
    expect(again.results.map((result) => result.status)).toEqual(['unchanged', 'updated']);
  });

  it("stores the person's Phone, LinkedinUrl, Location and Timezone: left out they stay, null clears them", async () => {
    const contact = { Phone: '+81 3 1234 5678', LinkedinUrl: 'https://www.linkedin.com/in/kenji', Location: 'Tokyo', Timezone: 'Asia/Tokyo' };
    await upsert(callers.acme, [{ FirstName: 'Kenji', LastName: 'Ito', Email: 'kenji@example.com', ...contact }]);
    expect(await personOf(callers.acme, 'kenji@example.com')).toMatchObject({
      phone: '+81 3 1234 5678',
      linkedinUrl: 'https://www.linkedin.com/in/kenji',
      location: 'Tokyo',
      timezone: 'Asia/Tokyo',
    });
    const { results } = await upsert(callers.acme, [{ FirstName: 'Kenji', LastName: 'Ito', Email: 'kenji@example.com', Location: null }]);
    expect(results[0]).toMatchObject({ status: 'updated' });
    expect(await personOf(callers.acme, 'kenji@example.com')).toMatchObject({ phone: '+81 3 1234 5678', location: null, timezone: 'Asia/Tokyo' });
  });

  it('a mixed batch counts each record exactly, applies records of one person in order, and the same batch again changes nothing', async () => {
    await upsert(callers.acme, [
      { ExternalId: 'mix-p1', FirstName: 'Mix', LastName: 'One', Email: 'mix1@example.com' },
      { ExternalId: 'mix-p2', FirstName: 'Mix', LastName: 'Two', Email: 'mix2@example.com', CompanyExternalId: 'co-1' },
    ]);
    const batch = [
      { ExternalId: 'mix-p1', FirstName: 'Mix', LastName: 'One', Email: 'mix1@example.com' },
      { ExternalId: 'mix-p2', FirstName: 'Mix', LastName: 'Two', Email: 'mix2@example.com', CompanyExternalId: 'co-1', Role: 'User' },
      { ExternalId: 'mix-p3', FirstName: 'Mix', LastName: 'Three', Email: 'mix3@example.com', CompanyName: 'People Test Co' },
      { ExternalId: 'mix-p1', FirstName: 'Mix', LastName: 'One', Email: 'mix1-new@example.com' },
      { ExternalId: 'mix-p4', FirstName: 'Mix', LastName: 'Four', Email: 'mix1@example.com' },
      { ExternalId: 'mix-p5', FirstName: 'Mix', LastName: 'Five', Email: 'mix5@example.com', CompanyExternalId: 'nowhere' },
    ];
    const first = await upsert(callers.acme, batch);
    expect(first.results.map((result) => result.status)).toEqual(['unchanged', 'updated', 'created', 'updated', 'created', 'error']);
    expect(await personOf(callers.acme, 'mix1-new@example.com')).toMatchObject({ externalId: 'mix-p1' });
    expect(await personOf(callers.acme, 'mix1@example.com')).toMatchObject({ externalId: 'mix-p4' });
    const again = await upsert(callers.acme, batch.slice(1, 5));
    expect(again.results.map((result) => result.status)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged']);
  });
});

describe("a person's manager at the company", () => {
  const managerOf = async (email: string) =>
    (
      await store.prisma.companyPerson.findFirstOrThrow({
        where: { domainId: callers.acme.domainId, person: { email }, company: { externalId: 'co-1' } },
        include: { manager: { include: { person: true } } },
      })
    ).manager?.person.email ?? null;
  const person = (name: string, extra: object = {}) => ({
    FirstName: name,
    LastName: 'Team',
    Email: `${name}@example.com`,
    CompanyExternalId: 'co-1',
    ...extra,
  });

  it('links a manager who comes later in the call, counts a change of manager only as updated, and a null clears it', async () => {
    const { results } = await upsert(callers.acme, [person('report', { ManagerEmail: 'Boss@example.com' }), person('boss')]);
    expect(results.map((result) => result.status)).toEqual(['created', 'created']);
    expect(await managerOf('report@example.com')).toBe('boss@example.com');
    expect((await upsert(callers.acme, [person('report', { ManagerEmail: 'boss@example.com' })])).results[0]!.status).toBe('unchanged');

    await upsert(callers.acme, [person('otherboss')]);
    expect((await upsert(callers.acme, [person('report', { ManagerEmail: 'otherboss@example.com' })])).results[0]!.status).toBe('updated');
    expect(await managerOf('report@example.com')).toBe('otherboss@example.com');
    expect((await upsert(callers.acme, [person('report', { ManagerEmail: null })])).results[0]!.status).toBe('updated');
    expect(await managerOf('report@example.com')).toBeNull();
  });

  it('refuses a manager who is no person of the company naming ManagerEmail (the rest of the record is written), and a manager without a company', async () => {
    await upsert(callers.globex, [{ FirstName: 'Globex', LastName: 'Boss', Email: 'gboss@example.com', CompanyExternalId: 'co-g' }]);
    const { results } = await upsert(callers.acme, [
      person('lonely', { Title: 'Analyst', ManagerEmail: 'nobody@example.com' }),
      person('crossed', { ManagerEmail: 'gboss@example.com' }),
      { FirstName: 'No', LastName: 'Company', Email: 'nocompany@example.com', ManagerEmail: 'boss@example.com' },
    ]);
    expect(results.map((result) => [result.status, result.errors?.[0]?.field])).toEqual([
      ['error', 'ManagerEmail'],
      ['error', 'ManagerEmail'],
      ['error', 'CompanyExternalId'],
    ]);
    expect(results[0]!.errors![0]!.message).toBe('No person of this company has this e-mail address.');
    expect(await personOf(callers.acme, 'lonely@example.com')).toMatchObject({ companyPersons: [{ title: 'Analyst', managerId: null }] });
    expect(await personOf(callers.acme, 'nocompany@example.com')).toBeNull();
  });
});
