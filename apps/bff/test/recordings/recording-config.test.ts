import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';

describe('recording download settings', () => {
  it('default to a 30 s first retry, 6 attempts and a 15 s poll', () => {
    expect(loadConfig({})).toMatchObject({ RECORDING_RETRY_BASE_MS: 30_000, RECORDING_MAX_ATTEMPTS: 6, RECORDING_POLL_INTERVAL_MS: 15_000 });
  });

  it('take whole numbers from the environment and name a bad one', () => {
    expect(loadConfig({ RECORDING_RETRY_BASE_MS: '10', RECORDING_MAX_ATTEMPTS: '2' })).toMatchObject({
      RECORDING_RETRY_BASE_MS: 10,
      RECORDING_MAX_ATTEMPTS: 2,
    });
    expect(() => loadConfig({ RECORDING_MAX_ATTEMPTS: '0' })).toThrow(/RECORDING_MAX_ATTEMPTS must be at least 1/);
    expect(() => loadConfig({ RECORDING_POLL_INTERVAL_MS: 'soon' })).toThrow(/RECORDING_POLL_INTERVAL_MS must be a number/);
  });
});
