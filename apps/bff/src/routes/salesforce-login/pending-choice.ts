import { now, type UserByEmail } from '@c360/c360';
import type { SalesforceDomainChoice } from '@c360/contracts';
import type { Session } from '../../session/index.ts';

const KEY = 'salesforceChoice';
// Long enough to pick a domain; short enough that a forgotten choice does not sign anyone in later.
const CHOICE_TTL_MS = 10 * 60 * 1000;

/** A Salesforce sign-in that found the e-mail in several domains; kept server-side in the session. */
interface PendingChoice {
  email: string;
  candidates: UserByEmail[];
  expiresAt: number;
}

export function offerDomainChoice(session: Session, email: string, candidates: UserByEmail[]): void {
  session.set(KEY, { email, candidates, expiresAt: now().getTime() + CHOICE_TTL_MS } satisfies PendingChoice);
}

function pending(session: Session): PendingChoice | undefined {
  const choice = session.get<PendingChoice>(KEY);
  return choice && choice.expiresAt > now().getTime() ? choice : undefined;
}

/** The choice as the session view shows it; undefined when none is waiting. */
export function salesforceChoiceOf(session: Session): SalesforceDomainChoice | undefined {
  const choice = pending(session);
  return choice && { email: choice.email, domains: choice.candidates.map((candidate) => candidate.domain) };
}

/** The offered user in that domain, ending the choice; undefined when that domain was not offered. */
export function takeChosenUser(session: Session, domainId: string): UserByEmail | undefined {
  const chosen = pending(session)?.candidates.find((candidate) => candidate.domain.id === domainId);
  if (chosen) session.take(KEY);
  return chosen;
}
