import { describe, expect, it } from 'vitest';
import { renderMarkup, textOf } from '@/test/render-markup';
import { ProposalItem } from './proposed-follow-ups';

const quote = { text: 'I’ll send the renewal quote by Friday.', ownerName: 'Alex Doe', dueDate: '2026-03-06' };
const promise = { text: '来週までに利用データを共有します。', ownerName: '田中 健' };

const row = (
  proposal: typeof quote | typeof promise,
  made: boolean,
  { reasonId, busy = false, failure = null }: { reasonId?: string; busy?: boolean; failure?: string | null } = {},
) => (
  <ul>
    <ProposalItem proposal={proposal} made={made} busy={busy} reasonId={reasonId} failure={failure} waiting={false} onMake={() => undefined} />
  </ul>
);

describe('a follow-up proposed from the conversation', () => {
  it('shows the commitment, its owner and due day, and one button to create it', async () => {
    const html = await renderMarkup('en', row(quote, false));
    expect(textOf(html)).toBe(`I’ll send the renewal quote by Friday. Owner: Alex Doe · Due ${due('en', '2026-03-06')} Create follow-up`);
    expect(html).toContain('<button type="button" class="button" aria-disabled="false">');
  });

  it('says when no day was named, in Japanese too', async () => {
    expect(textOf(await renderMarkup('ja', row(promise, false)))).toBe(
      '来週までに利用データを共有します。 担当: 田中 健 · 期日の言及なし フォローアップを作成',
    );
    expect(textOf(await renderMarkup('en', row(promise, false)))).toContain('Owner: 田中 健 · No due date named Create follow-up');
  });

  it('says a follow-up made already is made, offering no button', async () => {
    const html = await renderMarkup('en', row(quote, true));
    expect(textOf(html)).toMatch(/Follow-up created$/);
    expect(html).not.toContain('<button');
    expect(textOf(await renderMarkup('ja', row(quote, true)))).toMatch(/フォローアップを作成済み$/);
  });

  it('keeps the button disabled, pointing at the reason, while the follow-up cannot be made', async () => {
    expect(await renderMarkup('en', row(quote, false, { reasonId: 'why' }))).toContain('aria-disabled="true" aria-describedby="why"');
  });

  it('says while it is being created, and why creating it failed', async () => {
    const html = await renderMarkup('en', row(quote, false, { busy: true, failure: 'The CTA could not be created: offline' }));
    expect(textOf(html)).toMatch(/Adding… The CTA could not be created: offline$/);
    expect(html).toContain('role="alert"');
  });
});

function due(language: string, day: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}
