import { isUuid, type ParticipantMatchView } from '@c360/contracts';
import { AppError } from '../errors/app-error.ts';
import { emailDomain, normalizeEmail } from './email-domain.ts';
import { findPersons, findUsersByEmails, type PersonRow } from './lookup-by-email.ts';
import type { MatchingDb } from './matching-db.ts';
import { findCompaniesByEmailDomains, pickSuggestedCompany, type SuggestedCompany } from './suggest-company.ts';
import { suggestPeopleByName } from './suggest-people.ts';

export interface RosterParticipant {
  /** Zoom's id of the participant in this meeting (stable across rejoins). */
  participantUuid: string;
  displayName: string;
  email: string | null;
}

export interface MatchRosterInput {
  domainId: string;
  participants: RosterParticipant[];
  /** The company the meeting is about, once someone chose it; display names are matched within it. */
  chosenCompanyId?: string | null;
  /** Remembered confirmations: participantUuid → personId (a click on a suggestion). */
  confirmed?: Record<string, string>;
}

/** One participant's match, as the contract carries it: a union on `kind`. */
export type ParticipantMatch = ParticipantMatchView;
export type ParticipantMatchKind = ParticipantMatch['kind'];

export interface RosterMatch {
  participants: ParticipantMatch[];
  suggestedCompany: SuggestedCompany | null;
}

/**
 * Matches a meeting's roster to the domain's users, persons and companies (SPEC §4, after Gong):
 * a remembered confirmation wins; else the e-mail names an internal user (an internal attendee) or else a
 * person; the external e-mail domains suggest a company; a display name left unmatched gets a *suggested*
 * person of the chosen company (or the suggested one) by trigram similarity — never a match by itself.
 *
 * Cost: at most four statements per roster whatever its size (users, persons, companies, then the one
 * trigram statement for all names), each scoped by domainId so another tenant's rows never match.
 */
export async function matchRoster(db: MatchingDb, input: MatchRosterInput): Promise<RosterMatch> {
  const { domainId, participants } = input;
  const chosenCompanyId = input.chosenCompanyId ?? null;
  const confirmed = input.confirmed ?? {};
  validateIds(domainId, chosenCompanyId, confirmed);

  const emailOf = new Map(participants.map((p) => [p.participantUuid, normalizeEmail(p.email)]));
  const emails = unique([...emailOf.values()].filter((email): email is string => email !== null));
  const confirmedIds = unique(participants.map((p) => confirmed[p.participantUuid]).filter((id): id is string => id !== undefined));
  const domains = unique(emails.map((email) => emailDomain(email)!));

  // Independent lookups: issued together so a server store can pipeline them.
  const [users, persons, companies] = await Promise.all([
    findUsersByEmails(db, domainId, emails),
    findPersons(db, domainId, emails, confirmedIds),
    findCompaniesByEmailDomains(db, domainId, domains),
  ]);
  const userByEmail = new Map(users.map((user) => [user.email, user]));
  const personByEmail = new Map(persons.map((person) => [person.email, person]));
  const personById = new Map(persons.map((person) => [person.id, person]));

  // First pass: everything decided by confirmations and e-mails.
  const matches: ParticipantMatch[] = participants.map(({ participantUuid }) => {
    const email = emailOf.get(participantUuid) ?? null;
    // A confirmation of a person that is gone (or not of this domain) is ignored, not trusted.
    const confirmedPerson = personById.get(confirmed[participantUuid] ?? '');
    if (confirmedPerson) return personMatch(participantUuid, confirmedPerson);
    const user = email === null ? undefined : userByEmail.get(email);
    if (user) return { participantUuid, kind: 'internal', userId: user.id, name: user.displayName };
    const person = email === null ? undefined : personByEmail.get(email);
    if (person) return personMatch(participantUuid, person);
    return { participantUuid, kind: 'unknown' };
  });

  // Internal attendees are not the customer: only external addresses vote for a company.
  const external = matches.filter((match) => match.kind !== 'internal');
  const suggestedCompany = pickSuggestedCompany(
    companies,
    external.map((match) => emailDomain(emailOf.get(match.participantUuid))).filter((d): d is string => d !== null),
    external.flatMap((match) => (match.kind === 'person' ? match.companyIds : [])),
  );

  const targetCompanyId = chosenCompanyId ?? suggestedCompany?.id ?? null;
  const displayNameOf = new Map(participants.map((p) => [p.participantUuid, p.displayName]));
  const unknownNames = matches.filter((match) => match.kind === 'unknown').map((match) => displayNameOf.get(match.participantUuid) ?? '');
  if (targetCompanyId === null || unknownNames.length === 0) return { participants: matches, suggestedCompany };
  const suggestions = await suggestPeopleByName(db, domainId, targetCompanyId, unknownNames);
  // Second pass: an unknown participant with a similar name becomes a suggestion.
  const withSuggestions = matches.map((match): ParticipantMatch => {
    if (match.kind !== 'unknown') return match;
    const suggestion = suggestions.get((displayNameOf.get(match.participantUuid) ?? '').trim());
    return suggestion ? { participantUuid: match.participantUuid, kind: 'suggested-person', suggestion } : match;
  });
  return { participants: withSuggestions, suggestedCompany };
}

function personMatch(participantUuid: string, person: PersonRow): ParticipantMatch {
  return { participantUuid, kind: 'person', personId: person.id, name: person.fullName, companyIds: person.companyIds };
}

/** Ids go into `::uuid` casts; a malformed one is the caller's mistake, reported before any query. */
function validateIds(domainId: string, chosenCompanyId: string | null, confirmed: Record<string, string>): void {
  const errors: Array<{ path: string; message: string }> = [];
  if (!isUuid(domainId)) errors.push({ path: 'domainId', message: 'Not a valid id.' });
  if (chosenCompanyId !== null && !isUuid(chosenCompanyId)) {
    errors.push({ path: 'chosenCompanyId', message: 'Not a valid id.' });
  }
  for (const [participantUuid, personId] of Object.entries(confirmed)) {
    if (!isUuid(personId)) errors.push({ path: `confirmed.${participantUuid}`, message: 'Not a valid id.' });
  }
  if (errors.length > 0) throw new AppError('VALIDATION', 'The roster has invalid ids.', { errors });
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
