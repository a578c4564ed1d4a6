import { afterEach, describe, expect, it, vi } from 'vitest';
import { startBridge } from './support/sdk-bridge-harness.ts';

const NO_PERMISSION = 10_002;
const NOT_IN_CAPABILITIES = 10_003;
const RTMS_APIS = ['startRTMS', 'pauseRTMS', 'resumeRTMS', 'stopRTMS', 'getRTMSStatus', 'onRTMSStatusChange'];

interface Bridge {
  rtmsStatusChanged(change: { status: 'started' | 'stopped'; rtmsSessionId: string; timestamp: number }): void;
}

async function bridgeFor({ role = 'host', guest = false, ended = false, capabilities = RTMS_APIS, serverRefuses = false } = {}) {
  const actions: string[] = [];
  const client = {
    me: () => ({ role, guest }),
    meeting: () => ({ ended, participants: [] }),
    userStatus: () => (guest ? 'unauthenticated' : 'authorized'),
    setRtms: async (action: string) => {
      actions.push(action);
      if (serverRefuses) throw new Error('No realtime media stream runs in this meeting.');
    },
    rtmsStreams: async () => [{ rtmsStreamId: 'a'.repeat(32), rtmsSessionId: 'session-1', status: 'started', changedAt: 1_796_000_000_000 }],
  };
  return { ...(await startBridge<Bridge>(client, capabilities)), actions };
}

afterEach(() => vi.unstubAllGlobals());

describe('realtime media streams in the sandbox client', () => {
  it('starts, pauses, resumes and stops the app’s stream for the host, a co-host and a participant', async () => {
    for (const role of ['host', 'cohost', 'attendee']) {
      const { call, actions } = await bridgeFor({ role });
      for (const api of ['startRTMS', 'pauseRTMS', 'resumeRTMS', 'stopRTMS']) expect(await call(api)).toMatchObject({ result: 'Success' });
      expect(actions).toEqual(['start', 'pause', 'resume', 'stop']);
      vi.unstubAllGlobals();
    }
  });

  it('answers Failure when Zoom cannot (no stream to stop, the meeting has ended)', async () => {
    expect(await (await bridgeFor({ serverRefuses: true })).call('stopRTMS')).toMatchObject({ result: 'Failure' });
    const ended = await bridgeFor({ ended: true });
    expect(await ended.call('startRTMS')).toMatchObject({ result: 'Failure' });
    expect(ended.actions).toEqual([]);
  });

  it('lists the app’s sessions with getRTMSStatus', async () => {
    const { call } = await bridgeFor({ role: 'attendee' });
    expect(await call('getRTMSStatus')).toMatchObject({
      result: { rtmsStatus: [{ rtmsSessionId: 'session-1', displayName: 'Customer 360 for Zoom', status: 'started', timestamp: 1_796_000_000 }] },
    });
  });

  it('refuses a guest, and an app that did not list the API in config', async () => {
    const guest = await bridgeFor({ guest: true });
    for (const api of ['startRTMS', 'pauseRTMS', 'resumeRTMS', 'stopRTMS', 'getRTMSStatus'])
      expect(await guest.call(api)).toMatchObject({ errorCode: NO_PERMISSION });
    expect(guest.actions).toEqual([]);
    vi.unstubAllGlobals();
    expect(await (await bridgeFor({ capabilities: ['getRTMSStatus'] })).call('startRTMS')).toMatchObject({ errorCode: NOT_IN_CAPABILITIES });
  });

  it('tells the app of each status change with onRTMSStatusChange, if it asked for it', async () => {
    const { bridge, events } = await bridgeFor();
    bridge.rtmsStatusChanged({ status: 'started', rtmsSessionId: 'session-1', timestamp: 1_796_000_000_000 });
    bridge.rtmsStatusChanged({ status: 'stopped', rtmsSessionId: 'session-1', timestamp: 1_796_000_060_000 });
    expect(events()).toEqual([
      {
        type: 'event',
        name: 'onRTMSStatusChange',
        data: { rtmsSessionId: 'session-1', displayName: 'Customer 360 for Zoom', status: 'started', timestamp: 1_796_000_000 },
      },
      {
        type: 'event',
        name: 'onRTMSStatusChange',
        data: { rtmsSessionId: 'session-1', displayName: 'Customer 360 for Zoom', status: 'stopped', timestamp: 1_796_000_060 },
      },
    ]);
    vi.unstubAllGlobals();
    const { bridge: other, events: otherEvents } = await bridgeFor({ capabilities: ['startRTMS'] });
    other.rtmsStatusChanged({ status: 'started', rtmsSessionId: 'session-2', timestamp: 1 });
    expect(otherEvents()).toEqual([]);
  });
});
