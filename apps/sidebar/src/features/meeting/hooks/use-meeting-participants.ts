import { useEffect, useState } from 'react';
import { getMeetingParticipants, onParticipantChange } from '@/lib/zoom-sdk';
import { applyParticipantChange, rosterFromList, type RosterEntry } from '../lib/roster';

export interface MeetingParticipantsState {
  status: 'loading' | 'ready' | 'failed';
  participants: RosterEntry[];
}

const INITIAL: MeetingParticipantsState = { status: 'loading', participants: [] };

/** The meeting's participants for a host or co-host: the list once, then every join and leave. */
export function useMeetingParticipants(enabled: boolean): MeetingParticipantsState {
  const [state, setState] = useState(INITIAL);

  useEffect(() => {
    if (!enabled) return undefined;
    let active = true;
    // Subscribed before asking for the list, so no join between the two is missed.
    const unsubscribe = onParticipantChange((event) =>
      setState((current) => {
        const { roster, joined, left } = applyParticipantChange(current.participants, event);
        return joined.length === 0 && left.length === 0 ? current : { ...current, participants: roster };
      }),
    );
    getMeetingParticipants().then(
      (list) => {
        if (active) setState((current) => ({ status: 'ready', participants: rosterFromList(list, current.participants) }));
      },
      () => {
        if (active) setState((current) => ({ ...current, status: 'failed' }));
      },
    );
    return () => {
      active = false;
      unsubscribe();
    };
  }, [enabled]);

  return enabled ? state : INITIAL;
}
