import type { Logger } from '../logger.ts';
import type { RtmsListener } from './rtms-listener.ts';

/**
 * The listener until transcripts are stored: it says that capture started and stopped and counts lines,
 * never logging what was said or who said it.
 */
export function loggingRtmsListener(logger: Logger): RtmsListener {
  const lines = new Map<string, number>();
  return {
    async started(_meetingUuid, rtmsStreamId) {
      lines.set(rtmsStreamId, 0);
      logger.info({ rtmsStreamId }, 'rtms: capture started');
    },
    async line(line) {
      lines.set(line.rtmsStreamId, (lines.get(line.rtmsStreamId) ?? 0) + 1);
    },
    async stopped(_meetingUuid, rtmsStreamId, stopReason) {
      logger.info({ rtmsStreamId, stopReason, lines: lines.get(rtmsStreamId) ?? 0 }, 'rtms: capture stopped');
      lines.delete(rtmsStreamId);
    },
  };
}
