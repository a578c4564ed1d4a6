import { randomUUID } from 'node:crypto';
import { describe, expect } from 'vitest';
import { demoActor, rejection, storeTest as it } from '../../test/support/index.ts';
import { readAttributeLayout } from '../attributes/read-attribute-layout.ts';
import { readAttributes } from '../attributes/read-attributes.ts';
import { saveAttributeLayout } from '../attributes/save-attribute-layout.ts';
import { updateAttributes } from '../attributes/update-attributes.ts';
import { readScorecard } from '../scorecard/read-scorecard.ts';
import { updateMeasureScore } from '../scorecard/update-measure-score.ts';
import type { PrismaClient } from '../store/prisma.ts';
import type { Actor } from './actor.ts';
import { NEW360_OFF_REASON } from './assert-new360.ts';

let prisma: PrismaClient;
/** Full licence in umbrella, whose "New 360 experience" is off. */
let mia: Actor;
/** umbrella's tenant administrator. */
let grace: Actor;
let companyId: string;

it.beforeAll(async ({ store, actors }) => {
  prisma = store.prisma;
  mia = await demoActor(prisma, 'mia@initech.example', 'umbrella');
  [grace] = await actors('grace.kim@umbrella.example');
  companyId = (await prisma.company.findFirstOrThrow({ where: { domainId: mia.domainId } })).id;
});

const subject = () => ({ kind: 'company', id: companyId }) as const;

/** Every read and write of scorecards and attributes, as the users of umbrella would call them. */
const calls = (): Record<string, () => Promise<unknown>> => ({
  readScorecard: () => readScorecard(prisma, { domainId: mia.domainId, subject: subject(), reader: mia }),
  updateMeasureScore: () => updateMeasureScore(prisma, mia, { subject: subject(), measureId: randomUUID(), body: { score: 50 } }),
  readAttributes: () => readAttributes(prisma, mia, companyId),
  updateAttributes: () => updateAttributes(prisma, mia, companyId, { values: { arr: 1000 }, version: 1 }),
  readAttributeLayout: () => readAttributeLayout(prisma, grace),
  saveAttributeLayout: () => saveAttributeLayout(prisma, grace, { keys: [] }),
});

describe('a domain without the New 360 experience', () => {
  it('has no scorecard and no attributes: every read and write is refused, saying why, and nothing changes', async () => {
    const layoutItems = await prisma.zoomAttributeLayoutItem.count({ where: { domainId: mia.domainId } });
    for (const [name, call] of Object.entries(calls())) {
      const error = await rejection(call());
      expect({ name, code: error.code, message: error.message, details: error.details }).toEqual({
        name,
        code: 'FORBIDDEN',
        message: NEW360_OFF_REASON,
        details: { feature: 'new360' },
      });
    }
    expect(await prisma.zoomAttributeLayoutItem.count({ where: { domainId: mia.domainId } })).toBe(layoutItems);
    expect(await prisma.company.findUniqueOrThrow({ where: { id: companyId }, select: { version: true } })).toEqual({ version: 1 });
  });

  it('is refused before any id is looked at, so another domain cannot be probed through it', async () => {
    const acmeCompany = await prisma.company.findFirstOrThrow({ where: { domain: { host: 'acme.gainsightcloud.com' } } });
    expect((await rejection(readAttributes(prisma, mia, acmeCompany.id))).code).toBe('FORBIDDEN');
    expect((await rejection(readAttributes(prisma, mia, 'not-an-id'))).code).toBe('FORBIDDEN');
  });

  it('opens both once the tenant switches the experience on', async () => {
    await prisma.domain.update({ where: { id: mia.domainId }, data: { new360: true } });
    expect((await readAttributes(prisma, mia, companyId)).companyId).toBe(companyId);
    await expect(readScorecard(prisma, { domainId: mia.domainId, subject: subject(), reader: mia })).resolves.toBeDefined();
  });
});
