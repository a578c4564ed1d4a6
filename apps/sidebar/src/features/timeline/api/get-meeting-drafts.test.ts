import { afterEach, describe, expect, it, vi } from 'vitest';
import { getMeetingDrafts } from './get-meeting-drafts';

const problem = (status: number, code: string) =>
  new Response(JSON.stringify({ type: 'about:blank', title: 'x', status, code }), { status, headers: { 'content-type': 'application/problem+json' } });

afterEach(() => vi.unstubAllGlobals());

describe('the drafts offered for a meeting', () => {
  it('are none when the BFF answers NOT_FOUND', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(problem(404, 'NOT_FOUND'))),
    );
    await expect(getMeetingDrafts('m-1')).resolves.toEqual([]);
  });

  it("fail on any other problem, and on a 404 that is not the BFF's", async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(problem(403, 'FORBIDDEN'))),
    );
    await expect(getMeetingDrafts('m-1')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response('<html>Not here</html>', { status: 404 }))),
    );
    await expect(getMeetingDrafts('m-1')).rejects.toMatchObject({ status: 404, code: undefined });
  });
});
