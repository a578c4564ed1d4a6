import { now } from '../clock/index.ts';
import { randomUUID } from 'node:crypto';
import type { Prisma, PrismaClient } from '../store/prisma.ts';
import { deauthorizeZoomUser } from './deauthorize-zoom-user.ts';
import { deliveryKeyOf, isStoredWebhookEvent, storablePayload, subjectsOf, type ZoomWebhookDelivery } from './webhook-delivery.ts';

export type WebhookDeliveryOutcome =
  /** Not an event the product uses. */
  | { outcome: 'ignored' }
  /**
   * Already recorded: Zoom's retry of a delivery (same request id, new signature), or a replay of the same
   * signed bytes (`replay`), which nothing may act on again.
   */
  | { outcome: 'duplicate'; replay: boolean }
  | { outcome: 'recorded'; event: string; zoomUserId: string | null };

/**
 * Records a verified delivery exactly once, keyed on its request id and on its signed bytes, and applies what
 * must happen at once (a deauthorization).
 * The insert and its effects share one transaction: if the effects fail, the delivery is not recorded
 * and Zoom's retry gets a second chance. Meeting and recording events are only stored, for the
 * after-call features to pick up (processedAt stays null).
 */
export async function recordZoomWebhookDelivery(prisma: PrismaClient, delivery: ZoomWebhookDelivery): Promise<WebhookDeliveryOutcome> {
  if (!isStoredWebhookEvent(delivery.event)) return { outcome: 'ignored' };
  const at = now();
  const { zoomUserId, meetingUuid } = subjectsOf(delivery);
  const id = randomUUID();
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.zoomWebhookEvent.createMany({
      data: {
        id,
        deliveryKey: deliveryKeyOf(delivery),
        signatureKey: delivery.signatureKey ?? null,
        event: delivery.event,
        zoomUserId,
        meetingUuid,
        payload: storablePayload(delivery) as Prisma.InputJsonObject,
        receivedAt: at,
      },
      skipDuplicates: true,
    });
    // Either key may have matched (ON CONFLICT DO NOTHING covers both unique indexes).
    if (count === 0) {
      const replay = delivery.signatureKey !== undefined && (await tx.zoomWebhookEvent.count({ where: { signatureKey: delivery.signatureKey } })) > 0;
      return { outcome: 'duplicate' as const, replay };
    }
    if (delivery.event === 'app_deauthorized' && zoomUserId !== null) {
      await deauthorizeZoomUser(tx, zoomUserId, id);
      await tx.zoomWebhookEvent.update({ where: { id }, data: { processedAt: at } });
    }
    return { outcome: 'recorded' as const, event: delivery.event, zoomUserId };
  });
}
