import { afterEach, describe, expect, it, vi } from 'vitest';
import { startBridge } from './support/sdk-bridge-harness.ts';

interface Bridge {
  meetingEnded(): void;
}

async function startHostBridge(capabilities: string[]) {
  const meeting = { ended: false, participants: [] };
  const started = await startBridge<Bridge>({ me: () => ({ role: 'host' }), meeting: () => meeting, userStatus: () => 'authorized' }, capabilities);
  return { ...started, meeting };
}

afterEach(() => vi.unstubAllGlobals());

describe('the sandbox client when the host ends the meeting', () => {
  it('tells the app onMeeting ended, then that it runs in the main client', async () => {
    const { bridge, call, meeting, events } = await startHostBridge(['onMeeting', 'onRunningContextChange', 'getRunningContext']);
    expect(await call('getRunningContext')).toMatchObject({ result: { context: 'inMeeting' } });
    meeting.ended = true;
    bridge.meetingEnded();
    expect(events().map((event) => [event.name, event.data])).toEqual([
      ['onMeeting', { action: 'ended', timestamp: expect.any(Number) }],
      ['onRunningContextChange', { runningContext: 'inMainClient', timestamp: expect.any(Number) }],
    ]);
    expect(await call('getRunningContext')).toMatchObject({ result: { context: 'inMainClient' } });
  });

  it('sends nothing to an app that did not ask for those events', async () => {
    const { bridge, events } = await startHostBridge(['getRunningContext']);
    bridge.meetingEnded();
    expect(events()).toEqual([]);
  });
});
