import type { WebhookDelivery } from '../state/records.ts';
import { html } from '../pages/html.ts';
import { layout } from '../pages/layout.ts';
import type { ZoomUser } from '../zoom-users.ts';

const outcome = (delivery: WebhookDelivery) => {
  const last = delivery.attempts.at(-1);
  const reply = last?.status === null || !last ? (last?.error ?? 'not sent') : `HTTP ${last.status}`;
  if (delivery.urlValidationPassed === undefined) return reply;
  return `${reply} · validation ${delivery.urlValidationPassed ? 'passed' : 'failed'}`;
};

const row = (delivery: WebhookDelivery) => {
  const last = delivery.attempts.at(-1);
  return html`<tr>
    <td>${last ? new Date(last.at).toISOString() : ''}</td>
    <td><code>${delivery.event}</code><br><span class="muted">request id ${delivery.requestId}</span></td>
    <td>${outcome(delivery)}<br><span class="muted">${delivery.attempts.length} attempt(s), last ${last?.durationMs ?? 0} ms</span></td>
    <td><code>${(last?.responseBody ?? '').slice(0, 200)}</code></td>
    <td>
      <form method="post" action="/webhooks/${delivery.id}/redeliver">
        <button type="submit" class="secondary" aria-label="Redeliver ${delivery.event} ${delivery.requestId}">Redeliver</button>
      </form>
    </td>
  </tr>`;
};

export function webhooksPage(url: string, deliveries: readonly WebhookDelivery[], user: ZoomUser): string {
  return layout({
    title: 'Webhooks',
    user,
    returnTo: '/webhooks',
    body: html`<section class="card">
      <p>Events go to <code>${url}</code>, signed with the app's secret token like Zoom's.</p>
      <form method="post" action="/webhooks/validate" class="actions">
        <button type="submit">Validate endpoint</button>
      </form>
    </section>
    <section aria-labelledby="deliveries">
      <h2 id="deliveries">Deliveries</h2>
      ${
        deliveries.length === 0
          ? html`<p class="muted">No events sent yet.</p>`
          : html`<table>
        <thead><tr><th scope="col">Sent</th><th scope="col">Event</th><th scope="col">Outcome</th><th scope="col">Reply</th><th scope="col"><span class="muted">Action</span></th></tr></thead>
        <tbody>${[...deliveries].reverse().map(row)}</tbody>
      </table>`
      }
    </section>`,
  });
}
