import { afterEach, describe, expect, it, vi } from 'vitest';

// The client page's bridge is a plain browser module; this drives it with the SDK's wire messages
// (notes/zoom-platform.md §6) through a stand-in window and app frame.
interface SandboxParticipant {
  participantUUID: string;
  screenName: string;
  role: 'host' | 'cohost' | 'attendee';
  email?: string;
  guest?: boolean;
}
interface BridgeModule {
  createSdkBridge(options: {
    frame: { contentWindow: { postMessage(message: unknown, origin: string): void } };
    appOrigin: string;
    client: { me(): SandboxParticipant; meeting(): { participants: SandboxParticipant[] }; userStatus(): string };
  }): unknown;
}
interface Posted {
  type: 'apiResponse' | 'event';
  name?: string;
  data: Record<string, unknown>;
}

const APP_ORIGIN = 'http://127.0.0.1:4000';
const bridgeUrl = new URL('../public/client/sdk-bridge.js', import.meta.url).href;

const host: SandboxParticipant = { participantUUID: 'HOST', screenName: 'Alex Morgan', role: 'host', email: 'alex@acme.example' };
const customer: SandboxParticipant = { participantUUID: 'EMMA', screenName: 'Emma Clark', role: 'attendee', email: 'emma.clark@northwind.example' };
const noEmail: SandboxParticipant = { participantUUID: 'OLIVIA', screenName: 'Olivia Park', role: 'attendee' };

async function startBridge(me: SandboxParticipant) {
  const window = new EventTarget();
  vi.stubGlobal('window', window);
  const posted: Posted[] = [];
  const contentWindow = { postMessage: (message: unknown) => posted.push(message as Posted) };
  const { createSdkBridge } = (await import(bridgeUrl)) as BridgeModule;
  createSdkBridge({
    frame: { contentWindow },
    appOrigin: APP_ORIGIN,
    client: { me: () => me, meeting: () => ({ participants: [host, customer, noEmail] }), userStatus: () => 'authorized' },
  });
  let nextId = 0;
  const call = async (apiName: string, data?: unknown) => {
    const jsCallId = `call-${(nextId += 1)}`;
    const message = Object.assign(new Event('message'), { data: JSON.stringify({ jsCallId, apiName, data }), origin: APP_ORIGIN, source: contentWindow });
    window.dispatchEvent(message);
    await vi.waitUntil(() => posted.some((entry) => entry.type === 'apiResponse' && entry.data.jsCallId === jsCallId));
    return posted.find((entry) => entry.type === 'apiResponse' && entry.data.jsCallId === jsCallId)!.data;
  };
  await call('config', { js_api_lists: ['getMeetingParticipantsEmail', 'onParticipantEmail'] });
  return { call, events: () => posted.filter((entry) => entry.type === 'event') };
}

afterEach(() => vi.unstubAllGlobals());

describe('the sandbox client’s participant e-mails', () => {
  it('answers getMeetingParticipantsEmail, then sends one onParticipantEmail per participant', async () => {
    const { call, events } = await startBridge(host);
    expect(await call('getMeetingParticipantsEmail', { reasonForAsking: 'To match attendees to customers.' })).toMatchObject({
      result: { message: 'Success' },
    });
    await vi.waitUntil(() => events().length === 3);
    expect(events().map((event) => event.name)).toEqual(['onParticipantEmail', 'onParticipantEmail', 'onParticipantEmail']);
    const byParticipant = new Map(events().map((event) => [event.data.participantUUID, event.data]));
    expect(byParticipant.get('EMMA')).toMatchObject({ participantEmail: 'emma.clark@northwind.example', timestamp: expect.any(Number) });
    // Nobody's e-mail is invented: without one, Zoom says why.
    expect(byParticipant.get('OLIVIA')).toMatchObject({ errorMessage: expect.any(String) });
    expect(byParticipant.get('OLIVIA')).not.toHaveProperty('participantEmail');
  });

  it('an attendee may ask too, as in Zoom (each participant consents for themself)', async () => {
    const { call, events } = await startBridge(customer);
    expect(await call('getMeetingParticipantsEmail', { reasonForAsking: 'To match attendees to customers.' })).toHaveProperty('result');
    await vi.waitUntil(() => events().length === 3);
  });

  it('refuses a guest and a call without a reason', async () => {
    const guest = await startBridge({ ...noEmail, guest: true });
    expect(await guest.call('getMeetingParticipantsEmail', { reasonForAsking: 'Why' })).toMatchObject({ errorCode: 10_002 });
    const { call, events } = await startBridge(host);
    expect(await call('getMeetingParticipantsEmail', {})).toMatchObject({ errorMessage: expect.stringContaining('reasonForAsking') });
    expect(events()).toEqual([]);
  });
});
