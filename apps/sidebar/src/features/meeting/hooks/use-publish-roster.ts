import type { PutRoster } from '@c360/contracts';
import { useEffect, useMemo, useRef } from 'react';
import { ApiError } from '@/lib/api-client';
import { putMeetingRoster } from '../api/put-meeting-roster';
import { backoffDelayMs } from '@/lib/backoff';
import type { RosterEntry } from '../lib/roster';
import { buildRosterBody } from '../lib/roster-body';
import { createRosterPublisher, type RosterPublisher } from '../lib/roster-publisher';
import { useMeetingTopic } from './use-meeting-topic';
import { useParticipantEmails } from './use-participant-emails';

const DEBOUNCE_MS = 400;

// A 4xx other than a timeout or rate limit will fail the same way again (e.g. 403: no longer a host).
const isRetryable = (error: unknown): boolean =>
  !(error instanceof ApiError) || error.status === 0 || error.status === 408 || error.status === 429 || error.status >= 500;

interface PublishRosterOptions {
  /** Signed in to Gainsight, a host or co-host, and the SDK roster is loaded. */
  enabled: boolean;
  meetingUuid: string | null;
  roster: readonly RosterEntry[];
}

/** The host's sidebar shares the roster Zoom gives it with every sidebar of the meeting, through the BFF. */
export function usePublishRoster({ enabled, meetingUuid, roster }: PublishRosterOptions): void {
  const emails = useParticipantEmails(enabled, roster);
  const topic = useMeetingTopic(enabled);
  const topicSettled = !topic.isPending || topic.fetchStatus === 'idle';
  const publisher = useRef<RosterPublisher<PutRoster>>(undefined);

  useEffect(() => {
    if (!enabled || meetingUuid === null) return undefined;
    const created = createRosterPublisher<PutRoster>({
      send: (body) => putMeetingRoster(meetingUuid, body),
      debounceMs: DEBOUNCE_MS,
      retryDelayMs: backoffDelayMs,
      isRetryable,
    });
    publisher.current = created;
    return () => {
      created.dispose();
      publisher.current = undefined;
    };
  }, [enabled, meetingUuid]);

  const body = useMemo(() => buildRosterBody(roster, emails, topic.data), [roster, emails, topic.data]);
  // Runs after the effect above, so a new publisher gets the current body at once.
  useEffect(() => {
    // Waiting for the topic saves a second request right after the first.
    if (publisher.current && topicSettled) publisher.current.publish(body);
  }, [enabled, meetingUuid, body, topicSettled]);
}
