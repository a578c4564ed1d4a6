import type { SandboxConfig } from '../config.ts';
import type { ZoomUser } from '../zoom-users.ts';
import { html } from './html.ts';
import { displayName, layout } from './layout.ts';

/** The sandbox's start page: where a newcomer begins, with every part of "Zoom" one click away. */
export function homePage(config: SandboxConfig, user: ZoomUser): string {
  return layout({
    title: 'Zoom sandbox',
    user,
    body: html`<p>A local stand-in for Zoom, for development and tests only.
      You are signed in to Zoom as <strong>${displayName(user)}</strong> (${user.email}).</p>
    <ul>
      <li><a href="/marketplace">App Marketplace</a>: add or remove Customer 360 for Zoom.</li>
      <li><a href="/client">Meeting client</a>: join the demo meeting and open the app in its sidebar.</li>
      <li><a href="/webhooks">Webhooks</a>: events sent to the product, redelivery, endpoint validation.</li>
      <li><a href="${new URL('/', config.PUBLIC_URL).href}">Open the Customer 360 sidebar</a> (in a normal browser tab).</li>
    </ul>`,
  });
}
