import { WebSocket } from 'ws';
import { handshakeResponse, rtmsMessage, type RtmsMessage } from './rtms-protocol.ts';

/** A handshake Zoom answered with a non-zero status (3: bad signature, 8: duplicate signaling connection…). */
export class RtmsHandshakeError extends Error {
  override name = 'RtmsHandshakeError';
  constructor(
    readonly statusCode: number,
    reason: string,
  ) {
    super(`RTMS handshake refused with status ${statusCode}${reason ? ` (${reason})` : ''}`);
  }
}

export interface OpenedSocket {
  socket: WebSocket;
  response: RtmsMessage;
}

export const sendMessage = (socket: WebSocket | undefined, message: object) => {
  if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
};

function parseMessage(data: WebSocket.RawData): RtmsMessage | undefined {
  try {
    const parsed = rtmsMessage.safeParse(JSON.parse(data.toString()));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Opens a socket, sends `handshake` and waits for the answer of type `responseType`, all within `timeoutMs`.
 * Every later message goes to `onMessage`, from the same listener, so none sent right after the answer is missed.
 */
export function openRtmsSocket(
  url: string,
  handshake: object,
  responseType: number,
  timeoutMs: number,
  onMessage: (message: RtmsMessage) => void,
): Promise<OpenedSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { handshakeTimeout: timeoutMs, maxPayload: 1024 * 1024 });
    let settled = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.terminate();
      reject(error);
    };
    const timer = setTimeout(() => fail(new Error(`RTMS handshake timed out after ${timeoutMs} ms`)), timeoutMs);
    socket.on('open', () => sendMessage(socket, handshake));
    socket.on('error', (error) => fail(error));
    socket.on('close', () => fail(new Error('RTMS socket closed before its handshake')));
    socket.on('message', (data) => {
      const message = parseMessage(data);
      if (!message) return;
      if (settled) return onMessage(message);
      if (message.msg_type !== responseType) return;
      const response = handshakeResponse.safeParse(message);
      if (!response.success) return fail(new Error('RTMS handshake answer is malformed'));
      if (response.data.status_code !== 0) return fail(new RtmsHandshakeError(response.data.status_code, response.data.reason ?? ''));
      settled = true;
      clearTimeout(timer);
      resolve({ socket, response: message });
    });
  });
}
