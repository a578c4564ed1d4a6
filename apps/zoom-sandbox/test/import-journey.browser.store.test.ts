import type { FrameLocator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations, sidebarFrame } from './support/accessibility.ts';
import { useProductInBrowser } from './support/browser-harness.ts';
import { openMeetingSidebar } from './support/meeting-sidebar.ts';
import { sizeAppFrame } from './support/sidebar-screens.ts';

const harness = useProductInBrowser({ seeded: true });

/** A companies file as a CRM exports it (its names in "Account name"); the row after the header is row 2. */
const companiesFile = (employeesOfSecond: string) => ({
  name: 'companies.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(
    [
      'ExternalId,Account name,Industry,Employees',
      'kestrel-1,Kestrel Analytics,Software,120',
      `kestrel-2,Kestrel Robotics,Manufacturing,${employeesOfSecond}`,
      '',
    ].join('\r\n'),
  ),
});

/** A people file naming their company by its ExternalId; the second row's company is one the domain does not have yet. */
const peopleFile = (companyOfSecond: string) => ({
  name: 'people.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(
    [
      'FirstName,LastName,Email,CompanyExternalId,Title',
      'Mina,Okafor,mina.okafor@kestrel.example,kestrel-2,Head of Data',
      `Luca,Brandt,luca.brandt@kestrel.example,${companyOfSecond},CTO`,
      '',
    ].join('\r\n'),
  ),
});

/** The screen as it now is, in a 360 px side panel: axe finds nothing serious, and nothing is wider than the panel. */
async function expectAccessibleAndFitting(page: Page) {
  const frame = await sidebarFrame(page);
  expect(await seriousViolations(frame)).toEqual([]);
  expect(await frame.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
}

async function openImport(sidebar: FrameLocator) {
  await sidebar.getByRole('button', { name: 'More options' }).click();
  await sidebar.getByRole('menuitem', { name: 'Import' }).click();
  await sidebar.getByRole('heading', { name: 'Import', exact: true }).waitFor();
}

describe('the import journey (issue 17): an admin checks a companies file and a people file, fixes them, imports them and finds the new company with its people', () => {
  it('alex sees the bad rows by row and column, imports the corrected files, follows them to Done and finds the company in search with its people', async () => {
    const { page, sidebar } = await openMeetingSidebar(harness.newPage, harness.product().sandbox.url, { email: 'alex@acme.example' });
    await sizeAppFrame(page, { width: 360, height: 640 });
    await openImport(sidebar);
    await sidebar.getByRole('radio', { name: /^Companies/ }).check();
    const fileInput = sidebar.getByLabel('CSV file');

    await fileInput.setInputFiles(companiesFile('lots'));
    // The preview shows the first rows; "Account name" is no field's name, so it is mapped by hand.
    await sidebar.getByRole('region', { name: "The file's first 2 rows" }).getByText('Kestrel Robotics').waitFor();
    const accountName = sidebar.getByRole('combobox', { name: 'Account name', exact: true });
    expect(await accountName.inputValue()).toBe('');
    expect(await sidebar.getByRole('combobox', { name: 'ExternalId', exact: true }).inputValue()).toBe('ExternalId');
    await accountName.selectOption('Name');
    await sidebar.getByRole('button', { name: 'Check file' }).click();
    const report = sidebar.getByRole('region', { name: 'Check of companies.csv' });
    await report.getByText(/^Row 3, Employees: /).waitFor();
    expect(await report.getByRole('definition').allInnerTexts()).toEqual(['2', '1', '1']);
    await expectAccessibleAndFitting(page);
    // The check wrote nothing.
    const { prisma } = harness.product().bff.store;
    expect(await prisma.company.count({ where: { externalId: { in: ['kestrel-1', 'kestrel-2'] } } })).toBe(0);

    // A corrected file: the old check no longer stands for it; the mapping is remembered.
    await fileInput.setInputFiles(companiesFile('85'));
    expect(await sidebar.getByRole('button', { name: /^Import \d+ rows?$/ }).count()).toBe(0);
    await expect.poll(() => accountName.inputValue()).toBe('Name');
    await sidebar.getByRole('button', { name: 'Check file' }).click();
    await report.getByText('No errors found.').waitFor();
    await sidebar.getByRole('button', { name: 'Import 2 rows' }).click();

    const job = sidebar.getByRole('region', { name: 'Importing companies' });
    await expect.poll(() => job.getByRole('status').first().textContent(), { timeout: 30_000 }).toBe('Done');
    expect(await job.getByRole('definition').allInnerTexts()).toEqual(['2', '0', '0', '0']);
    await expectAccessibleAndFitting(page);
    expect(await prisma.company.count({ where: { externalId: { in: ['kestrel-1', 'kestrel-2'] } } })).toBe(2);
    await sidebar
      .getByRole('listitem')
      .filter({ hasText: /^Companies · / })
      .first()
      .getByText('Done')
      .waitFor();

    // Then its people: a row naming a company the domain lacks is refused by the check, the fixed file imports.
    await sidebar.getByRole('radio', { name: /^People/ }).check();
    await fileInput.setInputFiles(peopleFile('kestrel-9'));
    await sidebar.getByRole('region', { name: "The file's first 2 rows" }).getByText('Brandt', { exact: true }).waitFor();
    await sidebar.getByRole('button', { name: 'Check file' }).click();
    const peopleReport = sidebar.getByRole('region', { name: 'Check of people.csv' });
    await peopleReport.getByText(/^Row 3, CompanyExternalId: /).waitFor();
    await fileInput.setInputFiles(peopleFile('kestrel-2'));
    await sidebar.getByRole('button', { name: 'Check file' }).click();
    await peopleReport.getByText('No errors found.').waitFor();
    await sidebar.getByRole('button', { name: 'Import 2 rows' }).click();
    const peopleJob = sidebar.getByRole('region', { name: 'Importing people' });
    await expect.poll(() => peopleJob.getByRole('status').first().textContent(), { timeout: 30_000 }).toBe('Done');

    // Back to the tabs: the sidebar's search finds the imported company, and its People tab its imported people.
    await sidebar.getByRole('button', { name: 'Done', exact: true }).click();
    await sidebar.getByRole('combobox', { name: 'Search companies and relationships' }).fill('Kestrel Rob');
    await sidebar
      .getByRole('option', { name: /^Kestrel Robotics/ })
      .first()
      .click();
    await sidebar.getByRole('tab', { name: 'People' }).click();
    // In a meeting the company's people are one disclosure below the meeting's attendees.
    await sidebar.getByRole('button', { name: 'All people of Kestrel Robotics' }).click();
    const companyPeople = sidebar.getByRole('list', { name: 'All people of Kestrel Robotics' });
    await companyPeople.getByText('Mina Okafor').waitFor();
    await companyPeople.getByText('Luca Brandt').waitFor();
  });
});
