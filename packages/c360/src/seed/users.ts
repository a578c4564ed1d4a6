import { z } from 'zod';
import type { Prisma } from '../generated/prisma/client.ts';
import { Licence } from '../generated/prisma/enums.ts';
import { hashPassword } from '../auth/password.ts';
import { REFERENCE_NOW, addDays } from './clock.ts';
import { domainKeySchema, type DemoDomain, type DomainKey } from './domains.ts';
import { seedId } from './random.ts';
import users from './data/users.json' with { type: 'json' };

/** The password of every demo user (SPEC §6). */
export const DEMO_PASSWORD = 'zoom-demo-2026';

// A fixed salt makes the hash, and so every seeded row, identical on every run; the demo password is public
// anyway. Real passwords get random salts (auth/password.ts).
const DEMO_SALT = new TextEncoder().encode('c360-demo-seed-salt');

export function hashDemoPassword(): Promise<string> {
  return hashPassword(DEMO_PASSWORD, { salt: DEMO_SALT });
}

const userSpecSchema = z.object({
  email: z.string(),
  displayName: z.string(),
  licence: z.enum(Licence),
  isAdmin: z.boolean().optional(),
  /** The SPEC §6 users are the ones the Zoom app is explicitly allowed for. */
  specUser: z.boolean().optional(),
  /** Owns customers as their CSM. */
  csm: z.boolean().optional(),
});

/** SPEC §6's users plus colleagues (data/users.json), so CSM ownership and internal attendees look real. */
export const DEMO_USERS: Record<DomainKey, readonly z.infer<typeof userSpecSchema>[]> = z.record(domainKeySchema, z.array(userSpecSchema)).parse(users);

export interface SeededUser {
  id: string;
  displayName: string;
  licence: Licence;
  csm: boolean;
  /** May author timeline activities (the licences that can sign in). */
  canLog: boolean;
}

export function buildUsers(domain: DemoDomain, passwordHash: string): { users: SeededUser[]; rows: Prisma.UserCreateManyInput[] } {
  const createdAt = addDays(REFERENCE_NOW, -700);
  const specs = DEMO_USERS[domain.key];
  const rows = specs.map((spec) => ({
    id: seedId('user', domain.key, spec.email),
    domainId: domain.id,
    username: spec.email.toLowerCase(),
    email: spec.email.toLowerCase(),
    displayName: spec.displayName,
    licence: spec.licence,
    isAdmin: spec.isAdmin ?? false,
    zoomAppAllowed: spec.specUser ?? false,
    passwordHash,
    createdAt,
    updatedAt: createdAt,
  }));
  const users = specs.map((spec, index) => ({
    id: rows[index]!.id,
    displayName: spec.displayName,
    licence: spec.licence,
    csm: spec.csm ?? false,
    canLog: spec.licence === 'FULL' || spec.licence === 'VIEWER' || spec.licence === 'VIEWER_PLUS',
  }));
  return { users, rows };
}
