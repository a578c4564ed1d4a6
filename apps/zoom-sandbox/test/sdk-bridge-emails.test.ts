import { afterEach, describe, expect, it, vi } from 'vitest';
import { startBridge } from './support/sdk-bridge-harness.ts';

interface SandboxParticipant {
  participantUUID: string;
  screenName: string;
  role: 'host' | 'cohost' | 'attendee';
  email?: string;
  guest?: boolean;
}
const host: SandboxParticipant = { participantUUID: 'HOST', screenName: 'Alex Morgan', role: 'host', email: 'alex@acme.example' };
const customer: SandboxParticipant = { participantUUID: 'EMMA', screenName: 'Emma Clark', role: 'attendee', email: 'emma.clark@northwind.example' };
const noEmail: SandboxParticipant = { participantUUID: 'OLIVIA', screenName: 'Olivia Park', role: 'attendee' };

const startParticipantBridge = (me: SandboxParticipant) =>
  startBridge({ me: () => me, meeting: () => ({ participants: [host, customer, noEmail] }), userStatus: () => 'authorized' }, [
    'getMeetingParticipantsEmail',
    'onParticipantEmail',
  ]);

afterEach(() => vi.unstubAllGlobals());

describe('the sandbox client’s participant e-mails', () => {
  it('answers getMeetingParticipantsEmail, then sends one onParticipantEmail per participant', async () => {
    const { call, events } = await startParticipantBridge(host);
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
    const { call, events } = await startParticipantBridge(customer);
    expect(await call('getMeetingParticipantsEmail', { reasonForAsking: 'To match attendees to customers.' })).toHaveProperty('result');
    await vi.waitUntil(() => events().length === 3);
  });

  it('refuses a guest and a call without a reason', async () => {
    const guest = await startParticipantBridge({ ...noEmail, guest: true });
    expect(await guest.call('getMeetingParticipantsEmail', { reasonForAsking: 'Why' })).toMatchObject({ errorCode: 10_002 });
    const { call, events } = await startParticipantBridge(host);
    expect(await call('getMeetingParticipantsEmail', {})).toMatchObject({ errorMessage: expect.stringContaining('reasonForAsking') });
    expect(events()).toEqual([]);
  });
});
