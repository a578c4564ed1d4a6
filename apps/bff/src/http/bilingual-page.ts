import type { Response } from 'express';

/** One language's text: a title and paragraphs of trusted HTML (callers escape what users supplied). */
export interface PageText {
  title: string;
  paragraphs: string[];
}

export interface BilingualPage {
  status: number;
  en: PageText;
  ja: PageText;
  /** Marks the outcome for scripts and tests (`data-outcome`). */
  outcome?: string;
}

export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

const section = (lang: 'en' | 'ja', { title, paragraphs }: PageText) =>
  `<section lang="${lang}"><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</section>`;

/**
 * The BFF's few server-rendered pages (install, Home URL refusals, Salesforce sign-in): the reader's
 * language is unknown there, so both. No inline style or script (the CSP would block them); the
 * security middleware has already set the headers Zoom requires.
 */
export function sendBilingualPage(res: Response, { status, en, ja, outcome }: BilingualPage): void {
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${en.title} · ${ja.title}</title></head>
<body><main${outcome === undefined ? '' : ` data-outcome="${escapeHtml(outcome)}"`}>
${section('en', en)}
<hr>
${section('ja', ja)}
</main></body></html>
`;
  res.status(status).setHeader('Cache-Control', 'no-store');
  res.type('html').send(html);
}
