import { createDecipheriv, createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { appContextPayload, freshAppContext } from '../src/app-context/build-app-context.ts';
import { encryptAppContext } from '../src/app-context/encrypt-app-context.ts';
import { testSandboxConfig } from './support/config.ts';

/** Zoom's documented decryption (notes/zoom-platform.md §2), written out here, not imported. */
function decrypt(value: string, clientSecret: string) {
  const bytes = Buffer.from(value, 'base64');
  let offset = 0;
  const ivLength = bytes.readUInt8(offset);
  offset += 1;
  const iv = bytes.subarray(offset, (offset += ivLength));
  const aadLength = bytes.readUInt16LE(offset);
  offset += 2;
  const aad = bytes.subarray(offset, (offset += aadLength));
  const cipherTextLength = bytes.readUInt32LE(offset);
  offset += 4;
  const cipherText = bytes.subarray(offset, (offset += cipherTextLength));
  const tag = bytes.subarray(offset, offset + 16);
  expect(offset + 16).toBe(bytes.length);
  const decipher = createDecipheriv('aes-256-gcm', createHash('sha256').update(clientSecret).digest(), iv);
  decipher.setAAD(aad);
  decipher.setAuthTag(tag);
  return { iv, aad, payload: JSON.parse(Buffer.concat([decipher.update(cipherText), decipher.final()]).toString('utf8')) };
}

const config = testSandboxConfig();
const host = { uid: 'KdYKjnimT4KPd8FFgQt9FQ', meetingUuid: 'Kq2k5aIeQ0a4m3xwCbQ9lA==', role: 'host' as const };

describe('the encrypted app context', () => {
  it('decrypts with Zoom’s documented layout and key, a 12-byte iv and the aad it was sealed with', () => {
    const payload = appContextPayload(config, host, 1_700_000_000_000);
    const { iv, aad, payload: opened } = decrypt(encryptAppContext(payload, config.ZOOM_CLIENT_SECRET, Buffer.from('zoom')), config.ZOOM_CLIENT_SECRET);
    expect(iv).toHaveLength(12);
    expect(aad.toString()).toBe('zoom');
    expect(opened).toEqual(payload);
  });

  it('carries Zoom’s fields: a meeting, the host, expiry two minutes after issue, our client id as audience', () => {
    const { payload } = decrypt(freshAppContext(config, { ...host, act: 'open-timeline' }, 1_000), config.ZOOM_CLIENT_SECRET);
    expect(payload).toEqual({
      typ: 'meeting',
      uid: host.uid,
      mid: host.meetingUuid,
      ts: 1_000,
      exp: 121_000,
      attendrole: 'host',
      iss: 'marketplace.zoom.us',
      aud: config.ZOOM_CLIENT_ID,
      entitlements: [],
      act: 'open-timeline',
    });
  });

  it('has no uid for a guest and names attendees and co-hosts as Zoom does', () => {
    const guest = decrypt(freshAppContext(config, { meetingUuid: host.meetingUuid, role: 'attendee' }), config.ZOOM_CLIENT_SECRET).payload;
    expect(guest).not.toHaveProperty('uid');
    expect(guest.attendrole).toBe('participant');
    expect(appContextPayload(config, { ...host, role: 'cohost' }, 0).attendrole).toBe('co-host');
  });

  it('cannot be opened with another secret, and differs on every call (fresh iv)', () => {
    const sealed = freshAppContext(config, host);
    expect(() => decrypt(sealed, 'another-secret')).toThrow();
    expect(freshAppContext(config, host, 5)).not.toBe(freshAppContext(config, host, 5));
  });
});
