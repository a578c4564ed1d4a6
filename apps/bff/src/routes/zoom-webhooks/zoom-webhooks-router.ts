import { recordRecordingFiles, recordZoomWebhookDelivery, type SessionStore } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import express, { Router } from 'express';
import type { Config } from '../../config.ts';
import type { RecordingDownloader } from '../../recordings/recording-downloader.ts';
import { sendProblem } from '../../http/problem.ts';
import { applyMeetingEnded } from '../meeting-log/meeting-ended-webhook.ts';
import type { MeetingEvents } from '../meetings/meeting-events.ts';
import { RTMS_WEBHOOK_EVENTS, type RtmsManager } from '../../rtms/rtms-manager.ts';
import { urlValidationReply, verifyWebhookSignature } from '../../zoom/webhook-signature.ts';
import { parseWebhookBody, plainTokenOf } from './webhook-body.ts';

const WEBHOOK_BODY_LIMIT = '1mb';

/**
 * `POST /zoom/webhooks`: mounted outside the JSON parser, since the signature covers the raw bytes.
 * Everything is done inline (a few store writes), well within Zoom's 3 s; a failure answers 5xx so
 * Zoom retries, and a retry of a handled delivery is acknowledged without doing anything again.
 */
export function zoomWebhooksRouter(deps: {
  config: Config;
  prisma: PrismaClient;
  sessionStore: SessionStore;
  recordingDownloader?: Pick<RecordingDownloader, 'kick'> | undefined;
  meetingEvents?: MeetingEvents | undefined;
  rtms?: Pick<RtmsManager, 'handleWebhook'> | undefined;
}): Router {
  const router = Router();
  const secretToken = deps.config.ZOOM_WEBHOOK_SECRET_TOKEN;

  router.post('/zoom/webhooks', express.raw({ type: () => true, limit: WEBHOOK_BODY_LIMIT }), async (req, res) => {
    const rawBody = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const check = verifyWebhookSignature({
      secretToken,
      timestamp: req.get('x-zm-request-timestamp'),
      signature: req.get('x-zm-signature'),
      rawBody,
    });
    if (!check.ok) return sendProblem(res, 'UNAUTHENTICATED', { type: 'urn:c360:problem:webhook-signature', detail: check.reason });

    const delivery = parseWebhookBody(rawBody, { requestId: req.get('x-zm-request-id'), signatureKey: check.signatureKey });
    if (delivery.event === 'endpoint.url_validation') return res.json(urlValidationReply(secretToken, plainTokenOf(delivery)));

    const result = await recordZoomWebhookDelivery(deps.prisma, delivery);
    // Sessions may live outside the store (Redis); the store's own rows went with the deauthorization.
    if (result.outcome === 'recorded' && result.event === 'app_deauthorized' && result.zoomUserId !== null) {
      await deps.sessionStore.deleteByZoomUser(result.zoomUserId);
    }
    // A replay of the same signed bytes is never Zoom's retry (which is signed anew), so nothing acts on it.
    const apply = result.outcome === 'recorded' || (result.outcome === 'duplicate' && !result.replay);
    // A recording's transcript and chat are queued here (idempotent, so also on Zoom's retry of a delivery
    // whose queueing failed); the worker downloads them, outside Zoom's 3 s.
    if (apply && (await recordRecordingFiles(deps.prisma, delivery)).queued > 0) deps.recordingDownloader?.kick();
    // The after-call log: processed once, whichever of this and the sidebar's own signal comes first; also on
    // Zoom's retry, in case processing failed after the delivery was recorded (ending is idempotent).
    if (apply && delivery.event === 'meeting.ended') await applyMeetingEnded(deps.prisma, deps.meetingEvents, delivery);
    // RTMS: connecting takes seconds, so the manager does it after this answer. Only a first delivery moves a
    // stream: Zoom's retry of an rtms_started would otherwise look like a failover and reconnect for nothing.
    if (result.outcome === 'recorded' && RTMS_WEBHOOK_EVENTS.has(delivery.event)) deps.rtms?.handleWebhook(delivery.event, delivery.payload);
    req.log?.info({ event: delivery.event, outcome: result.outcome }, 'zoom webhook');
    res.json({ status: result.outcome });
  });

  return router;
}
