import { vi } from 'vitest';

// The client page's bridge is a plain browser module; this drives it with the SDK's wire messages
// (notes/zoom-platform.md §6) through a stand-in window and app frame. Call `vi.unstubAllGlobals()` after each test.

export interface BridgeClient {
  me(): object;
  meeting(): object;
  userStatus(): string;
}
interface BridgeModule {
  createSdkBridge(options: {
    frame: { contentWindow: { postMessage(message: unknown, origin: string): void } };
    appOrigin: string;
    client: BridgeClient;
  }): unknown;
}
interface Posted {
  type: 'apiResponse' | 'event';
  name?: string;
  data: Record<string, unknown>;
}

const APP_ORIGIN = 'http://127.0.0.1:4000';
const bridgeUrl = new URL('../../public/client/sdk-bridge.js', import.meta.url).href;

/** A bridge for `client`, configured with `capabilities`: `call` an SDK API as the app would, read the `events` it sent. */
export async function startBridge<Bridge>(client: BridgeClient, capabilities: string[]) {
  const window = new EventTarget();
  vi.stubGlobal('window', window);
  const posted: Posted[] = [];
  const contentWindow = { postMessage: (message: unknown) => posted.push(message as Posted) };
  const { createSdkBridge } = (await import(bridgeUrl)) as BridgeModule;
  const bridge = createSdkBridge({ frame: { contentWindow }, appOrigin: APP_ORIGIN, client }) as Bridge;
  let nextId = 0;
  const call = async (apiName: string, data?: unknown) => {
    const jsCallId = `call-${(nextId += 1)}`;
    const message = Object.assign(new Event('message'), { data: JSON.stringify({ jsCallId, apiName, data }), origin: APP_ORIGIN, source: contentWindow });
    window.dispatchEvent(message);
    await vi.waitUntil(() => posted.some((entry) => entry.type === 'apiResponse' && entry.data.jsCallId === jsCallId));
    return posted.find((entry) => entry.type === 'apiResponse' && entry.data.jsCallId === jsCallId)!.data;
  };
  await call('config', { js_api_lists: capabilities });
  return { bridge, call, events: () => posted.filter((entry) => entry.type === 'event') };
}
