import type { Licence, Prisma } from '../generated/prisma/client.ts';
import { hashPassword } from '../auth/password.ts';
import { REFERENCE_NOW, addDays } from './clock.ts';
import type { DemoDomain, DomainKey } from './domains.ts';
import { seedId } from './random.ts';

/** The password of every demo user (SPEC §6). */
export const DEMO_PASSWORD = 'zoom-demo-2026';

// A fixed salt makes the hash, and so every seeded row, identical on every run; the demo password is public
// anyway. Real passwords get random salts (auth/password.ts).
const DEMO_SALT = new TextEncoder().encode('c360-demo-seed-salt');

export function hashDemoPassword(): Promise<string> {
  return hashPassword(DEMO_PASSWORD, { salt: DEMO_SALT });
}

interface DemoUserSpec {
  email: string;
  displayName: string;
  licence: Licence;
  isAdmin?: boolean;
  /** The SPEC §6 users are the ones the Zoom app is explicitly allowed for. */
  specUser?: boolean;
  /** Owns customers as their CSM. */
  csm?: boolean;
}

const SAM: DemoUserSpec = { email: 'sam@globex.example', displayName: 'Sam Rivera', licence: 'FULL', specUser: true, csm: true };
const MIA: DemoUserSpec = { email: 'mia@initech.example', displayName: 'Mia Schneider', licence: 'FULL', specUser: true, csm: true };

/** SPEC §6's users plus colleagues, so CSM ownership and internal attendees look real. */
export const DEMO_USERS: Record<DomainKey, readonly DemoUserSpec[]> = {
  acme: [
    { email: 'alex@acme.example', displayName: 'Alex Morgan', licence: 'FULL', isAdmin: true, specUser: true, csm: true },
    { email: 'vera@acme.example', displayName: 'Vera Lindqvist', licence: 'VIEWER', specUser: true },
    { email: 'paul@acme.example', displayName: 'Paul Okafor', licence: 'VIEWER_PLUS', specUser: true },
    { email: 'ian@acme.example', displayName: 'Ian Fraser', licence: 'INTERNAL_COLLABORATOR', specUser: true },
    { email: 'hana.sato@acme.example', displayName: 'Hana Sato', licence: 'FULL', csm: true },
    { email: 'kenji.ito@acme.example', displayName: 'Kenji Ito', licence: 'FULL', csm: true },
    { email: 'priya.shah@acme.example', displayName: 'Priya Shah', licence: 'FULL', csm: true },
    { email: 'marcus.reed@acme.example', displayName: 'Marcus Reed', licence: 'VIEWER_PLUS' },
  ],
  globex: [
    SAM,
    { email: 'olga.petrova@globex.example', displayName: 'Olga Petrova', licence: 'FULL', isAdmin: true, csm: true },
    { email: 'diego.santos@globex.example', displayName: 'Diego Santos', licence: 'FULL', csm: true },
    { email: 'yui.tanaka@globex.example', displayName: 'Yui Tanaka', licence: 'VIEWER' },
  ],
  'globex-sandbox': [SAM, { email: 'olga.petrova@globex.example', displayName: 'Olga Petrova', licence: 'FULL', isAdmin: true, csm: true }],
  initech: [
    MIA,
    { email: 'lukas.weber@initech.example', displayName: 'Lukas Weber', licence: 'FULL', isAdmin: true, csm: true },
    { email: 'chloe.martin@initech.example', displayName: 'Chloé Martin', licence: 'FULL', csm: true },
    { email: 'matteo.rossi@initech.example', displayName: 'Matteo Rossi', licence: 'VIEWER_PLUS' },
  ],
  umbrella: [
    MIA,
    { email: 'grace.kim@umbrella.example', displayName: 'Grace Kim', licence: 'FULL', isAdmin: true, csm: true },
    { email: 'tom.baker@umbrella.example', displayName: 'Tom Baker', licence: 'FULL', csm: true },
    { email: 'aiko.mori@umbrella.example', displayName: 'Aiko Mori', licence: 'VIEWER' },
  ],
};

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
