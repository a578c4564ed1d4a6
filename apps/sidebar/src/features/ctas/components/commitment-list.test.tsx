import type { Cta, CtaPage } from '@c360/contracts';
import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ToastProvider } from '@/components/ui/toast';
import { sessionQueryKey } from '@/hooks/use-session';
import type { Language } from '@/lib/i18n';
import { renderMarkup, textOf } from '@/test/render-markup';
import { signedInSession } from '@/test/session';
import { ctaKeys, getCtas } from '../api/get-ctas';
import { CommitmentList } from './commitment-list';
import { commitmentsScope } from './open-commitments';

const COMPANY_ID = '2b3c4d5e-6f7a-4b9c-8d1e-2f3a4b5c6d7e';
const MEETING_UUID = 'qbr/meeting+uuid==';
const scope = commitmentsScope(COMPANY_ID, MEETING_UUID);

const commitment = (subject: string, dueDate: string, overdue: boolean, owner: string): Cta => ({
  id: crypto.randomUUID(),
  type: 'ACTIVITY',
  subject,
  priority: 'MEDIUM',
  status: 'OPEN',
  dueDate,
  overdue,
  owner: { id: crypto.randomUUID(), displayName: owner },
  companyId: COMPANY_ID,
  activityId: crypto.randomUUID(),
  activitySubject: 'Kick-off',
  createdAt: '2026-11-02T09:00:00.000Z',
});
const late = commitment('To-Do: Send the security review', '2026-11-18', true, 'Alex Morgan');
const next = commitment('To-Do: Share the roadmap', '2026-11-27', false, 'Hana Sato');

// A close's toast offers Undo.
const commitments = (initiallyOpen: boolean) => (
  <ToastProvider>
    <CommitmentList scope={scope} initiallyOpen={initiallyOpen} />
  </ToastProvider>
);

/** The markup with the commitments already read, as the user of this licence sees them. */
function render(language: Language, pages: CtaPage[], { canManage = true, initiallyOpen = true } = {}) {
  const queryClient = new QueryClient();
  const session = signedInSession({ admin: false });
  session.gainsight.permissions.manageCtas = canManage ? { allowed: true } : { allowed: false, reason: 'Viewer' };
  queryClient.setQueryData(sessionQueryKey, session);
  queryClient.setQueryData(ctaKeys.list(scope), { pages, pageParams: pages.map((_, index) => (index === 0 ? null : `cursor-${index}`)) });
  return renderMarkup(language, commitments(initiallyOpen), queryClient);
}

const due = (language: Language, date: string) =>
  new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

// The items' checkboxes close through the write queue, which listens for the browser coming back online.
beforeAll(() => {
  vi.stubGlobal('window', new EventTarget());
});

describe('the meeting bar’s open commitments', () => {
  it('lists each with its due date, owner and meeting, the overdue one marked, under an open "Open commitments (n)"', async () => {
    const html = await render('en', [{ items: [late, next], nextCursor: null }]);
    expect(textOf(html)).toBe(
      `Open commitments (2) ` +
        `To-Do: Send the security review Overdue Due ${due('en', late.dueDate)} Priority: Medium Owner: Alex Morgan From: Kick-off ` +
        `To-Do: Share the roadmap Due ${due('en', next.dueDate)} Priority: Medium Owner: Hana Sato From: Kick-off`,
    );
    expect(html).toMatch(/<button[^>]*aria-expanded="true"/);
    expect(html).toContain('aria-label="Open follow-ups from earlier meetings"');
  });

  it('is folded to its line once the meeting has ended, so the after-call panel comes first', async () => {
    const html = await render('en', [{ items: [late, next], nextCursor: null }], { initiallyOpen: false });
    expect(html).toMatch(/<button[^>]*aria-expanded="false"/);
    expect(html).toMatch(/<div id="[^"]+" class="commitments__body" hidden="">/);
  });

  it('gives each a checkbox labelled by the commitment itself', async () => {
    const html = await render('en', [{ items: [late, next], nextCursor: null }]);
    const boxes = [...html.matchAll(/<input id="([^"]+)"[^>]*type="checkbox"/g)].map((match) => match[1]);
    expect(boxes).toHaveLength(2);
    for (const [index, cta] of [late, next].entries()) expect(html).toContain(`<label for="${boxes[index]}" class="cta__subject">${cta.subject}</label>`);
  });

  it('shows a licence that may not close CTAs the list without checkboxes', async () => {
    const html = await render('en', [{ items: [late], nextCursor: null }], { canManage: false });
    expect(html).not.toContain('<input');
    expect(textOf(html)).toMatch(/^Open commitments \(1\) To-Do: Send the security review Overdue/);
  });

  it('takes no room when there are none, or none read yet', async () => {
    expect(await render('en', [{ items: [], nextCursor: null }])).not.toContain('commitments');
    expect(await renderMarkup('en', commitments(true))).not.toContain('commitments');
  });

  it('keeps one just checked off, closed, out of the count until the list re-reads', async () => {
    const html = await render('en', [{ items: [{ ...late, status: 'CLOSED', overdue: false }, next], nextCursor: null }]);
    expect(textOf(html)).toMatch(/^Open commitments \(1\) To-Do: Send the security review Closed/);
    expect(html).toMatch(/<input[^>]*checked=""/);
  });

  it('says when there are more than those read, with "Load more"', async () => {
    expect(textOf(await render('en', [{ items: [late], nextCursor: 'next' }]))).toMatch(/^Open commitments \(1\+\) .* Load more$/);
  });

  it('reads in Japanese', async () => {
    expect(textOf(await render('ja', [{ items: [next], nextCursor: null }]))).toBe(
      `未完了の約束（1 件） To-Do: Share the roadmap 期日: ${due('ja', next.dueDate)} 優先度: 中 担当者: Hana Sato アクティビティ: Kick-off`,
    );
  });
});

describe('reading the commitments', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks for the company’s open CTAs of meetings other than this one', async () => {
    const fetch = vi.fn((_url: string) => Promise.resolve(Response.json({ items: [next], nextCursor: null })));
    vi.stubGlobal('fetch', fetch);
    await expect(getCtas(scope, null)).resolves.toEqual({ items: [next], nextCursor: null });
    const url = new URL(fetch.mock.calls[0]![0], 'https://sidebar.example');
    expect(url.pathname).toBe(`/api/companies/${COMPANY_ID}/ctas`);
    expect(Object.fromEntries(url.searchParams)).toEqual({ limit: '20', status: 'OPEN', fromMeetingsOtherThan: MEETING_UUID });
  });
});
