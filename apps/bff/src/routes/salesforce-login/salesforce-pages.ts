import type { Response } from 'express';
import { escapeHtml, sendBilingualPage, type PageText as BilingualText } from '../../http/bilingual-page.ts';

/** How a "Sign in with Salesforce" ended, as the browser (often the sidebar's frame) is told. */
export type SalesforcePage =
  | { kind: 'signed-in' }
  | { kind: 'choose-domain' }
  | { kind: 'no-user'; email: string }
  | { kind: 'refused'; reason: string }
  | { kind: 'denied' }
  | { kind: 'state' }
  | { kind: 'failed' }
  | { kind: 'unavailable' }
  | { kind: 'too-many' };

interface PageText {
  title: string;
  what: string;
}

type Texts = { status: number; en: PageText; ja: PageText };

/** One page's status and its title and sentence in each language. */
const texts = (status: number, [enTitle, enWhat]: [string, string], [jaTitle, jaWhat]: [string, string]): Texts => ({
  status,
  en: { title: enTitle, what: enWhat },
  ja: { title: jaTitle, what: jaWhat },
});

/** The pages that say the same to everyone. */
const FIXED: Record<Exclude<SalesforcePage['kind'], 'no-user' | 'refused'>, Texts> = {
  'signed-in': texts(
    200,
    ['Signed in', 'You are signed in to Gainsight with your Salesforce account.'],
    ['サインインしました', 'Salesforce アカウントで Gainsight にサインインしました。'],
  ),
  'choose-domain': texts(
    200,
    ['Choose your Gainsight domain', 'Your e-mail address has a Gainsight user in several domains. Return to the app and choose one.'],
    ['Gainsight ドメインを選択してください', 'このメールアドレスの Gainsight ユーザーが複数のドメインにあります。アプリに戻って選択してください。'],
  ),
  denied: texts(
    400,
    ['Not signed in', 'You did not allow the sign-in with Salesforce.'],
    ['サインインしていません', 'Salesforce でのサインインが許可されませんでした。'],
  ),
  state: texts(
    400,
    ['This sign-in link is not valid', 'It expired, was already used, or was not started in this browser. Start the sign-in again from the app.'],
    ['このサインインリンクは無効です', '期限切れ、使用済み、またはこのブラウザーで開始されていません。アプリからもう一度サインインしてください。'],
  ),
  failed: texts(
    401,
    ['Salesforce did not confirm the sign-in', 'The sign-in could not be completed. Start it again from the app.'],
    ['Salesforce でサインインを確認できませんでした', 'サインインを完了できませんでした。アプリからもう一度お試しください。'],
  ),
  unavailable: texts(
    503,
    ['Salesforce could not be reached', 'Wait a few minutes, then sign in again from the app.'],
    ['Salesforce に接続できませんでした', '数分待ってから、アプリからもう一度サインインしてください。'],
  ),
  'too-many': texts(
    429,
    ['Too many sign-ins from this network', 'Wait a few minutes, then sign in again from the app.'],
    ['このネットワークからのサインインが多すぎます', '数分待ってから、アプリからもう一度サインインしてください。'],
  ),
};

function textsOf(page: SalesforcePage): Texts {
  if (page.kind === 'refused') {
    return texts(403, ['You cannot use the Zoom app', escapeHtml(page.reason)], ['Zoom アプリを利用できません', escapeHtml(page.reason)]);
  }
  if (page.kind !== 'no-user') return FIXED[page.kind];
  const email = escapeHtml(page.email);
  return texts(
    403,
    [
      'No Gainsight user for this account',
      `No Gainsight user has the e-mail address ${email}. Sign in with your Gainsight user name instead, or ask your administrator.`,
    ],
    [
      'このアカウントの Gainsight ユーザーがありません',
      `メールアドレス ${email} の Gainsight ユーザーはありません。Gainsight のユーザー名でサインインするか、管理者に問い合わせてください。`,
    ],
  );
}

const withLink = ({ title, what }: PageText, back: string): BilingualText => ({
  title,
  paragraphs: [what, `<a href="/">${back}</a>`],
});

/**
 * How a Salesforce sign-in ended; the link reloads the sidebar (served at `/`) in the same frame, where
 * the session cookie set here carries the sign-in.
 */
export function sendSalesforcePage(res: Response, page: SalesforcePage): void {
  const { status, en, ja } = textsOf(page);
  sendBilingualPage(res, {
    status,
    en: withLink(en, 'Return to Customer 360'),
    ja: withLink(ja, 'Customer 360 に戻る'),
    outcome: page.kind,
  });
}
