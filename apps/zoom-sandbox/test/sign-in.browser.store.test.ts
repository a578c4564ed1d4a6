import type { FrameLocator, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ZOOM_USERS } from '../src/zoom-users.ts';
import { useProductInBrowser } from './support/browser-harness.ts';

// Chromium logs every 4xx answer; these tests provoke 400, 401 and 403 on purpose and check what the page shows.
const harness = useProductInBrowser({
  seeded: true,
  expectedErrors: /Failed to load resource: the server responded with a status of 40[013]/,
});

const PASSWORD = 'zoom-demo-2026';

const zoomUserId = (email: string) => ZOOM_USERS.find((user) => user.email === email)!.id;

/**
 * One fresh page per test: the sandbox's meeting client with the real SDK, the app opened by the Zoom
 * user of that e-mail. The BFF resumes a Zoom user's sign-in at the next launch, so one an earlier test
 * left signed in is signed out first.
 */
async function openSidebar(email = 'alex@acme.example'): Promise<{ page: Page; sidebar: FrameLocator }> {
  const page = await harness.newPage();
  await page.goto(`${harness.product().sandbox.url}/client?${new URLSearchParams({ user: zoomUserId(email), open: '1' })}`);
  const sidebar = page.frameLocator('#zc-app-frame');
  const signIn = sidebar.getByRole('heading', { name: 'Sign in to Gainsight' });
  const tabs = sidebar.getByRole('tab', { name: 'Timeline' });
  await signIn.or(tabs).waitFor();
  if (await tabs.isVisible()) {
    await sidebar.getByRole('button', { name: 'More options' }).click();
    await sidebar.getByRole('menuitem', { name: 'Sign out' }).click();
    await signIn.waitFor();
  }
  return { page, sidebar };
}

const isFocused = (sidebar: FrameLocator, locator: Locator) =>
  locator
    .and(sidebar.locator(':focus'))
    .count()
    .then((count) => count === 1);

async function enterUsername(sidebar: FrameLocator, username: string) {
  await sidebar.getByRole('button', { name: 'Sign in', exact: true }).click();
  await sidebar.getByLabel('User name', { exact: true }).fill(username);
  await sidebar.getByLabel('User name', { exact: true }).press('Enter');
}

async function enterPassword(sidebar: FrameLocator, password = PASSWORD) {
  const field = sidebar.getByLabel('Password', { exact: true });
  await field.fill(password);
  await field.press('Enter');
}

async function signInAsAlex(sidebar: FrameLocator) {
  await enterUsername(sidebar, 'alex@acme.example');
  await enterPassword(sidebar);
  await sidebar.getByRole('button', { name: 'Continue' }).click();
  await sidebar.getByRole('tab', { name: 'Timeline' }).waitFor();
}

const tabNames = (sidebar: FrameLocator) => sidebar.getByRole('tab').allInnerTexts();

describe('journey 2: signing in to Gainsight from the Zoom meeting', () => {
  it('alex (one domain) signs in with the keyboard alone: user name → password → Welcome → the tabs', async () => {
    const { sidebar } = await openSidebar();
    expect(await sidebar.getByRole('tab').count()).toBe(0);
    await sidebar.getByRole('button', { name: 'Sign in', exact: true }).focus();
    await sidebar.getByRole('button', { name: 'Sign in', exact: true }).press('Enter');

    await sidebar.getByRole('heading', { name: 'Sign in to Gainsight' }).waitFor();
    await expect.poll(() => isFocused(sidebar, sidebar.getByLabel('User name', { exact: true }))).toBe(true);
    expect(await sidebar.getByLabel('User name', { exact: true }).getAttribute('autocomplete')).toBe('username');
    await sidebar.getByLabel('User name', { exact: true }).pressSequentially('alex@acme.example');
    await sidebar.getByLabel('User name', { exact: true }).press('Enter');

    await sidebar.getByRole('heading', { name: 'Enter your password' }).waitFor();
    await sidebar.getByText('acme.gainsightcloud.com').waitFor();
    await expect.poll(() => isFocused(sidebar, sidebar.getByLabel('Password', { exact: true }))).toBe(true);
    const password = sidebar.getByLabel('Password', { exact: true });
    expect(await password.getAttribute('type')).toBe('password');
    expect(await password.getAttribute('autocomplete')).toBe('current-password');
    await password.pressSequentially(PASSWORD);
    await password.press('Enter');

    const welcome = sidebar.getByRole('heading', { name: 'Welcome to Gainsight, Alex Morgan' });
    await welcome.waitFor();
    await expect.poll(() => isFocused(sidebar, welcome)).toBe(true);
    await sidebar.getByText('acme.gainsightcloud.com').waitFor();
    await welcome.press('Tab');
    await sidebar.getByRole('button', { name: 'Continue' }).press('Enter');
    await expect.poll(() => tabNames(sidebar)).toEqual(['Timeline', 'People', 'Scorecard', 'Attributes', 'CTAs', 'Summary']);
    expect(await sidebar.getByRole('banner').getByText('Sandbox', { exact: true }).count()).toBe(0);
  });

  it('sam (production and sandbox) chooses the sandbox environment', async () => {
    const { sidebar } = await openSidebar('sam@globex.example');
    await enterUsername(sidebar, 'sam@globex.example');
    await sidebar.getByRole('heading', { name: 'Choose your domain' }).waitFor();
    const choices = sidebar.getByRole('group', { name: 'Gainsight domain' }).getByRole('radio');
    expect(await choices.count()).toBe(2);
    await sidebar.getByRole('radio', { name: /globex-sandbox\.us2\.gainsightcloud\.com Sandbox/ }).check();
    await sidebar.getByRole('button', { name: 'Next' }).click();
    await sidebar.getByRole('heading', { name: 'Enter your password' }).waitFor();
    await sidebar.getByText('globex-sandbox.us2.gainsightcloud.com').waitFor();
    // Back keeps the choice made.
    await sidebar.getByRole('button', { name: 'Back' }).click();
    expect(await sidebar.getByRole('radio', { name: /globex-sandbox/ }).isChecked()).toBe(true);
    await sidebar.getByRole('button', { name: 'Next' }).click();
    await enterPassword(sidebar);
    await sidebar.getByRole('heading', { name: /^Welcome to Gainsight, / }).waitFor();
    await sidebar.getByText('globex-sandbox.us2.gainsightcloud.com').waitFor();
    await sidebar.getByRole('button', { name: 'Continue' }).click();
    await sidebar.getByRole('tab', { name: 'Timeline' }).waitFor();

    // The sandbox is marked in the header without opening anything.
    await sidebar.getByRole('banner').getByText('Sandbox', { exact: true }).waitFor();
    // The ⋯ menu opens on the account: who, which domain, its environment and data centre, with Sign out.
    await sidebar.getByRole('button', { name: 'More options' }).click();
    const account = sidebar.getByRole('group', { name: /Sam/ });
    const accountName = (await account.getAttribute('aria-labelledby')) ?? '';
    const accountText = await sidebar.locator(`[id="${accountName}"]`).innerText();
    for (const fact of ['sam@globex.example', 'globex-sandbox.us2.gainsightcloud.com', 'Sandbox', 'US2 data center']) expect(accountText).toContain(fact);
    await account.getByRole('menuitem', { name: 'Sign out' }).waitFor();
  });

  it('mia (several domains) types her EU domain, which chooses EU; a US1 choice is refused on the domain step, before any password', async () => {
    const { sidebar } = await openSidebar('mia@initech.example');
    await enterUsername(sidebar, 'mia@initech.example');
    const heading = sidebar.getByRole('heading', { name: 'Enter your Gainsight domain' });
    await heading.waitFor();
    const domain = sidebar.getByLabel('Gainsight domain', { exact: true });
    expect(await domain.getAttribute('placeholder')).toBe('yourcompany.gainsightcloud.com');
    await sidebar
      .getByRole('group', { name: 'Choose your data center location' })
      .getByText(/US West 2 \(Oregon\)/)
      .waitFor();
    await domain.fill('initech.eu.gainsightcloud.com');
    // The host names its data centre: it is chosen for her, and said so.
    expect(await sidebar.getByRole('radio', { name: /EU data center/ }).isChecked()).toBe(true);
    await sidebar.getByRole('status').filter({ hasText: 'EU data center chosen from the domain you typed.' }).waitFor();
    expect(await domain.getAttribute('placeholder')).toBe('yourcompany.eu.gainsightcloud.com');

    // She picks US1 anyway: the look-up objects on this step, under the field it concerns.
    await sidebar.getByRole('radio', { name: /US1 data center/ }).check();
    await domain.press('Enter');
    await sidebar.getByText("This isn't a US1 domain").waitFor();
    expect(await heading.isVisible()).toBe(true);
    expect(await sidebar.getByLabel('Password', { exact: true }).count()).toBe(0);
    expect(await domain.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await domain.getAttribute('aria-describedby')) ?? '';
    const descriptions = await Promise.all(describedBy.split(' ').map((id) => sidebar.locator(`[id="${id}"]`).innerText()));
    expect(descriptions.join(' ')).toContain("This isn't a US1 domain");
    expect(await domain.inputValue()).toBe('initech.eu.gainsightcloud.com');

    await sidebar.getByRole('radio', { name: /EU data center/ }).check();
    expect(await sidebar.getByText("This isn't a US1 domain").count()).toBe(0);
    await sidebar.getByRole('button', { name: 'Next' }).click();
    await sidebar.getByRole('heading', { name: 'Enter your password' }).waitFor();
    await sidebar.getByText('initech.eu.gainsightcloud.com').waitFor();
    await enterPassword(sidebar);
    await sidebar.getByRole('heading', { name: /^Welcome to Gainsight, / }).waitFor();
    await sidebar.getByText('initech.eu.gainsightcloud.com').waitFor();
  });

  it('a reload of the app (re-launched by the client) keeps the session and lands on the tabs', async () => {
    const { page, sidebar } = await openSidebar();
    await signInAsAlex(sidebar);
    await page.reload();
    await sidebar.getByRole('tab', { name: 'Timeline' }).waitFor();
    expect(await sidebar.getByRole('heading', { name: /^Welcome to Gainsight/ }).count()).toBe(0);
    expect(await sidebar.getByRole('heading', { name: 'Sign in to Gainsight' }).count()).toBe(0);
  });

  it('Sign out in the ⋯ menu returns to "Sign in to Gainsight", and a new sign-in repeats the steps', async () => {
    const { sidebar } = await openSidebar();
    await signInAsAlex(sidebar);
    await sidebar.getByRole('button', { name: 'More options' }).click();
    await sidebar.getByRole('menuitem', { name: 'Sign out' }).click();
    const heading = sidebar.getByRole('heading', { name: 'Sign in to Gainsight' });
    await heading.waitFor();
    await expect.poll(() => isFocused(sidebar, heading)).toBe(true);
    expect(await sidebar.getByRole('tab').count()).toBe(0);
    await sidebar.getByRole('button', { name: 'More options' }).click();
    expect(await sidebar.getByRole('menuitem', { name: 'Sign out' }).getAttribute('aria-disabled')).toBe('true');
    await sidebar.getByRole('button', { name: 'More options' }).click();
    await enterUsername(sidebar, 'alex@acme.example');
    await sidebar.getByRole('heading', { name: 'Enter your password' }).waitFor();
  });
});

describe('sign-in failures', () => {
  it('ian (Internal Collaborator) is told his licence cannot sign in', async () => {
    const { sidebar } = await openSidebar('ian@acme.example');
    await enterUsername(sidebar, 'ian@acme.example');
    await enterPassword(sidebar);
    const alert = sidebar.getByRole('alert').filter({ hasText: 'licence' });
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/Full, Viewer\+ or Viewer/);
    expect(await sidebar.getByRole('tab').count()).toBe(0);
  });

  it('a wrong password shows the one generic message and clears the field', async () => {
    const { sidebar } = await openSidebar('vera@acme.example');
    await enterUsername(sidebar, 'vera@acme.example');
    await enterPassword(sidebar, 'not-the-password');
    await sidebar.getByRole('alert').filter({ hasText: 'The user name, password or domain is not correct.' }).waitFor();
    expect(await sidebar.getByLabel('Password', { exact: true }).inputValue()).toBe('');
    await expect.poll(() => isFocused(sidebar, sidebar.getByLabel('Password', { exact: true }))).toBe(true);
  });
});

describe('Zoom app access', () => {
  it('an admin opens it from the ⋯ menu, sees unlicensed users disabled with the reason, and saves', async () => {
    const { sidebar } = await openSidebar();
    await signInAsAlex(sidebar);
    await sidebar.getByRole('button', { name: 'More options' }).click();
    await sidebar.getByRole('menuitem', { name: 'Zoom app access' }).click();
    await sidebar.getByRole('heading', { name: 'Zoom app access' }).waitFor();
    const policies = sidebar.getByRole('group', { name: 'Who can use the Zoom app' });
    await expect.poll(() => policies.getByRole('radio').count()).toBe(3);
    await policies.getByRole('radio', { name: /Selected users/ }).check();
    const ian = sidebar.getByRole('checkbox', { name: /Ian/ });
    expect(await ian.isDisabled()).toBe(true);
    expect(await sidebar.getByText(/Internal Collaborator licences can't sign in/).count()).toBe(1);
    expect(await sidebar.getByRole('checkbox', { name: /Vera/ }).isDisabled()).toBe(false);

    // Saved as it was, so the other tests keep their access.
    await policies.getByRole('radio', { name: /All licensed users/ }).check();
    await sidebar.getByRole('button', { name: 'Save' }).click();
    // The screen's own line and the toast both say so.
    await sidebar.getByRole('status').filter({ hasText: 'Saved.' }).first().waitFor();
    await sidebar.getByRole('button', { name: 'Done' }).click();
    await sidebar.getByRole('tab', { name: 'Timeline' }).waitFor();
  });

  it('a non-admin has no Zoom app access item', async () => {
    const { sidebar } = await openSidebar('paul@acme.example');
    await enterUsername(sidebar, 'paul@acme.example');
    await enterPassword(sidebar);
    await sidebar.getByRole('button', { name: 'Continue' }).click();
    await sidebar.getByRole('button', { name: 'More options' }).click();
    await sidebar.getByRole('menuitem', { name: 'Sign out' }).waitFor();
    expect(await sidebar.getByRole('menuitem', { name: 'Zoom app access' }).count()).toBe(0);
  });
});

describe('privacy, terms and support', () => {
  const LINKS = {
    'Privacy policy': 'https://www.gainsight.com/policy/privacy/',
    'Terms of use': 'https://www.gainsight.com/policy/',
    Support: 'https://support.gainsight.com/',
  };

  async function expectNewTabLink(link: Locator, href: string) {
    expect(await link.getAttribute('href')).toBe(href);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toContain('noopener');
  }

  it('are linked on the sign-in screen and in the ⋯ menu, each opening a new tab', async () => {
    const { sidebar } = await openSidebar();
    const onSignIn = sidebar.getByRole('navigation', { name: 'Privacy, terms and support' });
    for (const [name, href] of Object.entries(LINKS)) await expectNewTabLink(onSignIn.getByRole('link', { name: new RegExp(`^${name}`) }), href);

    await signInAsAlex(sidebar);
    await sidebar.getByRole('button', { name: 'More options' }).click();
    for (const [name, href] of Object.entries(LINKS)) {
      await expectNewTabLink(sidebar.getByRole('menuitem', { name: `${name} (opens in a new tab)` }), href);
    }
  });
});
