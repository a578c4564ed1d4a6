// The only module that imports @zoom/appssdk: components use this API or the useZoom hook.
import type * as ZoomSdkModule from '@zoom/appssdk';
import type { Apis, OnExpandAppEvent, RunningContext } from '@zoom/appssdk';

// Every API the sidebar calls must be listed here and enabled for the app in the Zoom Marketplace.
const CAPABILITIES: Apis[] = [
  'getRunningContext',
  'getUserContext',
  'getMeetingUUID',
  'getMeetingContext',
  'getMeetingParticipants',
  'onParticipantChange',
  'getAppContext',
  'expandApp',
  'onExpandApp',
  'openUrl',
];

export type ExpandAction = 'expand' | 'collapse';

export type ZoomStatus =
  | { inZoom: false; reason: 'not-embedded' | 'config-failed'; error?: string }
  | { inZoom: true; runningContext: RunningContext; clientVersion: string; unsupportedApis: Apis[] };

let configured: Promise<ZoomStatus> | undefined;
// The module namespace, set once config succeeded. Never the default export itself in a promise:
// that is a Proxy that looks like a thenable.
let sdk: typeof ZoomSdkModule | undefined;

export function isEmbedded(): boolean {
  return window.self !== window.top;
}

/** Configures the SDK once per page; every later caller shares that result. */
export function initZoom(): Promise<ZoomStatus> {
  configured ??= configure();
  return configured;
}

async function configure(): Promise<ZoomStatus> {
  // A top-level page has no Zoom client to answer, so config would only wait for its timeout.
  if (!isEmbedded()) return { inZoom: false, reason: 'not-embedded' };
  try {
    // Loaded on demand so the first screen renders while the SDK (~15 kB gzip) arrives.
    const loaded = await import('@zoom/appssdk');
    const { runningContext, clientVersion, unsupportedApis } = await loaded.default.config({
      capabilities: CAPABILITIES,
    });
    sdk = loaded;
    return { inZoom: true, runningContext, clientVersion, unsupportedApis };
  } catch (error) {
    return { inZoom: false, reason: 'config-failed', error: error instanceof Error ? error.message : String(error) };
  }
}

/** Pops the app out of the side panel or back in; false when that was not possible. */
export async function expandApp(action: ExpandAction): Promise<boolean> {
  await initZoom();
  if (!sdk) return false;
  try {
    await sdk.default.expandApp({ action });
    return true;
  } catch {
    return false;
  }
}

/** The user can also pop the app out or in from Zoom's own window controls. */
export function onExpandChange(listener: (expanded: boolean) => void): () => void {
  const zoomSdk = sdk?.default;
  // Without a configured SDK no event can arrive.
  if (!zoomSdk) return () => undefined;
  const handler = (event: OnExpandAppEvent): void => listener(event.action === 'expand');
  zoomSdk.addEventListener('onExpandApp', handler);
  return () => zoomSdk.removeEventListener('onExpandApp', handler);
}
