import { now } from '../clock/index.ts';
import { z } from 'zod';
import type { PrismaClient } from '../store/prisma.ts';
import type { ZoomWebhookDelivery } from '../zoom/webhook-delivery.ts';

export const RECORDING_EVENTS = ['recording.completed', 'recording.transcript_completed'] as const;

const KINDS = ['TRANSCRIPT', 'CHAT'] as const;

const recordingObject = z.object({
  uuid: z.string().min(1),
  host_id: z.string().min(1),
  recording_files: z.array(z.looseObject({ id: z.string().min(1), file_type: z.string(), download_url: z.url() })).default([]),
});

/** The transcript and chat files of a recording event; other file types (video, audio) are not kept. */
function wantedFiles(delivery: ZoomWebhookDelivery) {
  if (!(RECORDING_EVENTS as readonly string[]).includes(delivery.event)) return undefined;
  const parsed = recordingObject.safeParse(delivery.payload.object);
  if (!parsed.success) return undefined;
  const files = parsed.data.recording_files.flatMap((file) => {
    const kind = KINDS.find((candidate) => candidate === file.file_type);
    return kind ? [{ zoomFileId: file.id, kind, downloadUrl: file.download_url }] : [];
  });
  return { meetingUuid: parsed.data.uuid, hostZoomUserId: parsed.data.host_id, files };
}

/**
 * Queues a recording's transcript and chat for download, once per meeting of ours that the event's host
 * held (every domain that opened the sidebar in it has its own Meeting row; a meeting nobody opened it in
 * has none, and nothing is queued). A repeated event adds nothing (ON CONFLICT DO NOTHING on
 * (meetingId, zoomFileId)); a new event about a file whose downloads all failed queues it again, with
 * Zoom's newest download URL.
 */
export async function recordRecordingFiles(prisma: PrismaClient, delivery: ZoomWebhookDelivery): Promise<{ queued: number }> {
  const wanted = wantedFiles(delivery);
  if (!wanted || wanted.files.length === 0) return { queued: 0 };
  const meetings = await prisma.meeting.findMany({
    where: { meetingUuid: wanted.meetingUuid, hostZoomUserId: wanted.hostZoomUserId },
    select: { id: true, domainId: true },
  });
  if (meetings.length === 0) return { queued: 0 };
  const at = now();
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.meetingRecordingFile.createMany({
      data: meetings.flatMap((meeting) => wanted.files.map((file) => ({ ...file, domainId: meeting.domainId, meetingId: meeting.id, nextAttemptAt: at }))),
      skipDuplicates: true,
    });
    let requeued = 0;
    for (const file of wanted.files) {
      const { count: again } = await tx.meetingRecordingFile.updateMany({
        where: { meetingId: { in: meetings.map((meeting) => meeting.id) }, zoomFileId: file.zoomFileId, status: 'FAILED' },
        data: { status: 'PENDING', attempts: 0, nextAttemptAt: at, downloadUrl: file.downloadUrl },
      });
      requeued += again;
    }
    return { queued: count + requeued };
  });
}
