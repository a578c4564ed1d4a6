import { createHmac } from 'node:crypto';
import { z } from 'zod';

/** Both handshakes' signature: hex(HMAC-SHA256(client_secret, client_id + "," + meeting_uuid + "," + stream id)). */
export const rtmsSignature = (clientId: string, clientSecret: string, meetingUuid: string, streamId: string) =>
  createHmac('sha256', clientSecret).update(`${clientId},${meetingUuid},${streamId}`).digest('hex');

/** Every message names its type; the rest is read per type. */
export const rtmsMessage = z.looseObject({ msg_type: z.number().int() });
export type RtmsMessage = z.infer<typeof rtmsMessage>;

export const handshakeResponse = z.looseObject({
  status_code: z.number().int(),
  reason: z.string().optional(),
  media_server: z.object({ server_urls: z.object({ transcript: z.string().optional(), all: z.string().optional() }) }).optional(),
});

export const eventUpdate = z.object({ event: z.looseObject({ event_type: z.number().int() }) });
export const activeSpeakerEvent = z.object({ event: z.looseObject({ user_id: z.number(), user_name: z.string() }) });
export const streamStateUpdate = z.looseObject({ state: z.number().int(), reason: z.number().int().optional() });
export const sessionStateUpdate = z.looseObject({ state: z.number().int(), stop_reason: z.number().int().optional() });
export const keepAliveRequest = z.looseObject({ timestamp: z.number() });

export const transcriptPacket = z.object({
  content: z.object({
    user_id: z.number(),
    user_name: z.string(),
    start_time: z.number(),
    end_time: z.number(),
    language: z.number().int(),
    data: z.string(),
  }),
});

/** The RTMS webhooks' flat payloads (notes §2). */
export const rtmsStartedPayload = z.object({ meeting_uuid: z.string().min(1), rtms_stream_id: z.string().min(1), server_urls: z.string().min(1) });
export const rtmsStoppedPayload = z.object({ meeting_uuid: z.string().min(1), rtms_stream_id: z.string().min(1), stop_reason: z.number().int() });
