import request from 'supertest';
import type { createApp } from '../../src/app.ts';
import { PUBLIC_URL } from './test-app.ts';

type App = ReturnType<typeof createApp>;

/**
 * Requests as one browser of the sidebar: its session cookie (when it has one) on every request, and on
 * every write the same-origin `Origin` header the CSRF check asks for.
 */
export function clientOf(app: App, cookie?: string) {
  const withCookie = (req: request.Test) => (cookie ? req.set('Cookie', cookie) : req);
  const write = (method: 'post' | 'put' | 'patch' | 'delete') => (path: string, body?: object) => {
    const req = withCookie(request(app)[method](path).set('Origin', PUBLIC_URL));
    return body === undefined ? req : req.send(body);
  };
  return {
    get: (path: string) => withCookie(request(app).get(path)),
    post: write('post'),
    put: write('put'),
    patch: write('patch'),
    delete: write('delete'),
  };
}

export type HttpClient = ReturnType<typeof clientOf>;

type BodyParser = Extract<Parameters<request.Test['parse']>[0], (res: never, callback: never) => void>;

/** supertest's parser for a raw body (a download as the browser saves it: a BOM or a ZIP as sent): `.buffer(true).parse(rawBody)`. */
export const rawBody: BodyParser = (res, done) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};
