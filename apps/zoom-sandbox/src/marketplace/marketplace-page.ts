import { html } from '../pages/html.ts';
import { displayName, layout } from '../pages/layout.ts';
import { APP_DESCRIPTION, APP_NAME, APP_SDK_APIS } from '../oauth/marketplace-app.ts';
import type { ZoomUser } from '../zoom-users.ts';

export interface MarketplaceView {
  user: ZoomUser;
  installed: boolean;
  installFromWebsiteUrl: string;
  notice?: string;
}

export function marketplacePage({ user, installed, installFromWebsiteUrl, notice }: MarketplaceView): string {
  return layout({
    title: 'App Marketplace',
    user,
    returnTo: '/marketplace',
    body: html`${notice ? html`<p class="card" role="status">${notice}</p>` : ''}
    <article class="card" aria-labelledby="app-name">
      <h2 id="app-name">${APP_NAME}</h2>
      <p>${APP_DESCRIPTION}</p>
      <p class="muted">For ${displayName(user)} (${user.email})
        ${installed ? html`<span class="badge">Added</span>` : ''}</p>
      <div class="actions">
        ${
          installed
            ? html`<form method="post" action="/marketplace/remove" class="inline">
                <button type="submit" class="secondary">Remove</button>
              </form>`
            : html`<a class="button" href="/marketplace/add">Add</a>`
        }
        <a href="${installFromWebsiteUrl}">Install from the app's website</a>
      </div>
      <details>
        <summary>Zoom Apps SDK APIs the app uses (${APP_SDK_APIS.length})</summary>
        <ul aria-label="Zoom Apps SDK APIs">${APP_SDK_APIS.map((api) => html`<li><code>${api}</code></li>`)}</ul>
      </details>
    </article>`,
  });
}
