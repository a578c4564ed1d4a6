import { z } from 'zod';
import type { Prisma } from '../generated/prisma/client.ts';
import { DataCenter, DomainEnvironment, MeetingLogMode, ScoringScheme, ZoomAccessPolicy } from '../generated/prisma/enums.ts';
import { REFERENCE_NOW, addDays } from './clock.ts';
import { seedId } from './random.ts';
import domains from './data/domains.json' with { type: 'json' };

export const domainKeySchema = z.enum(['acme', 'globex', 'globex-sandbox', 'initech', 'umbrella']);
export type DomainKey = z.infer<typeof domainKeySchema>;

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

const domainSchema = z.object({
  key: domainKeySchema,
  scheme: z.enum(ScoringScheme),
  tenant: z.string(),
  name: z.string(),
  host: z.string(),
  dataCenter: z.enum(DataCenter),
  environment: z.enum(DomainEnvironment),
  new360: z.boolean(),
  zoomAccessPolicy: z.enum(ZoomAccessPolicy),
  meetingLogMode: z.enum(MeetingLogMode),
  currency: z.string(),
});

/**
 * The domains of SPEC §6 (data/domains.json). Every production domain has the "New 360 experience" except
 * umbrella, so the sidebar's note for tenants without it (Scorecard and Attributes hidden) has demo data: sign in
 * as mia and pick umbrella. Meeting logs are MANUAL (the Gainsight default) everywhere.
 */
export const DEMO_DOMAINS: readonly DemoDomain[] = z
  .array(domainSchema)
  .parse(domains)
  .map(({ key, scheme, ...row }) => demoDomain(key, scheme, row));
