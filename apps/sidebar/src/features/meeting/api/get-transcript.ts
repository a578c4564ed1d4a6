import {
  meetingEndpoints,
  transcriptEventSchema,
  type ActiveSpeaker,
  type MeetingTranscript,
  type TranscriptEvent,
  type TranscriptSegment,
} from '@c360/contracts';
import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiCall } from '@/lib/api-client';

// Not under the meeting's own key: invalidating the meeting view must not refetch the whole transcript.
export const transcriptKeys = { detail: (meetingUuid: string) => ['meeting-transcript', meetingUuid] as const };

/**
 * The transcript as a sidebar keeps it: the answer, and when (by this browser's clock) the current speaker's
 * talk that no line holds yet began, so talk time grows from it; Zoom sends a line only once it is finished.
 */
export interface LiveTranscript extends MeetingTranscript {
  speakingSince?: number;
}

const EMPTY: LiveTranscript = { capturing: false, items: [] };
const startOf = (segment: TranscriptSegment) => Date.parse(segment.startTime);

/** A segment added once (the stream and a refetch may both bring it), the list kept in speaking order. */
function withSegment(items: TranscriptSegment[], segment: TranscriptSegment): TranscriptSegment[] {
  if (items.some((item) => item.id === segment.id)) return items;
  const next = [...items, segment];
  // Nearly always the newest: only sort when a late packet arrives out of order.
  const last = items.at(-1);
  return last && startOf(last) > startOf(segment) ? next.sort((a, b) => startOf(a) - startOf(b)) : next;
}

/** Who speaks, anchored to this browser's clock at `at` (their `speakingForMs` was counted when it was sent). */
function withSpeaker(transcript: LiveTranscript, speaker: ActiveSpeaker | undefined, at: number): LiveTranscript {
  const { speaking: _speaking, speakingSince: _since, ...rest } = transcript;
  return speaker ? { ...rest, speaking: speaker, speakingSince: at - speaker.speakingForMs } : rest;
}

/**
 * The transcript after one event of the meeting's stream, at `at` (this browser's clock): a new segment (its
 * speaker's talk so far is now in it), a new active speaker, or capture turned on, paused, resumed or off
 * (nobody speaks yet).
 */
export function withTranscriptEvent(current: LiveTranscript | undefined, event: TranscriptEvent, at: number): LiveTranscript {
  const transcript = current ?? EMPTY;
  if (event.kind === 'capture') {
    const { paused: _paused, ...rest } = transcript;
    return withSpeaker({ ...rest, capturing: event.capturing, ...(event.paused && { paused: true }) }, undefined, at);
  }
  if (event.kind === 'speaking') return withSpeaker(transcript, event.speaker, at);
  const next = { ...transcript, items: withSegment(transcript.items, event.segment) };
  return transcript.speaking?.speakerName === event.segment.speakerName ? { ...next, speakingSince: at } : next;
}

/**
 * The fetched transcript, plus the segments the stream delivered after the answer's last one while it was on
 * its way (a refetch must not drop them). An empty answer with capture off is the whole truth: what was kept
 * may have been deleted (the host revoked it).
 */
export function withLaterSegments(fetched: MeetingTranscript, cached: MeetingTranscript | undefined, at: number): LiveTranscript {
  const answer = withSpeaker(fetched, fetched.speaking, at);
  if (!cached || (fetched.items.length === 0 && !fetched.capturing)) return answer;
  const last = fetched.items.at(-1);
  const later = cached.items.filter((segment) => (last === undefined ? true : startOf(segment) > startOf(last)));
  return later.reduce((transcript, segment) => ({ ...transcript, items: withSegment(transcript.items, segment) }), answer);
}

export const getTranscript = (meetingUuid: string): Promise<MeetingTranscript> => apiCall(meetingEndpoints.transcript, { params: { meetingUuid } });

export const transcriptQueryOptions = (queryClient: QueryClient, meetingUuid: string) =>
  queryOptions({
    queryKey: transcriptKeys.detail(meetingUuid),
    queryFn: async () => withLaterSegments(await getTranscript(meetingUuid), queryClient.getQueryData(transcriptKeys.detail(meetingUuid)), Date.now()),
  });

/**
 * Keeps the cached transcript current from the meeting's event stream: each `transcript` event is written into
 * it, and it is fetched again whenever the stream (re)opens, as segments said while it was down are not sent again,
 * and when capture stops, as a revoked capture deletes what was kept.
 */
export function followTranscript(source: EventTarget, queryClient: QueryClient, meetingUuid: string): void {
  const queryKey = transcriptKeys.detail(meetingUuid);
  source.addEventListener('open', () => void queryClient.invalidateQueries({ queryKey }));
  source.addEventListener('transcript', (event) => {
    const parsed = transcriptEventSchema.safeParse(JSON.parse((event as MessageEvent<string>).data));
    if (!parsed.success) return;
    queryClient.setQueryData<LiveTranscript>(queryKey, (current) => withTranscriptEvent(current, parsed.data, Date.now()));
    // Capture off may mean the host revoked it and what was kept is gone: the answer says which.
    if (parsed.data.kind === 'capture' && !parsed.data.capturing) void queryClient.invalidateQueries({ queryKey });
  });
}

/**
 * The meeting's live transcript and whether it is being captured; the meeting's event stream
 * (`useMeetingEvents`) adds each new segment to this cache entry and refetches it when the stream reopens.
 */
export function useTranscript(meetingUuid: string | null) {
  const queryClient = useQueryClient();
  return useQuery({ ...transcriptQueryOptions(queryClient, meetingUuid ?? ''), enabled: meetingUuid !== null });
}
