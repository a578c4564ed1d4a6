import { now } from '../clock/index.ts';
import { z } from 'zod';
import type { PrismaClient } from '../store/prisma.ts';
import { deliveryKeyOf, type ZoomWebhookDelivery } from '../zoom/webhook-delivery.ts';
import { endMeeting, type EndedMeeting } from './end-meeting.ts';

const zoomTime = z.iso.datetime({ offset: true }).transform((value) => new Date(value));

/** The part of a `meeting.ended` payload the log uses (Zoom sends more). */
const meetingEndedObject = z.object({
  uuid: z.string().min(1).max(200),
  host_id: z.string().min(1),
  topic: z.string().max(300).optional(),
  start_time: zoomTime.optional(),
  end_time: zoomTime.optional(),
});

/**
 * Applies a recorded `meeting.ended` delivery: ends the meeting of every domain whose host is the event's
 * host (a meeting hosted by someone else is not trusted to this event), then marks the delivery processed.
 * A payload without the fields is marked processed too: retrying it would never succeed. A redelivery runs
 * it again (in case the first run failed after the delivery was stored), which changes nothing the second time.
 */
export async function processMeetingEnded(prisma: PrismaClient, delivery: ZoomWebhookDelivery): Promise<EndedMeeting[]> {
  const at = now();
  const parsed = meetingEndedObject.safeParse(delivery.payload.object);
  const ended = parsed.success
    ? await endMeeting(prisma, {
        source: 'webhook',
        meetingUuid: parsed.data.uuid,
        hostZoomUserId: parsed.data.host_id,
        endedAt: parsed.data.end_time ?? at,
        startedAt: parsed.data.start_time ?? null,
        topic: parsed.data.topic ?? null,
      })
    : [];
  await prisma.zoomWebhookEvent.updateMany({ where: { deliveryKey: deliveryKeyOf(delivery), processedAt: null }, data: { processedAt: at } });
  return ended;
}
