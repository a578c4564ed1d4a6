import { afterEach, describe, expect, it, vi } from 'vitest';
import { startBridge } from './support/sdk-bridge-harness.ts';

// Zoom's error codes the SDK rejects with.
const NO_PERMISSION = 10_002;
const NOT_IN_CAPABILITIES = 10_003;
const HEADING_TOO_LONG = 10_257;
const MESSAGE_TOO_LONG = 10_258;

async function bridgeFor({ guest = false, ended = false, capabilities = ['showAppInvitationDialog'] } = {}) {
  const shown: unknown[] = [];
  const client = {
    me: () => ({ role: 'attendee', guest }),
    meeting: () => ({ ended, participants: [] }),
    userStatus: () => (guest ? 'unauthenticated' : 'authorized'),
    showInvitationDialog: (options: unknown) => shown.push(options),
  };
  return { ...(await startBridge(client, capabilities)), shown };
}

afterEach(() => vi.unstubAllGlobals());

describe('showAppInvitationDialog in the sandbox client', () => {
  it('opens the client’s participant picker, with the app’s heading and button when it gives them', async () => {
    const { call, shown } = await bridgeFor();
    expect(await call('showAppInvitationDialog')).toMatchObject({ result: { message: 'Success' } });
    expect(await call('showAppInvitationDialog', { dialogHeading: 'Share the account', dialogButtonText: 'Share' })).toMatchObject({
      result: { message: 'Success' },
    });
    expect(shown).toEqual([{}, { heading: 'Share the account', buttonText: 'Share' }]);
  });

  it('refuses a guest, an ended meeting, an app without the capability, and options longer than Zoom allows', async () => {
    expect(await (await bridgeFor({ guest: true })).call('showAppInvitationDialog')).toMatchObject({ errorCode: NO_PERMISSION });
    expect(await (await bridgeFor({ ended: true })).call('showAppInvitationDialog')).toMatchObject({ errorMessage: expect.stringMatching(/ended/) });
    expect(await (await bridgeFor({ capabilities: ['getUserContext'] })).call('showAppInvitationDialog')).toMatchObject({ errorCode: NOT_IN_CAPABILITIES });
    const { call, shown } = await bridgeFor();
    expect(await call('showAppInvitationDialog', { dialogHeading: 'x'.repeat(41) })).toMatchObject({ errorCode: HEADING_TOO_LONG });
    expect(await call('showAppInvitationDialog', { messageText: 'x'.repeat(91) })).toMatchObject({ errorCode: MESSAGE_TOO_LONG });
    expect(shown).toEqual([]);
  });
});
