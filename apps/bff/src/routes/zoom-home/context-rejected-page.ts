import type { Response } from 'express';
import { sendBilingualPage } from '../../http/bilingual-page.ts';

/** The Home URL's answer to a missing, tampered or expired app context: open the app from Zoom. */
export function sendContextRejectedPage(res: Response): void {
  sendBilingualPage(res, {
    status: 401,
    en: {
      title: 'Please open Customer 360 from Zoom',
      paragraphs: [
        'We could not confirm that this page was opened by the Zoom client, or the link has expired.',
        'Open the app from the <strong>Apps</strong> tab of a Zoom meeting, or close it and reopen it there.',
      ],
    },
    ja: {
      title: 'Customer 360 は Zoom から開いてください',
      paragraphs: [
        'このページが Zoom クライアントから開かれたことを確認できないか、リンクの有効期限が切れています。',
        'Zoom ミーティングの<strong>アプリ</strong>タブからアプリを開くか、一度閉じてからもう一度開いてください。',
      ],
    },
  });
}
