import type { Store } from '@c360/c360/store';
import { pino } from 'pino';
import { describe, expect, it, vi } from 'vitest';
import { startServer } from '../src/server.ts';
import { testConfig } from './support/test-app.ts';

function fakeStore() {
  return { kind: 'pglite', ping: vi.fn(async () => {}), close: vi.fn(async () => {}) } as unknown as Store & {
    close: ReturnType<typeof vi.fn>;
  };
}

const logger = pino({ level: 'silent' });

describe('startServer', () => {
  it('listens, answers, and on close stops and closes the store it was given', async () => {
    const store = fakeStore();
    const started = await startServer(testConfig({ PORT: '0' }), { store, logger });
    const res = await fetch(new URL('/healthz', started.url));
    expect(await res.json()).toEqual({ status: 'ok' });
    await started.close();
    expect(store.close).toHaveBeenCalledOnce();
    expect(started.server.listening).toBe(false);
  });

  it('refuses a port in use with a reason naming PORT, closing its store', async () => {
    const first = await startServer(testConfig({ PORT: '0' }), { store: fakeStore(), logger });
    const port = new URL(first.url).port;
    const store = fakeStore();
    await expect(startServer(testConfig({ PORT: port }), { store, logger })).rejects.toThrow(`port ${port} is already in use (PORT)`);
    expect(store.close).toHaveBeenCalledOnce();
    await first.close();
  });
});
