import type { Response } from 'express';
import type { SandboxConfig } from '../config.ts';
import { html, SafeHtml } from '../pages/html.ts';
import type { ZoomUser } from '../zoom-users.ts';
import type { MyRole } from './client-schemas.ts';

export interface ClientPageBoot {
  meetingUuid: string;
  topic: string;
  userId: string;
  role: MyRole;
  act?: string;
  /** Open the app as soon as the page has joined (deeplinks do). */
  openApp: boolean;
  /** The embedded browser's origin: the app's iframe and the SDK's postMessage target. */
  appOrigin: string;
}

// Inline JSON is data, not script, so CSP allows it; `<` is escaped so no value can close the tag.
const bootJson = (boot: ClientPageBoot) => JSON.stringify(boot).replace(/</g, '\\u003c');

const ROLES: Array<[MyRole, string]> = [
  ['host', 'Host'],
  ['cohost', 'Co-host'],
  ['attendee', 'Attendee'],
  ['guest', 'Guest (not signed in)'],
];

export function clientPage(boot: ClientPageBoot, user: ZoomUser): string {
  return html`<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${boot.topic} · Zoom sandbox meeting</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="/client/assets/client.css">
  <script type="module" src="/client/assets/client.js"></script>
</head>
<body>
<script type="application/json" id="zc-boot">${new SafeHtml(bootJson(boot))}</script>
<div class="zc-window">
  <header class="zc-titlebar">
    <span class="zc-brand">Zoom Meeting <small>(sandbox)</small></span>
    <h1 id="zc-topic">${boot.topic}</h1>
    <span class="zc-me">You are ${user.firstName} ${user.lastName} · <a href="/">Sandbox home</a></span>
  </header>
  <div class="zc-body">
    <main class="zc-stage" aria-label="Meeting video">
      <ul class="zc-grid" id="zc-grid" aria-label="Video tiles"></ul>
      <div id="zc-invitation" class="zc-invitation" hidden>
        <p id="zc-invitation-text" role="status"></p>
        <button type="button" id="zc-invitation-open">Open</button>
        <button type="button" id="zc-invitation-ignore">Ignore</button>
      </div>
      <div id="zc-ended" class="zc-ended" hidden>
        <p role="status">This meeting has ended.</p>
        <button type="button" id="zc-new-meeting">New meeting</button>
      </div>
    </main>
    <aside id="zc-participants-panel" class="zc-side" aria-labelledby="zc-participants-title" hidden>
      <h2 id="zc-participants-title">Participants (<span id="zc-count">0</span>)</h2>
      <ul id="zc-participant-list" class="zc-people"></ul>
      <form id="zc-add-form" class="zc-add" aria-label="Add a participant">
        <label>Name <input name="screenName" required maxlength="64" autocomplete="off"></label>
        <label>Email (optional) <input name="email" type="email" autocomplete="off"></label>
        <button type="submit">Add participant</button>
      </form>
    </aside>
    <aside id="zc-speech-panel" class="zc-side" aria-labelledby="zc-speech-title" hidden>
      <h2 id="zc-speech-title">Speech</h2>
      <p class="zc-hint">Speech is text in the sandbox: what a participant says goes to the meeting's realtime stream (RTMS) as a transcript line, once the app has started capture.</p>
      <label class="zc-field">Language of what is said
        <select id="zc-say-language"><option value="en">English</option><option value="ja">Japanese</option></select>
      </label>
      <ul id="zc-say-list" class="zc-people" aria-label="Say something as a participant"></ul>
      <form id="zc-demo-form" class="zc-add" aria-labelledby="zc-demo-title">
        <h3 id="zc-demo-title">Demo conversation</h3>
        <p class="zc-hint">A scripted quarterly business review with Northwind Traders, spoken by this meeting's participants.</p>
        <label>Conversation language
          <select name="language"><option value="en">English</option><option value="ja">Japanese</option></select>
        </label>
        <label>Speed
          <select name="speed"><option value="1">Natural</option><option value="2" selected>2× faster</option><option value="5">5× faster</option><option value="10">10× faster</option></select>
        </label>
        <button type="submit">Play demo conversation</button>
        <button type="button" id="zc-demo-stop">Stop demo conversation</button>
      </form>
    </aside>
    <aside id="zc-app-panel" class="zc-app" aria-label="App: Customer 360" hidden>
      <div class="zc-app-header">
        <span>Customer 360</span>
        <button type="button" id="zc-app-expand" aria-label="Widen the app panel">⤢</button>
        <button type="button" id="zc-app-close" aria-label="Close app">×</button>
      </div>
      <iframe id="zc-app-frame" title="Customer 360 app" allow="clipboard-write"></iframe>
    </aside>
  </div>
  <dialog id="zc-invite-dialog" class="zc-dialog" aria-labelledby="zc-invite-title">
    <form id="zc-invite-form">
      <h2 id="zc-invite-title">Invite to Customer 360</h2>
      <fieldset>
        <legend>Participants</legend>
        <ul id="zc-invite-list" class="zc-invite-list"></ul>
      </fieldset>
      <p id="zc-invite-empty" hidden>Nobody else is in the meeting.</p>
      <div class="zc-dialog-actions">
        <button type="button" id="zc-invite-cancel">Cancel</button>
        <button type="submit" id="zc-invite-send" class="zc-primary">Invite</button>
      </div>
    </form>
  </dialog>
  <footer class="zc-controls" role="toolbar" aria-label="Meeting controls">
    <label class="zc-role">My role
      <select id="zc-my-role">
        ${ROLES.map(([value, label]) => html`<option value="${value}"${value === boot.role ? html` selected` : ''}>${label}</option>`)}
      </select>
    </label>
    <button type="button" id="zc-participants-button" aria-pressed="false" aria-controls="zc-participants-panel">Participants</button>
    <button type="button" id="zc-speech-button" aria-pressed="false" aria-controls="zc-speech-panel">Speech</button>
    <button type="button" id="zc-apps-button" aria-pressed="false" aria-controls="zc-app-panel">Apps</button>
    <button type="button" id="zc-end-button" class="zc-danger">End meeting</button>
    <span id="zc-status" class="zc-status" role="status"></span>
  </footer>
</div>
</body>
</html>`.value;
}

/** The page frames the app at PUBLIC_URL and talks only to this sandbox. */
export function sendClientPage(res: Response, config: SandboxConfig, page: string) {
  res
    .status(200)
    .set('Content-Security-Policy', `default-src 'self'; frame-src ${new URL(config.PUBLIC_URL).origin}; img-src 'self' data:; frame-ancestors 'none'`)
    .set('X-Content-Type-Options', 'nosniff')
    .set('Referrer-Policy', 'same-origin')
    .set('Cache-Control', 'no-store')
    .type('html')
    .send(page);
}
