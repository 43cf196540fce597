import { LaunchedChromium, launchChromium } from '@accord/portal/testing';
import { ApiClient } from '../support/api-client';
import { PlatformProcess, startPlatform } from '../support/platform-process';
import { collectPageErrors, describeWithChromium, screenshot, signInThroughForm } from './support/browser-suite';

interface AlertPage {
  items: { id: string; country: string }[];
}

/** The demo world's alert reaches the crisis room read model shortly after the platform is healthy. */
async function demoLibyaAlert(baseUrl: string): Promise<{ id: string }> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const alerts = await new ApiClient(baseUrl).get<AlertPage>('/api/crisis-room/alerts?status=open');
    const libya = alerts.body.items.find((a) => a.country === 'LY');
    if (libya) return libya;
    if (Date.now() > deadline) throw new Error(`no open Libya alert in the demo world: ${JSON.stringify(alerts.body)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describeWithChromium('J6 in the browser: consular request raised, accepted, case updated live', () => {
  let platform: PlatformProcess;
  let canada: LaunchedChromium;
  let australia: LaunchedChromium;

  beforeAll(async () => {
    [platform, canada, australia] = await Promise.all([startPlatform('embedded'), launchChromium(), launchChromium()]);
  }, 100_000);

  afterAll(async () => {
    await Promise.all([canada?.close(), australia?.close()]);
    await platform?.stop();
  });

  it('Canada raises a request, Australia accepts and updates a case, Canada sees it live', async () => {
    const libya = await demoLibyaAlert(platform.url);

    const ca = await canada.context.newPage();
    const caErrors = collectPageErrors(ca);
    await signInThroughForm(ca, platform.url, 'consular.ca@accord.demo', `/crisis/alerts/${libya.id}`);
    await ca.getByTestId('world-map').waitFor();
    await screenshot(ca, 'j6-alert-room');
    await ca.getByTestId('raise-consular').click();
    await ca.getByTestId('consular-request-form').waitFor();
    await expect(ca.getByTestId('cr-country').inputValue()).resolves.toBe('LY');
    await ca.getByTestId('cr-count').fill('2');
    await ca.getByTestId('case-0-name').fill('Test National One');
    await ca.getByTestId('case-0-documentNumber').fill('CA-E2E-001');
    await ca.getByTestId('case-0-location').fill('Tripoli, Hay Al Andalus');
    await ca.getByTestId('case-0-consent').check();
    await ca.getByTestId('cr-submit').click();
    await ca.waitForURL(/\/crisis\/consular\/[0-9a-f-]{36}$/);
    const requestId = ca.url().split('/').pop() ?? '';
    await ca.getByTestId('consular-request').waitFor();
    const stored = await ca.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    expect(stored).not.toContain('CA-E2E-001');

    const au = await australia.context.newPage();
    const auErrors = collectPageErrors(au);
    await signInThroughForm(au, platform.url, 'consular.au@accord.demo', `/crisis/alerts/${libya.id}`);
    await au.locator(`[data-testid="room-consular-request"][data-request-id="${requestId}"] a`).click({ timeout: 10_000 });
    await au.getByTestId('accept-request').click();
    await au.locator('[data-testid="consular-request"][data-status="accepted"]').waitFor({ timeout: 5_000 });
    const caseItem = au.locator('[data-testid="case"]').first();
    await expect(caseItem.textContent()).resolves.toContain('Test National One');
    await caseItem.getByTestId('case-status-select').selectOption('located');
    await au.locator('[data-testid="case"][data-status="located"]').waitFor({ timeout: 5_000 });
    await screenshot(au, 'j6-partner-request');

    await ca.locator('[data-testid="consular-request"][data-status="accepted"]').waitFor({ timeout: 5_000 });
    await ca.locator('[data-testid="case"][data-status="located"]').waitFor({ timeout: 5_000 });
    await expect(ca.getByTestId('consular-announcer').textContent()).resolves.toContain('updated');
    await screenshot(ca, 'j6-requester-live');
    expect(caErrors).toEqual([]);
    expect(auErrors).toEqual([]);
  }, 80_000);
});
