import type { PendingConsent } from '../state/records.ts';
import { html } from '../pages/html.ts';
import { displayName, layout } from '../pages/layout.ts';
import type { ZoomUser } from '../zoom-users.ts';
import { APP_DESCRIPTION, APP_NAME, APP_SCOPES } from './marketplace-app.ts';

/** What each scope lets the app do, in the words a user reads on Zoom's consent screen. */
const SCOPE_LABELS: Record<(typeof APP_SCOPES)[number], string> = {
  'zoomapp:inmeeting': 'Run in your meetings and webinars',
  'user:read:user': 'View your Zoom profile (name, e-mail, user id)',
  'meeting:read:meeting': 'View your meetings',
};

export function consentPage(consent: PendingConsent, user: ZoomUser, returnTo: string): string {
  return layout({
    title: `Allow ${APP_NAME} to access your Zoom account?`,
    user,
    returnTo,
    body: html`<section class="card" aria-labelledby="consent-app">
      <h2 id="consent-app">${APP_NAME}</h2>
      <p class="muted">${APP_DESCRIPTION}</p>
      <p>You are signed in as <strong>${displayName(user)}</strong> (${user.email}). Not you? Switch user above.</p>
      <h3>This app will be able to:</h3>
      <ul class="scopes">
        ${APP_SCOPES.map((scope) => html`<li>${SCOPE_LABELS[scope]} <code>${scope}</code></li>`)}
      </ul>
      <p class="muted">After you decide, you go back to <code>${new URL(consent.redirectUri).origin}</code>.</p>
      <form method="post" action="/oauth/authorize" class="actions">
        <input type="hidden" name="consent_id" value="${consent.id}">
        <button type="submit" name="decision" value="allow">Authorize</button>
        <button type="submit" name="decision" value="deny" class="secondary">Deny</button>
      </form>
    </section>`,
  });
}

export function oauthErrorPage(message: string): string {
  return layout({
    title: 'Something went wrong',
    body: html`<section class="card error" role="alert">
      <p>${message}</p>
      <p class="muted">The app's authorization link is not valid. Contact the app's developer.</p>
    </section>`,
  });
}
