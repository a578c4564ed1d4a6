// What every signed-in request pays before its own work, measured on its own so the other rows' ratios can be read:
// the HTTP round trip through Express with no store work (GET /healthz, same client as every BFF row), the
// signed-in user's licence and policy check (one statement, run by every Gainsight route), and one bare round
// trip to PostgreSQL (SELECT 1).
import { checkSessionUser } from '../../packages/c360/src/auth/check-session-user.ts';
import { log, measure } from '../timing.ts';
import type { Scenario } from './scenario.ts';

export const fixedCost: Scenario = async ({ http, domainId, viewerId, prisma, raw, iters }) => {
  log('fixed cost per request…');
  const n = iters(500);
  return [
    {
      scenario: 'per-request floor: GET /healthz (BFF) · the signed-in user check (domain) · SELECT 1 (raw)',
      bff: await measure(n, 50, () => http('GET', '/healthz')),
      domain: await measure(n, 50, () => checkSessionUser(prisma, { userId: viewerId, domainId })),
      raw: await measure(n, 50, () => raw.query('SELECT 1')),
      note: 'every BFF row above pays the first two: an HTTP round trip through Express, and the user check',
    },
  ];
};
