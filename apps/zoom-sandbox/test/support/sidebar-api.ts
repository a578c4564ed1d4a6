import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { z } from 'zod';

interface ApiInit {
  method?: string;
  body?: unknown;
}

/** The sidebar's own frame (the BFF's origin), where fetch carries the session cookie. */
export async function appFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((frame) => frame.url().includes('/zoom/home'))).toBe(true);
  return page.frames().find((frame) => frame.url().includes('/zoom/home'))!;
}

/** Calls the BFF as the sidebar does (same origin, session cookie) and answers whatever came back. */
export async function apiAnswer(page: Page, path: string, init: ApiInit = {}): Promise<{ status: number; body: unknown }> {
  return (await appFrame(page)).evaluate(
    async ({ path, method, body }) => {
      const response = await fetch(path, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as unknown };
    },
    { path, method: init.method ?? 'GET', body: init.body },
  );
}

/** As `apiAnswer`, for a call that must succeed: the body parsed by its contract. */
export async function api<S extends z.ZodType>(page: Page, schema: S, path: string, init: ApiInit = {}): Promise<z.infer<S>> {
  const answer = await apiAnswer(page, path, init);
  expect(answer.status, `${init.method ?? 'GET'} ${path}`).toBeLessThan(300);
  return schema.parse(answer.body);
}
