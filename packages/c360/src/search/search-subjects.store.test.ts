import { SEARCH_MIN_LENGTH } from '@c360/contracts';
import { describe, expect } from 'vitest';
import { demoActor, rejection, storeTest as it } from '../../test/support/index.ts';
import type { Actor } from '../permissions/actor.ts';
import type { Store } from '../store/index.ts';
import { searchKey } from './search-key.ts';
import { searchSubjects } from './search-subjects.ts';

let store: Store;
let acme: string;
let hana: Actor;
it.beforeAll(async ({ store: fileStore, actors }) => {
  store = fileStore;
  acme = (await store.prisma.domain.findUniqueOrThrow({ where: { host: 'acme.gainsightcloud.com' } })).id;
  [hana] = await actors('hana.sato@acme.example');
});

const search = (query: string) => searchSubjects(store.prisma, { reader: hana, query });
const names = async (query: string) => (await search(query)).map((item) => item.name);

describe('searching companies and relationships', () => {
  it('finds names that start with the query and names with a word that starts with it', async () => {
    expect(await search('north')).toContainEqual(expect.objectContaining({ kind: 'company', name: 'Northwind Traders' }));
    expect(await names('traders')).toContain('Northwind Traders');
  });

  it('ranks the name itself, then names that start with the query, then a word that starts with it, then names containing it', async () => {
    for (const name of ['Bluezephyr Works', 'Blue Zephyr', 'Zephyr Logistics', 'Zephyr']) {
      await store.prisma.company.create({ data: { domainId: acme, name, searchName: searchKey(name) } });
    }
    expect(await names('zephyr')).toEqual(['Zephyr', 'Zephyr Logistics', 'Blue Zephyr', 'Bluezephyr Works']);
  });

  it('finds a misspelt word of a longer name when nothing starts with or contains the query', async () => {
    expect(await names('nortwind')).toContain('Northwind Traders');
    expect(await names('traderz')).toContain('Northwind Traders');
  });

  it(`finds nothing for fewer than ${SEARCH_MIN_LENGTH} characters, even where names start with them`, async () => {
    expect(await names('n')).toEqual([]);
    expect(await names(' N ')).toEqual([]);
    expect((await names('no')).length).toBeGreaterThan(0);
  });

  it('ignores case and finds a misspelt name by similarity', async () => {
    expect((await names('NORTHWIND'))[0]).toBe('Northwind Traders');
    expect(await names('nortwind trader')).toContain('Northwind Traders');
  });

  it('ignores Latin accents and finds Japanese names', async () => {
    await store.prisma.company.create({
      data: { domainId: acme, name: 'Crème Brûlée Café', searchName: searchKey('Crème Brûlée Café') },
    });
    expect(await names('creme brulee')).toContain('Crème Brûlée Café');
    expect(await names('CRÈME')).toContain('Crème Brûlée Café');
    expect(await names('サクラ')).toContain('株式会社サクラ精機');
  });

  it('returns relationships with their company and type', async () => {
    const relationship = await store.prisma.relationship.findFirstOrThrow({
      where: { domainId: acme, company: { name: 'Northwind Traders' } },
      include: { type: true },
    });
    const found = (await search(relationship.name)).find((item) => item.id === relationship.id);
    expect(found).toEqual({
      kind: 'relationship',
      id: relationship.id,
      name: relationship.name,
      companyId: relationship.companyId,
      companyName: 'Northwind Traders',
      typeName: relationship.type.name,
    });
  });

  it("never returns another domain's companies", async () => {
    const globex = await store.prisma.company.findFirstOrThrow({ where: { domain: { host: 'globex.us2.gainsightcloud.com' } } });
    expect(await names(globex.name)).not.toContain(globex.name);
  });

  it('treats LIKE wildcards as text and an empty query as nothing', async () => {
    expect(await search('%')).toEqual([]);
    expect(await search('   ')).toEqual([]);
  });

  it('refuses a user whose licence cannot view Customer 360, before reading the query', async () => {
    const ian = await demoActor(store.prisma, 'ian@acme.example');
    for (const query of ['north', 'x'.repeat(101)]) {
      expect(await rejection(searchSubjects(store.prisma, { reader: ian, query }))).toMatchObject({ code: 'FORBIDDEN', details: { action: 'viewC360' } });
    }
  });

  it('refuses a query longer than 100 characters', async () => {
    expect(await rejection(searchSubjects(store.prisma, { reader: hana, query: 'x'.repeat(101) }))).toMatchObject({ code: 'VALIDATION' });
  });
});
