import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, redactUrlCredentials, requestForLog } from '../src/logger.ts';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger({ LOG_LEVEL: 'info' }, stream), text: () => lines.join('') };
}

describe('logs', () => {
  it('never carry credentials from headers, bodies or config', () => {
    const { logger, text } = capture();
    logger.info({
      req: { headers: { authorization: 'Bearer tok-AAA', cookie: 'sid=cookie-BBB', 'x-zoom-app-context': 'ctx-CCC' } },
      res: { headers: { 'set-cookie': 'sid=cookie-DDD' } },
      body: { username: 'alex@acme.example', password: 'pw-EEE' },
      tokens: { accessToken: 'at-FFF', refresh_token: 'rt-GGG' },
      config: { SESSION_SECRET: 'ss-HHH', ZOOM_CLIENT_SECRET: 'cs-III', DATABASE_URL: 'postgresql://app:db-JJJ@db:5432/c360' },
    });
    const out = text();
    for (const secret of ['AAA', 'BBB', 'CCC', 'DDD', 'EEE', 'FFF', 'GGG', 'HHH', 'III', 'JJJ']) expect(out).not.toContain(secret);
    expect(out).toContain('alex@acme.example');
    expect(out).toContain('postgresql://app:[Redacted]@db:5432/c360');
  });

  it('hide connection-string passwords in messages and errors', () => {
    const { logger, text } = capture();
    logger.error({ err: new Error('cannot reach postgres://u:pw-KKK@h/x') }, 'failed at redis://:pw-LLL@cache:6379');
    expect(text()).not.toMatch(/KKK|LLL/);
  });

  it('redact only the password of a URL', () => {
    expect(redactUrlCredentials('postgresql://nobody@127.0.0.1:1/x')).toBe('postgresql://nobody@127.0.0.1:1/x');
    expect(redactUrlCredentials('see postgresql://a:b@h/x and https://c:d@e')).toBe('see postgresql://a:[Redacted]@h/x and https://c:[Redacted]@e');
  });
});

describe('request logs', () => {
  it('keep the path but never the query string or the headers', () => {
    expect(requestForLog({ id: 7, method: 'GET', url: '/zoom/callback?code=secret-code&state=s', remoteAddress: '127.0.0.1' })).toEqual({
      id: 7,
      method: 'GET',
      path: '/zoom/callback',
      remoteAddress: '127.0.0.1',
    });
  });
});
