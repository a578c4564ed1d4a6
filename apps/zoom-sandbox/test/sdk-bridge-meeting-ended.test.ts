import { afterEach, describe, expect, it, vi } from 'vitest';

// The client page's bridge is a plain browser module; this drives it with the SDK's wire messages
// (notes/zoom-platform.md §6) through a stand-in window and app frame, as sdk-bridge-emails.test.ts does.
interface Bridge {
  meetingEnded(): void;
}
interface BridgeModule {
  createSdkBridge(options: {
    frame: { contentWindow: { postMessage(message: unknown, origin: string): void } };
    appOrigin: string;
    client: { me(): object; meeting(): { ended: boolean; participants: object[] }; userStatus(): string };
  }): Bridge;
}
interface Posted {
  type: 'apiResponse' | 'event';
  name?: string;
  data: Record<string, unknown>;
}

const APP_ORIGIN = 'http://127.0.0.1:4000';
const bridgeUrl = new URL('../public/client/sdk-bridge.js', import.meta.url).href;

async function startBridge(capabilities: string[]) {
  const window = new EventTarget();
  vi.stubGlobal('window', window);
  const posted: Posted[] = [];
  const meeting = { ended: false, participants: [] };
  const contentWindow = { postMessage: (message: unknown) => posted.push(message as Posted) };
  const { createSdkBridge } = (await import(bridgeUrl)) as BridgeModule;
  const bridge = createSdkBridge({
    frame: { contentWindow },
    appOrigin: APP_ORIGIN,
    client: { me: () => ({ role: 'host' }), meeting: () => meeting, userStatus: () => 'authorized' },
  });
  let nextId = 0;
  const call = async (apiName: string, data?: unknown) => {
    const jsCallId = `call-${(nextId += 1)}`;
    const message = Object.assign(new Event('message'), { data: JSON.stringify({ jsCallId, apiName, data }), origin: APP_ORIGIN, source: contentWindow });
    window.dispatchEvent(message);
    await vi.waitUntil(() => posted.some((entry) => entry.type === 'apiResponse' && entry.data.jsCallId === jsCallId));
    return posted.find((entry) => entry.type === 'apiResponse' && entry.data.jsCallId === jsCallId)!.data;
  };
  await call('config', { js_api_lists: capabilities });
  return { bridge, call, meeting, events: () => posted.filter((entry) => entry.type === 'event') };
}

afterEach(() => vi.unstubAllGlobals());

describe('the sandbox client when the host ends the meeting', () => {
  it('tells the app onMeeting ended, then that it runs in the main client', async () => {
    const { bridge, call, meeting, events } = await startBridge(['onMeeting', 'onRunningContextChange', 'getRunningContext']);
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
    const { bridge, events } = await startBridge(['getRunningContext']);
    bridge.meetingEnded();
    expect(events()).toEqual([]);
  });
});
