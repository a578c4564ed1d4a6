import type { SandboxConfig } from '../config.ts';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The sandbox's start page: where a newcomer begins (the Marketplace and meeting pages follow). */
export function homePage(config: SandboxConfig): string {
  const app = escapeHtml(config.PUBLIC_URL);
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Zoom sandbox</title></head>
<body>
  <h1>Zoom sandbox</h1>
  <p>A local stand-in for Zoom, for development and tests only.</p>
  <p><a href="${app}/">Open the Customer 360 sidebar</a> (in a normal browser tab).</p>
</body>
</html>`;
}
