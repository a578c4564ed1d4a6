import { prismaSessionStore } from '@c360/c360';
import { emptyStoreTest as it, fileStoreOf } from '@c360/c360/testing';
import express from 'express';
import request from 'supertest';
import { describe, expect } from 'vitest';
import { requireSession, SESSION_COOKIE, sessions } from '../src/session/index.ts';

const file = fileStoreOf(it);

function app() {
  const server = express();
  server.use(sessions(prismaSessionStore(file.store.prisma)));
  server.get('/peek', (req, res) => {
    const session = requireSession(req);
    res.json({ persisted: session.isPersisted, zoomUserId: session.zoomUserId, note: session.get('note') ?? null });
  });
  server.post('/link', async (req, res) => {
    const session = requireSession(req);
    session.link({ zoomUserId: 'zoom-user-1' });
    session.set('note', 'kept');
    await session.save();
    res.sendStatus(204);
  });
  server.post('/rotate', async (req, res) => {
    await requireSession(req).regenerate();
    res.sendStatus(204);
  });
  server.post('/end', async (req, res) => {
    await requireSession(req).destroy();
    res.sendStatus(204);
  });
  return server;
}

const cookieOf = (res: request.Response) => {
  const header = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  return header?.split(';')[0];
};

describe('server-side sessions', () => {
  it('store nothing and set no cookie for a visitor who saves nothing', async () => {
    const res = await request(app()).get('/peek').expect(200, { persisted: false, zoomUserId: null, note: null });
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('set a cookie fit for an embedded, cross-site iframe, and keep only the token hash in the store', async () => {
    const res = await request(app()).post('/link').expect(204);
    const header = ([] as string[]).concat(res.headers['set-cookie'] ?? [])[0]!;
    expect(header).toMatch(/HttpOnly/);
    expect(header).toMatch(/Secure/);
    expect(header).toMatch(/SameSite=None/);
    expect(header).toMatch(/Partitioned/);
    const token = cookieOf(res)!.split('=')[1]!;
    expect(await file.store.prisma.session.count({ where: { id: token } })).toBe(0);
    await request(app()).get('/peek').set('Cookie', cookieOf(res)!).expect(200, { persisted: true, zoomUserId: 'zoom-user-1', note: 'kept' });
  });

  it('stop honouring the old id after the id is rotated', async () => {
    const first = cookieOf(await request(app()).post('/link'))!;
    const rotated = cookieOf(await request(app()).post('/rotate').set('Cookie', first))!;
    expect(rotated).not.toBe(first);
    await request(app()).get('/peek').set('Cookie', first).expect(200, { persisted: false, zoomUserId: null, note: null });
    await request(app()).get('/peek').set('Cookie', rotated).expect(200, { persisted: true, zoomUserId: 'zoom-user-1', note: 'kept' });
  });

  it('end on destroy, and clear the cookie', async () => {
    const cookie = cookieOf(await request(app()).post('/link'))!;
    const res = await request(app()).post('/end').set('Cookie', cookie).expect(204);
    expect(String(res.headers['set-cookie'])).toMatch(new RegExp(`${SESSION_COOKIE}=;`));
    await request(app()).get('/peek').set('Cookie', cookie).expect(200, { persisted: false, zoomUserId: null, note: null });
  });

  it('expire after the idle timeout', async () => {
    const cookie = cookieOf(await request(app()).post('/link'))!;
    await file.store.prisma.session.updateMany({ where: { zoomUserId: 'zoom-user-1' }, data: { idleExpiresAt: new Date(Date.now() - 1000) } });
    await request(app()).get('/peek').set('Cookie', cookie).expect(200, { persisted: false, zoomUserId: null, note: null });
  });
});
