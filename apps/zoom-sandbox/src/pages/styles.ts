import type { Request, Response } from 'express';

/** The one stylesheet of the sandbox's pages: plain, readable, obviously not the real Zoom. */
const SANDBOX_CSS = `
:root { color-scheme: light; --blue: #0b5cff; --ink: #1d1d1f; --muted: #5f6368; --line: #dadce0; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: var(--ink); background: #f6f7f9; }
header { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; justify-content: space-between;
  padding: .75rem 1.5rem; background: #fff; border-bottom: 1px solid var(--line); }
header nav { display: flex; gap: 1rem; }
header .brand { font-weight: 700; color: var(--blue); text-decoration: none; }
main { max-width: 52rem; margin: 2rem auto; padding: 0 1.5rem; }
a { color: var(--blue); }
.card { background: #fff; border: 1px solid var(--line); border-radius: 12px; padding: 1.5rem; margin-bottom: 1.5rem; }
.muted { color: var(--muted); }
.badge { display: inline-block; padding: 0 .5rem; border-radius: 999px; background: #e8f0fe; font-size: .85rem; }
.actions { display: flex; flex-wrap: wrap; gap: .75rem; align-items: center; margin-top: 1rem; }
form.inline { display: inline; }
button, .button { font: inherit; padding: .45rem 1rem; border-radius: 8px; border: 1px solid var(--blue);
  background: var(--blue); color: #fff; cursor: pointer; text-decoration: none; display: inline-block; }
button.secondary, .button.secondary { background: #fff; color: var(--blue); }
button:focus-visible, .button:focus-visible, a:focus-visible, select:focus-visible { outline: 3px solid #7baaf7; outline-offset: 2px; }
select { font: inherit; padding: .3rem; }
table { width: 100%; border-collapse: collapse; background: #fff; }
th, td { text-align: left; padding: .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
ul.scopes { padding-left: 1.25rem; }
code { font-size: .9em; }
.error { border-color: #d93025; }
`;

export function serveStyles(_req: Request, res: Response) {
  res.type('css').set('Cache-Control', 'no-cache').send(SANDBOX_CSS);
}
