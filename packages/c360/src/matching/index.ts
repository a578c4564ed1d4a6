export {
  matchRoster,
  type MatchRosterInput,
  type ParticipantMatch,
  type ParticipantMatchKind,
  type RosterMatch,
  type RosterParticipant,
} from './match-roster.ts';
export { emailDomain, normalizeEmail } from './email-domain.ts';
export { NAME_SIMILARITY_THRESHOLD, type PersonSuggestion } from './suggest-people.ts';
export type { SuggestedCompany } from './suggest-company.ts';
export type { MatchingDb } from './matching-db.ts';
