// `pnpm screenshots`: the ⋯ → Import screen once a file is chosen (its first rows, the field of each column), which
// the tour of every screen (sidebar.screens.ts) leaves empty, at 360 × 720 in English and Japanese.
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { it } from 'vitest';
import { useProductInBrowser } from '../support/browser-harness.ts';
import { openMeetingSidebar } from '../support/meeting-sidebar.ts';
import { chooseSidebarLanguage, sidebarText, sizeAppFrame, type SidebarLanguage } from '../support/sidebar-screens.ts';

const OUT = fileURLToPath(new URL('../../../../docs/screenshots/', import.meta.url));
const PANEL = { width: 360, height: 720 };

const harness = useProductInBrowser({ seeded: true });

/** A CRM's own export: a few column names the import does not know, one long cell. */
const CRM_FILE = {
  name: 'crm-accounts.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(
    [
      'Account ID,Account name,industry,Employees,Renewal date,Owner notes',
      'kestrel-1,Kestrel Analytics,Software,120,2027-04-01,Renewal call booked with the CFO for April',
      'kestrel-2,Kestrel Robotics,Manufacturing,85,2027-06-30,',
      'kestrel-3,Kestrel Foods,Food,40,,Champion left in November',
      '',
    ].join('\r\n'),
  ),
};

async function shoot(page: Page, language: SidebarLanguage, name: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: PANEL.height + 200 });
  await page.locator('#zc-app-frame').screenshot({ path: `${OUT}${language}/${name}.png` });
}

it('renders the import screen with a file chosen at 360 × 720 in English and Japanese', async () => {
  for (const language of ['en', 'ja'] as const) {
    const { page, sidebar } = await openMeetingSidebar(harness.newPage, harness.product().sandbox.url, { email: 'alex@acme.example' });
    await sizeAppFrame(page, PANEL);
    if (language === 'ja') await chooseSidebarLanguage(sidebar, 'en', 'ja');
    const text = (key: string) => sidebarText(language, key);
    await sidebar.getByRole('button', { name: new RegExp(`^${text('header.moreOptions')}`) }).click();
    await sidebar.getByRole('menuitem', { name: text('menu.import') }).click();
    await sidebar.getByLabel(text('admin.import.form.file')).setInputFiles(CRM_FILE);
    const rows = sidebar.getByRole('region', { name: text('admin.import.mapping.rows_other').replace('{{count}}', '3') });
    await rows.getByText('Kestrel Foods').waitFor();
    // The toast of the meeting's company would cover the screen's foot.
    const toasts = sidebar.getByRole('region', { name: text('toast.region') });
    await toasts
      .getByRole('button', { name: text('toast.dismiss') })
      .click({ timeout: 10_000 })
      .catch(() => undefined);
    await rows.scrollIntoViewIfNeeded();
    await shoot(page, language, 'import-mapping-1-rows');
    await sidebar.getByRole('combobox', { name: 'Account ID', exact: true }).selectOption('ExternalId');
    await sidebar.getByRole('combobox', { name: 'Account name', exact: true }).selectOption('Name');
    await sidebar.getByRole('button', { name: text('admin.import.form.check') }).scrollIntoViewIfNeeded();
    await shoot(page, language, 'import-mapping-2-columns');
    await sidebar.getByRole('button', { name: text('admin.import.form.check') }).click();
    await sidebar.getByRole('button', { name: /^(Import 3 rows|3 行をインポート)$/ }).scrollIntoViewIfNeeded();
    await shoot(page, language, 'import-mapping-3-checked');
  }
}, 600_000);
