import type { Response } from 'express';
import { ZOOM_USERS, type ZoomUser } from '../zoom-users.ts';
import { html, type SafeHtml } from './html.ts';

export interface PageOptions {
  title: string;
  /** The signed-in Zoom web user, shown with the switcher; omit on pages outside "Zoom web". */
  user?: ZoomUser;
  /** Where the switcher returns after signing in as someone else (a path of this sandbox). */
  returnTo?: string;
  body: SafeHtml;
}

export const displayName = (user: ZoomUser) => `${user.firstName} ${user.lastName}`;

/** A form, not a script: every sandbox page lets you become another Zoom user. */
function userSwitcher(user: ZoomUser, returnTo: string) {
  return html`<form method="post" action="/sandbox/sign-in" class="inline" aria-label="Switch Zoom user">
    <label for="zsb-user">Signed in to Zoom as</label>
    <select id="zsb-user" name="user">
      ${ZOOM_USERS.map(
        (candidate) =>
          html`<option value="${candidate.id}"${candidate.id === user.id ? html` selected` : ''}>${displayName(candidate)} (${candidate.email})</option>`,
      )}
    </select>
    <input type="hidden" name="return" value="${returnTo}">
    <button type="submit" class="secondary">Switch</button>
  </form>`;
}

export function layout({ title, user, returnTo = '/', body }: PageOptions): string {
  return html`<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${title} · Zoom sandbox</title>
  <link rel="stylesheet" href="/sandbox.css">
</head>
<body>
  <header>
    <nav aria-label="Sandbox">
      <a class="brand" href="/">Zoom sandbox</a>
      <a href="/marketplace">Marketplace</a>
      <a href="/client">Meeting client</a>
      <a href="/webhooks">Webhooks</a>
    </nav>
    ${user ? userSwitcher(user, returnTo) : ''}
  </header>
  <main>
    <h1>${title}</h1>
    ${body}
  </main>
</body>
</html>`.value;
}

/** Sends a page with a strict policy: the sandbox's pages need nothing but their own origin. */
export function sendPage(res: Response, page: string, status = 200) {
  res
    .status(status)
    .set('Content-Security-Policy', "default-src 'self'; frame-ancestors 'self'")
    .set('X-Content-Type-Options', 'nosniff')
    .set('Referrer-Policy', 'same-origin')
    .type('html')
    .send(page);
}
