import { describe, expect, it } from 'vitest';
import { APP_CONTEXT_MAX_CHARS, decryptAppContext } from '../../src/zoom/app-context.ts';
import { contextPayload, encryptContext, layOut, sealParts, TEST_CLIENT_ID, TEST_CLIENT_SECRET } from '../support/app-context.ts';

const NOW = new Date('2026-03-02T10:00:00.000Z');
const keys = { clientId: TEST_CLIENT_ID, clientSecret: TEST_CLIENT_SECRET };
const payload = (overrides: Parameters<typeof contextPayload>[0] = {}) => contextPayload(overrides, NOW.getTime());
const decrypt = (value: string | undefined) => decryptAppContext(value, keys, NOW);
const reasonOf = (value: string | undefined) => {
  const result = decrypt(value);
  return result.ok ? 'accepted' : result.reason;
};

/** The byte offsets of Zoom's layout for a sealed value. */
function offsets(parts: ReturnType<typeof sealParts>) {
  const aadLength = 1 + parts.iv.length;
  const aad = aadLength + 2;
  const cipherTextLength = aad + parts.aad.length;
  const cipherText = cipherTextLength + 4;
  const tag = cipherText + parts.cipherText.length;
  return { aadLength, aad, cipherTextLength, cipherText, tag };
}

function flip(bytes: Buffer, index: number): string {
  const copy = Buffer.from(bytes);
  copy[index] = copy[index]! ^ 0x01;
  return copy.toString('base64');
}

describe('decrypting the Zoom app context', () => {
  it('accepts a value laid out and sealed as Zoom documents, and returns its fields', () => {
    const result = decrypt(encryptContext(payload({ act: '{"open":"timeline"}', iid: 'invite-1' })));
    expect(result).toEqual({
      ok: true,
      context: {
        typ: 'meeting',
        uid: 'zoom-user-alex',
        mid: 'meeting-uuid-1==',
        ts: NOW.getTime(),
        exp: NOW.getTime() + 120_000,
        attendrole: 'host',
        iss: 'marketplace.zoom.us',
        aud: TEST_CLIENT_ID,
        act: '{"open":"timeline"}',
        iid: 'invite-1',
      },
    });
  });

  it('authenticates the additional data when Zoom sends some', () => {
    const parts = sealParts(payload(), TEST_CLIENT_SECRET, Buffer.from('zoom-aad'));
    expect(reasonOf(layOut(parts).toString('base64'))).toBe('accepted');
    expect(reasonOf(flip(layOut(parts), offsets(parts).aad))).toBe('tampered');
  });

  it('accepts a guest launch, which has no uid', () => {
    const { uid: _uid, ...guest } = payload();
    const result = decrypt(encryptContext(guest));
    expect(result.ok && result.context.uid).toBeUndefined();
    expect(result.ok).toBe(true);
  });

  it('refuses a value sealed with another client secret', () => {
    expect(reasonOf(encryptContext(payload(), 'another-apps-secret'))).toBe('tampered');
  });

  it.each(['iv', 'cipherText', 'tag'] as const)('refuses a value with one flipped bit in the %s', (part) => {
    const parts = sealParts(payload());
    const at = { iv: 1, cipherText: offsets(parts).cipherText + 3, tag: offsets(parts).tag + 15 }[part];
    expect(reasonOf(flip(layOut(parts), at))).toBe('tampered');
  });

  it('refuses a truncated value', () => {
    const bytes = layOut(sealParts(payload()));
    expect(reasonOf(bytes.subarray(0, bytes.length - 1).toString('base64'))).toBe('malformed');
    expect(reasonOf(bytes.subarray(0, 10).toString('base64'))).toBe('malformed');
    expect(reasonOf(Buffer.alloc(1, 12).toString('base64'))).toBe('malformed');
  });

  it.each([
    ['ivLength', (b: Buffer) => b.writeUInt8(255, 0)],
    ['aadLength', (b: Buffer, o: ReturnType<typeof offsets>) => b.writeUInt16LE(65_535, o.aadLength)],
    ['cipherTextLength', (b: Buffer, o: ReturnType<typeof offsets>) => b.writeUInt32LE(0xffff_ffff, o.cipherTextLength)],
    ['cipherTextLength (too short)', (b: Buffer, o: ReturnType<typeof offsets>) => b.writeUInt32LE(1, o.cipherTextLength)],
  ])('refuses a value whose %s lies', (_field, lie) => {
    const parts = sealParts(payload());
    const bytes = layOut(parts);
    lie(bytes, offsets(parts));
    expect(reasonOf(bytes.toString('base64'))).toBe('malformed');
  });

  it('refuses a zero-length iv', () => {
    const parts = sealParts(payload());
    expect(reasonOf(layOut({ ...parts, iv: Buffer.alloc(0) }).toString('base64'))).toBe('malformed');
  });

  it('refuses an expired value, and one expiring right now', () => {
    expect(reasonOf(encryptContext(payload({ exp: NOW.getTime() - 1 })))).toBe('expired');
    expect(reasonOf(encryptContext(payload({ exp: NOW.getTime() })))).toBe('expired');
  });

  it('reads exp as epoch milliseconds, not seconds', () => {
    expect(reasonOf(encryptContext(payload({ exp: Math.floor(NOW.getTime() / 1000) + 120 })))).toBe('expired');
  });

  it('refuses a value meant for another app (aud)', () => {
    expect(reasonOf(encryptContext(payload({ aud: 'another-client-id' })))).toBe('wrong-audience');
  });

  it('refuses a value not issued by the Marketplace (iss)', () => {
    expect(reasonOf(encryptContext(payload({ iss: 'evil.example' })))).toBe('wrong-issuer');
  });

  it('refuses an oversized value before decoding it', () => {
    const padded = encryptContext(payload({ act: 'x'.repeat(200) })).padEnd(APP_CONTEXT_MAX_CHARS + 1, 'A');
    expect(reasonOf(padded)).toBe('oversized');
  });

  it('refuses a missing or empty value', () => {
    expect(reasonOf(undefined)).toBe('missing');
    expect(reasonOf('')).toBe('missing');
  });

  it('refuses text that is not base64', () => {
    expect(reasonOf('not base64 at all!')).toBe('malformed');
  });

  it('refuses a well-sealed payload that is not a valid context', () => {
    expect(reasonOf(encryptContext('just a string'))).toBe('invalid-payload');
    expect(reasonOf(encryptContext({ ...payload(), exp: 'tomorrow' }))).toBe('invalid-payload');
    const { iss: _iss, ...withoutIssuer } = payload();
    expect(reasonOf(encryptContext(withoutIssuer))).toBe('invalid-payload');
  });
});
