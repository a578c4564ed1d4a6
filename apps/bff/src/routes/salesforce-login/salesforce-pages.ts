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
  | { kind: 'unavailable' };

interface PageText {
  title: string;
  what: string;
}

function texts(page: SalesforcePage): { status: number; en: PageText; ja: PageText } {
  switch (page.kind) {
    case 'signed-in':
      return {
        status: 200,
        en: { title: 'Signed in', what: 'You are signed in to Gainsight with your Salesforce account.' },
        ja: { title: 'サインインしました', what: 'Salesforce アカウントで Gainsight にサインインしました。' },
      };
    case 'choose-domain':
      return {
        status: 200,
        en: { title: 'Choose your Gainsight domain', what: 'Your e-mail address has a Gainsight user in several domains. Return to the app and choose one.' },
        ja: { title: 'Gainsight ドメインを選択してください', what: 'このメールアドレスの Gainsight ユーザーが複数のドメインにあります。アプリに戻って選択してください。' },
      };
    case 'no-user':
      return {
        status: 403,
        en: { title: 'No Gainsight user for this account', what: `No Gainsight user has the e-mail address ${escapeHtml(page.email)}. Sign in with your Gainsight user name instead, or ask your administrator.` },
        ja: { title: 'このアカウントの Gainsight ユーザーがありません', what: `メールアドレス ${escapeHtml(page.email)} の Gainsight ユーザーはありません。Gainsight のユーザー名でサインインするか、管理者に問い合わせてください。` },
      };
    case 'refused':
      return {
        status: 403,
        en: { title: 'You cannot use the Zoom app', what: escapeHtml(page.reason) },
        ja: { title: 'Zoom アプリを利用できません', what: escapeHtml(page.reason) },
      };
    case 'denied':
      return {
        status: 400,
        en: { title: 'Not signed in', what: 'You did not allow the sign-in with Salesforce.' },
        ja: { title: 'サインインしていません', what: 'Salesforce でのサインインが許可されませんでした。' },
      };
    case 'state':
      return {
        status: 400,
        en: { title: 'This sign-in link is not valid', what: 'It expired, was already used, or was not started in this browser. Start the sign-in again from the app.' },
        ja: { title: 'このサインインリンクは無効です', what: '期限切れ、使用済み、またはこのブラウザーで開始されていません。アプリからもう一度サインインしてください。' },
      };
    case 'failed':
      return {
        status: 401,
        en: { title: 'Salesforce did not confirm the sign-in', what: 'The sign-in could not be completed. Start it again from the app.' },
        ja: { title: 'Salesforce でサインインを確認できませんでした', what: 'サインインを完了できませんでした。アプリからもう一度お試しください。' },
      };
    case 'unavailable':
      return {
        status: 503,
        en: { title: 'Salesforce could not be reached', what: 'Wait a few minutes, then sign in again from the app.' },
        ja: { title: 'Salesforce に接続できませんでした', what: '数分待ってから、アプリからもう一度サインインしてください。' },
      };
  }
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
  const { status, en, ja } = texts(page);
  sendBilingualPage(res, {
    status,
    en: withLink(en, 'Return to Customer 360'),
    ja: withLink(ja, 'Customer 360 に戻る'),
    outcome: page.kind,
  });
}
