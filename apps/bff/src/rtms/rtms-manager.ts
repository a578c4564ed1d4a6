import { randomUUID } from 'node:crypto';
import { acquireRtmsLease, isKnownMeeting, redirectRtmsLease, releaseRtmsLease } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { isAllowedRtmsUrl } from './rtms-hosts.ts';
import type { RtmsListener } from './rtms-listener.ts';
import { rtmsStartedPayload, rtmsStoppedPayload } from './rtms-protocol.ts';
import { DEFAULT_RTMS_TIMINGS, RtmsStreamConnection, type RtmsTimings } from './rtms-stream-connection.ts';

/** The webhook events the manager follows. */
export const RTMS_WEBHOOK_EVENTS = new Set(['meeting.rtms_started', 'meeting.rtms_interrupted', 'meeting.rtms_stopped']);

export interface RtmsManagerDeps {
  prisma: PrismaClient;
  config: Pick<Config, 'ZOOM_CLIENT_ID' | 'ZOOM_CLIENT_SECRET' | 'ZOOM_RTMS_HOSTS'>;
  listener: RtmsListener;
  logger: Logger;
  /** This process's name on the leases (one per process). */
  holder?: string;
  timings?: Partial<RtmsTimings>;
  /** How long a lease lasts; it is renewed at a third of that while connected. */
  leaseTtlSeconds?: number;
}

interface Held {
  connection: RtmsStreamConnection;
  renewal: NodeJS.Timeout;
  /** The server the lease named when last read or written: a renewal that reads another follows it. */
  leaseUrl: string | null;
}

/**
 * Follows the RTMS streams Zoom announces by webhook: for a meeting the app knows, on an allowed host, the
 * process that takes the stream's lease connects; the others leave it alone, but pass a failover on through
 * the lease (Zoom's webhook may reach any process), which the holder follows at its next renewal.
 */
export class RtmsManager {
  private readonly held = new Map<string, Held>();
  private readonly holder: string;
  private readonly timings: RtmsTimings;
  private readonly leaseTtlSeconds: number;

  constructor(private readonly deps: RtmsManagerDeps) {
    this.holder = deps.holder ?? randomUUID();
    this.timings = { ...DEFAULT_RTMS_TIMINGS, ...deps.timings };
    this.leaseTtlSeconds = deps.leaseTtlSeconds ?? 30;
  }

  /** The stream's connection, while this process follows it. */
  connection(rtmsStreamId: string): RtmsStreamConnection | undefined {
    return this.held.get(rtmsStreamId)?.connection;
  }

  /** Hands over an RTMS webhook; the connecting happens after the webhook has been answered. */
  handleWebhook(event: string, payload: Record<string, unknown>): void {
    void this.follow(event, payload).catch((error: unknown) => this.deps.logger.error({ err: error, event }, 'rtms: webhook not followed'));
  }

  /** Leaves every stream (the process is stopping); Zoom's streams go on for whoever takes them. */
  async close(): Promise<void> {
    const streamIds = [...this.held.keys()];
    for (const { connection } of this.held.values()) connection.close();
    await Promise.all(streamIds.map((id) => releaseRtmsLease(this.deps.prisma, id, this.holder).catch(() => undefined)));
  }

  /** What handleWebhook does, for a caller that waits until the stream is connected (or left alone). */
  async follow(event: string, payload: Record<string, unknown>): Promise<void> {
    if (event === 'meeting.rtms_stopped') {
      const stopped = rtmsStoppedPayload.safeParse(payload);
      if (stopped.success) this.connection(stopped.data.rtms_stream_id)?.stop(stopped.data.stop_reason);
      return;
    }
    const started = rtmsStartedPayload.safeParse(payload);
    if (!started.success) return this.deps.logger.warn({ event }, 'rtms: webhook payload malformed');
    const { meeting_uuid: meetingUuid, rtms_stream_id: rtmsStreamId, server_urls: serverUrl } = started.data;
    if (!isAllowedRtmsUrl(serverUrl, this.deps.config.ZOOM_RTMS_HOSTS)) {
      return this.deps.logger.warn(
        { event, rtmsStreamId, host: URL.canParse(serverUrl) ? new URL(serverUrl).host : null },
        'rtms: server not on an allowed host',
      );
    }
    // Failover (a repeated rtms_started) and interruption: the stream's connection starts over at the URL given.
    if (this.held.has(rtmsStreamId)) return this.redirect(rtmsStreamId, serverUrl);
    if (!(await isKnownMeeting(this.deps.prisma, meetingUuid))) return this.deps.logger.info({ event, rtmsStreamId }, 'rtms: meeting unknown to the app');
    const lease = await acquireRtmsLease(this.deps.prisma, rtmsStreamId, this.holder, this.leaseTtlSeconds, serverUrl);
    // Another process holds the stream: if this is a failover, it learns the new server from the lease.
    if (!lease) return void (await redirectRtmsLease(this.deps.prisma, rtmsStreamId, serverUrl));
    // Another webhook for the stream may have got here first while the store answered.
    if (this.connection(rtmsStreamId)) return;
    await this.connect(meetingUuid, rtmsStreamId, serverUrl);
  }

  /** This process holds the stream and Zoom named a server: written on the lease first, so a renewal agrees. */
  private async redirect(rtmsStreamId: string, serverUrl: string) {
    const held = this.held.get(rtmsStreamId);
    if (!held) return;
    try {
      if (await redirectRtmsLease(this.deps.prisma, rtmsStreamId, serverUrl)) held.leaseUrl = serverUrl;
    } catch (error) {
      this.deps.logger.warn({ err: error, rtmsStreamId }, 'rtms: failover not written on the lease');
    }
    held.connection.reconnectTo(serverUrl);
  }

  private async connect(meetingUuid: string, rtmsStreamId: string, serverUrl: string) {
    const { config, listener, logger } = this.deps;
    const connection = new RtmsStreamConnection(
      {
        clientId: config.ZOOM_CLIENT_ID,
        clientSecret: config.ZOOM_CLIENT_SECRET,
        allowedHosts: config.ZOOM_RTMS_HOSTS,
        listener,
        logger,
        timings: this.timings,
        onClosed: () => this.released(rtmsStreamId),
      },
      meetingUuid,
      rtmsStreamId,
      serverUrl,
    );
    const renewal = setInterval(() => void this.renew(connection), (this.leaseTtlSeconds * 1000) / 3);
    renewal.unref();
    this.held.set(rtmsStreamId, { connection, renewal, leaseUrl: serverUrl });
    await connection.start();
  }

  private async renew(connection: RtmsStreamConnection) {
    try {
      const lease = await acquireRtmsLease(this.deps.prisma, connection.rtmsStreamId, this.holder, this.leaseTtlSeconds);
      if (!lease) return connection.close();
      const held = this.held.get(connection.rtmsStreamId);
      // A failover another process heard: its server, once, if it is on an allowed host.
      if (!held || lease.serverUrl === null || lease.serverUrl === held.leaseUrl) return;
      held.leaseUrl = lease.serverUrl;
      if (isAllowedRtmsUrl(lease.serverUrl, this.deps.config.ZOOM_RTMS_HOSTS)) connection.reconnectTo(lease.serverUrl);
    } catch (error) {
      // A store away for a moment: the lease lasts three renewals, the next one may get through.
      this.deps.logger.warn({ err: error, rtmsStreamId: connection.rtmsStreamId }, 'rtms: lease not renewed');
    }
  }

  private released(rtmsStreamId: string) {
    const held = this.held.get(rtmsStreamId);
    if (!held) return;
    clearInterval(held.renewal);
    this.held.delete(rtmsStreamId);
    void releaseRtmsLease(this.deps.prisma, rtmsStreamId, this.holder).catch((error: unknown) =>
      this.deps.logger.warn({ err: error, rtmsStreamId }, 'rtms: lease not released (it runs out on its own)'),
    );
  }
}
