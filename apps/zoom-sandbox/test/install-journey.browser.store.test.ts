import { sessionViewSchema } from '@c360/contracts';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ZOOM_USER } from '../src/zoom-users.ts';
import { useProductInBrowser } from './support/browser-harness.ts';

const harness = useProductInBrowser();

describe('journey 1: a host installs the app from the Marketplace (SPEC §1)', () => {
  it('Add → consent → callback → deeplink opens the sidebar in the Zoom client, linked to the Zoom user', async () => {
    const page = await harness.newPage();
    await page.goto(`${harness.product().sandbox.url}/marketplace`);
    await page.getByRole('link', { name: 'Add', exact: true }).click();
    await page.getByRole('button', { name: 'Authorize' }).click();

    // The BFF's callback stored the tokens and sent the browser to Zoom's deeplink: the client with the app open.
    await page.waitForURL(`${harness.product().sandbox.url}/client?**`);
    const sidebar = page.frameLocator('#zc-app-frame');
    await sidebar.getByText(`Connected to Zoom as ${DEFAULT_ZOOM_USER.firstName} ${DEFAULT_ZOOM_USER.lastName}`).waitFor();
    const body = await page.frame({ url: /\/zoom\/home/ })!.evaluate(() => fetch('/api/session').then((res) => res.json()));
    expect(sessionViewSchema.parse(body).zoom).toMatchObject({ userId: DEFAULT_ZOOM_USER.id, installed: true });

    // Tokens and the account id are stored only encrypted.
    const installation = await harness.product().bff.store.prisma.zoomInstallation.findUniqueOrThrow({ where: { zoomUserId: DEFAULT_ZOOM_USER.id } });
    expect(installation.accountIdEnc).not.toContain(DEFAULT_ZOOM_USER.accountId);
    expect(installation.accessTokenEnc).toMatch(/^v1\./);
  });
});
