import type { Response } from 'express';
import { sendBilingualPage, type PageText as BilingualText } from '../../http/bilingual-page.ts';

/** What the browser is told at the end of an install that did not open Zoom. */
export type InstallPage = 'installed' | 'denied' | 'state' | 'code' | 'zoom-error' | 'invalid-request' | 'unavailable';

interface PageText {
  title: string;
  what: string;
  next: string;
}

const RESTART_EN = 'Start the install again from the Zoom Marketplace.';
const RESTART_JA = 'Zoom Marketplace からもう一度インストールを始めてください。';

const PAGES: Record<InstallPage, { status: number; en: PageText; ja: PageText }> = {
  installed: {
    status: 200,
    en: { title: 'Customer 360 is installed', what: 'The app is now installed for your Zoom account.', next: 'Open Zoom and start Customer 360 from Apps.' },
    ja: {
      title: 'Customer 360 をインストールしました',
      what: 'Zoom アカウントにアプリがインストールされました。',
      next: 'Zoom を開き、「アプリ」から Customer 360 を起動してください。',
    },
  },
  denied: {
    status: 400,
    en: {
      title: 'The app was not installed',
      what: 'You chose Deny on Zoom’s authorization page, so nothing was installed.',
      next: `To install it, start again from the Zoom Marketplace and choose Authorize.`,
    },
    ja: {
      title: 'アプリはインストールされませんでした',
      what: 'Zoom の認可画面で「拒否」が選ばれたため、何もインストールされていません。',
      next: 'インストールするには、Zoom Marketplace からもう一度始めて「承認」を選んでください。',
    },
  },
  state: {
    status: 400,
    en: {
      title: 'This install link is not valid',
      what: 'This request does not match an install started in this browser: it expired, was already used, or did not come from this app. Nothing was installed.',
      next: RESTART_EN,
    },
    ja: {
      title: 'このインストールリンクは無効です',
      what: 'このブラウザーで開始したインストールと一致しません（期限切れ、使用済み、またはこのアプリ以外からの要求です）。何もインストールされていません。',
      next: RESTART_JA,
    },
  },
  code: {
    status: 401,
    en: {
      title: 'Zoom did not accept the authorization',
      what: 'The authorization code is invalid, expired or was already used. Nothing was installed.',
      next: RESTART_EN,
    },
    ja: {
      title: 'Zoom が認可を受け付けませんでした',
      what: '認可コードが無効、期限切れ、または使用済みです。何もインストールされていません。',
      next: RESTART_JA,
    },
  },
  'zoom-error': {
    status: 400,
    en: { title: 'Zoom could not authorize the app', what: 'Zoom reported an error instead of an authorization. Nothing was installed.', next: RESTART_EN },
    ja: { title: 'Zoom でアプリを認可できませんでした', what: 'Zoom から認可ではなくエラーが返されました。何もインストールされていません。', next: RESTART_JA },
  },
  'invalid-request': {
    status: 400,
    en: {
      title: 'This page needs a Zoom authorization',
      what: 'Zoom sends you here after you authorize the app; this visit came without a valid authorization.',
      next: RESTART_EN,
    },
    ja: {
      title: 'このページには Zoom の認可が必要です',
      what: 'このページはアプリを認可した後に Zoom から開かれます。今回は有効な認可がありませんでした。',
      next: RESTART_JA,
    },
  },
  unavailable: {
    status: 503,
    en: {
      title: 'Zoom could not be reached',
      what: 'The install could not be completed because Zoom did not answer as expected.',
      next: 'Wait a few minutes, then start the install again from the Zoom Marketplace.',
    },
    ja: {
      title: 'Zoom に接続できませんでした',
      what: 'Zoom から想定どおりの応答がなかったため、インストールを完了できませんでした。',
      next: '数分待ってから、Zoom Marketplace からもう一度インストールを始めてください。',
    },
  },
};

const paragraphsOf = ({ title, what, next }: PageText): BilingualText => ({ title, paragraphs: [what, `<strong>${next}</strong>`] });

/** Where an install that did not open Zoom ends, in English and Japanese. */
export function sendInstallPage(res: Response, page: InstallPage): void {
  const { status, en, ja } = PAGES[page];
  sendBilingualPage(res, { status, en: paragraphsOf(en), ja: paragraphsOf(ja) });
}
