import type { Prisma, ScoringScheme } from '../generated/prisma/client.ts';
import { REFERENCE_NOW, addDays } from './clock.ts';
import { seedId } from './random.ts';

export type DomainKey = 'acme' | 'globex' | 'globex-sandbox' | 'initech' | 'umbrella';

export interface DemoDomain {
  key: DomainKey;
  id: string;
  row: Prisma.DomainCreateManyInput;
  /** The scheme of the domain's company scorecard. */
  scheme: ScoringScheme;
}

function demoDomain(key: DomainKey, scheme: ScoringScheme, row: Omit<Prisma.DomainCreateManyInput, 'id' | 'createdAt' | 'updatedAt'>): DemoDomain {
  const id = seedId('domain', key);
  const createdAt = addDays(REFERENCE_NOW, -720);
  return { key, id, scheme, row: { id, createdAt, updatedAt: createdAt, ...row } };
}

/**
 * The domains of SPEC §6. Every production domain has the "New 360 experience" except umbrella, so the
 * sidebar's note for tenants without it (Scorecard and Attributes hidden) has demo data: sign in as mia and
 * pick umbrella. Meeting logs are MANUAL (the Gainsight default) everywhere.
 */
export const DEMO_DOMAINS: readonly DemoDomain[] = [
  demoDomain('acme', 'NUMERIC', {
    tenant: 'acme', name: 'Acme', host: 'acme.gainsightcloud.com', dataCenter: 'US1', environment: 'PRODUCTION',
    new360: true, zoomAccessPolicy: 'ALL_LICENSED', meetingLogMode: 'MANUAL', currency: 'USD',
  }),
  demoDomain('globex', 'GRADE', {
    tenant: 'globex', name: 'Globex', host: 'globex.us2.gainsightcloud.com', dataCenter: 'US2', environment: 'PRODUCTION',
    new360: true, zoomAccessPolicy: 'ALL_LICENSED', meetingLogMode: 'MANUAL', currency: 'USD',
  }),
  demoDomain('globex-sandbox', 'GRADE', {
    tenant: 'globex', name: 'Globex (Sandbox)', host: 'globex-sandbox.us2.gainsightcloud.com', dataCenter: 'US2', environment: 'SANDBOX',
    new360: true, zoomAccessPolicy: 'ALL_LICENSED', meetingLogMode: 'MANUAL', currency: 'USD',
  }),
  demoDomain('initech', 'COLOR', {
    tenant: 'initech', name: 'Initech', host: 'initech.eu.gainsightcloud.com', dataCenter: 'EU', environment: 'PRODUCTION',
    new360: true, zoomAccessPolicy: 'ALL_LICENSED', meetingLogMode: 'MANUAL', currency: 'EUR',
  }),
  demoDomain('umbrella', 'NUMERIC', {
    tenant: 'umbrella', name: 'Umbrella', host: 'umbrella.gainsightcloud.com', dataCenter: 'US1', environment: 'PRODUCTION',
    new360: false, zoomAccessPolicy: 'ALL_LICENSED', meetingLogMode: 'MANUAL', currency: 'USD',
  }),
];
