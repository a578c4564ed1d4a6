import type { ParticipantRow } from './participant-rows';

/** The folded meeting's counts: who is in the call, who Gainsight knows, whose match waits for a confirm. */
export interface ParticipantSummary {
  inCall: number;
  /** Recognised: a person of the customer, or a colleague (an internal user). */
  known: number;
  toConfirm: number;
}

export function summarizeParticipants(rows: readonly ParticipantRow[]): ParticipantSummary {
  let known = 0;
  let toConfirm = 0;
  for (const { match } of rows) {
    if (match?.kind === 'person' || match?.kind === 'internal') known += 1;
    else if (match?.kind === 'suggested-person') toConfirm += 1;
  }
  return { inCall: rows.length, known, toConfirm };
}
