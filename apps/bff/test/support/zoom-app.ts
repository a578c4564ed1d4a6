import type { Store } from '@c360/c360/store';
import { pino } from 'pino';
import { createApp } from '../../src/app.ts';
import { TEST_CLIENT_ID, TEST_CLIENT_SECRET } from './app-context.ts';
import { testConfig } from './test-app.ts';

/** The whole BFF on a test store, with the Zoom credentials the test contexts are sealed with. */
export function zoomTestApp(store: Pick<Store, 'ping' | 'prisma'>, env: NodeJS.ProcessEnv = {}) {
  return createApp({
    config: testConfig({ ZOOM_CLIENT_ID: TEST_CLIENT_ID, ZOOM_CLIENT_SECRET: TEST_CLIENT_SECRET, ...env }),
    store,
    logger: pino({ level: 'silent' }),
  });
}
