import type { CodeChallengeMethod } from '../state/records.ts';
import type { SandboxState } from '../state/sandbox-state.ts';
import { createMeetings, type Meetings } from '../meetings/meetings.ts';
import type { Launches } from './launches.ts';

/** What the meeting client adds to the sandbox: meetings and the app launches of open client pages. */
export interface ClientState {
  meetings: Meetings;
  launches: Launches;
  /** How the product's in-client PKCE challenge is checked: Zoom's current docs say plain, older ones S256. */
  inClientChallengeMethod: CodeChallengeMethod;
}

const states = new WeakMap<SandboxState, ClientState>();

/** One client state per sandbox, shared by the client pages and the embedded browser in front of the BFF. */
export function clientStateOf(sandbox: SandboxState): ClientState {
  let state = states.get(sandbox);
  if (!state) {
    state = { meetings: createMeetings(() => sandbox.now()), launches: new Map(), inClientChallengeMethod: 'plain' };
    states.set(sandbox, state);
  }
  return state;
}
