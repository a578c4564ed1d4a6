import { TICKET_SUBJECTS, WORKDAY_START_UTC_HOUR } from './catalog.ts';
import { REFERENCE_NOW, addMinutes, workdayMoment } from './clock.ts';
import type { DomainContext, SeededCompany } from './model.ts';
import { rngFor, seedId, type Rng } from './random.ts';
import type { SeedRows } from './seed-rows.ts';

/** A star rating steered by the account's health (1–2 bad, 3 okay, 4–5 good). */
function rating(company: SeededCompany, rng: Rng): number {
  const base = company.health >= 70 ? 4 : company.health >= 45 ? 3 : 2;
  return Math.max(1, Math.min(5, base + rng.pick([-1, 0, 0, 1])));
}

/** 2–8 support tickets per company over six months, with agent replies; most closed, some rated. */
export function buildSupportTickets(ctx: DomainContext, rows: SeedRows): void {
  const domainId = ctx.domain.id;
  for (const company of ctx.companies) {
    const rng = rngFor(ctx.domain.key, 'tickets', company.name);
    const count = rng.int(2, 8);
    for (let index = 0; index < count; index += 1) {
      const id = seedId('support-ticket', ctx.domain.key, company.name, index);
      const daysAgo = rng.int(1, 180);
      // Replies and resolution take up to ~9 days, so only tickets older than that can be closed.
      const closed = daysAgo > 12 && rng.chance(0.85);
      const createdAt = workdayMoment(daysAgo, WORKDAY_START_UTC_HOUR[company.region] * 60 + rng.int(0, 8 * 60));
      const replyCount = closed ? rng.int(1, 4) : rng.pick([0, 1, 1, 2]);
      let previous = createdAt;
      let firstResponseAt: Date | null = null;
      for (let reply = 0; reply < replyCount; reply += 1) {
        const responseMinutes = reply === 0 ? rng.int(10, 480) : rng.int(15, 600);
        // Later replies answer a customer message that came some time after the previous reply.
        const sentAt = addMinutes(previous, responseMinutes + (reply === 0 ? 0 : rng.int(30, 1_440)));
        if (sentAt >= REFERENCE_NOW) break;
        firstResponseAt ??= sentAt;
        rows.supportTicketReply.push({ id: seedId('support-ticket-reply', id, reply), domainId, ticketId: id, sentAt, responseMinutes });
        previous = sentAt;
      }
      const resolvedAt = closed ? addMinutes(previous, rng.int(30, 1_440)) : null;
      rows.supportTicket.push({
        id,
        domainId,
        companyId: company.id,
        subject: rng.pick(TICKET_SUBJECTS[company.language]),
        status: closed ? 'CLOSED' : 'OPEN',
        createdAt,
        firstResponseAt,
        resolvedAt,
        rating: closed && rng.chance(0.6) ? rating(company, rng) : null,
      });
    }
  }
}
