import { Page } from 'playwright-core';
import { LaunchedChromium, launchChromium } from '@accord/portal/testing';
import { ApiClient } from '../support/api-client';
import { PlatformProcess, startPlatform } from '../support/platform-process';
import { collectPageErrors, describeWithChromium, screenshot, signInThroughForm } from './support/browser-suite';

interface AlertPage {
  items: { id: string; country: string }[];
}

const HEADLINE = 'Misrata: shelling near the port, migrant workers stranded (E2E)';
const CLOSED_RING = '32.30,15.05 32.40,15.05 32.40,15.20 32.30,15.05';

/** The demo's presence reports (Bangladesh in Libya) are what exposes Bangladesh to a new Libya alert. */
async function demoWorldReady(baseUrl: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const alerts = await new ApiClient(baseUrl).get<AlertPage>('/api/crisis-room/alerts?status=open');
    if (alerts.body.items.some((a) => a.country === 'LY')) return;
    if (Date.now() > deadline) throw new Error(`no open Libya alert in the demo world: ${JSON.stringify(alerts.body)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Expected 400/422 answers are logged by Chromium as resource errors; anything else fails the test. */
const unexpected = (errors: string[]) => errors.filter((e) => !/Failed to load resource: the server responded with a status of 4(00|22)/.test(e));

/** Addresses that answered 404 (a room opened before its read model had the alert would). */
function collectNotFound(page: Page): string[] {
  const urls: string[] = [];
  page.on('response', (r) => {
    if (r.status() === 404) urls.push(r.url());
  });
  return urls;
}

/** Inputs that no label names: each must have one (WCAG 1.3.1 / 4.1.2). */
const unlabelled = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLInputElement>('input, select, textarea'))
      .filter((e) => !e.labels?.length && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby'))
      .map((e) => e.outerHTML.slice(0, 120)),
  );

/** Elements reaching past the viewport's right edge (a page that scrolls sideways at 360 px). */
const overflowing = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('body *'))
      .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !e.closest('.scroll, svg'))
      .map((e) => `${e.tagName.toLowerCase()}.${e.getAttribute('class')}#${e.id}[${e.dataset['testid'] ?? ''}] ${Math.round(e.getBoundingClientRect().right)}`)
      .slice(0, 8),
  );

describeWithChromium('J5 in the browser: an agency raises an alert, a State sees its task live and reports presence, the agency updates and closes it', () => {
  let platform: PlatformProcess;
  let iom: LaunchedChromium;
  let bangladesh: LaunchedChromium;

  beforeAll(async () => {
    [platform, iom, bangladesh] = await Promise.all([startPlatform('embedded'), launchChromium(), launchChromium({ viewport: { width: 360, height: 800 } })]);
  }, 150_000); // the platform boots in ~15 s alone, far slower on a machine shared by several runs

  afterAll(async () => {
    await Promise.all([iom?.close(), bangladesh?.close()]);
    await platform?.stop();
  });

  it('raises through the form, shows field errors from the server, and the room shows the presence live', async () => {
    await demoWorldReady(platform.url);
    const bd = await bangladesh.context.newPage();
    const bdErrors = collectPageErrors(bd);
    const bdNotFound = collectNotFound(bd);
    await bd.addInitScript(() => Object.defineProperty(navigator, 'languages', { get: () => ['bn-BD', 'bn'] }));
    await signInThroughForm(bd, platform.url, 'crisis.bd@accord.demo', '/crisis');
    await bd.getByTestId('alerts').waitFor();

    const io = await iom.context.newPage();
    const ioErrors = collectPageErrors(io);
    const ioNotFound = collectNotFound(io);
    await signInThroughForm(io, platform.url, 'crisis.iom@accord.demo', '/crisis');
    await io.getByTestId('raise-alert').click();
    await io.getByTestId('alert-form').waitFor();
    await io.getByTestId('alert-add-area').click();
    expect(await unlabelled(io)).toEqual([]);
    await io.setViewportSize({ width: 360, height: 800 });
    expect(await overflowing(io)).toEqual([]);
    await io.setViewportSize({ width: 1280, height: 900 });
    await io.getByRole('button', { name: 'Remove area 2' }).click();
    await io.getByTestId('alert-submit').click();
    await expect(io.locator('#af-country-err').textContent()).resolves.toContain('two-letter');
    await expect(io.getByTestId('alert-country').getAttribute('aria-invalid')).resolves.toBe('true');

    await io.getByTestId('alert-country').fill('LY');
    await io.getByTestId('alert-severity').selectOption('Extreme');
    await io.getByTestId('alert-certainty').selectOption('Observed');
    await io.getByTestId('alert-area-0-name').fill('Misrata');
    await io.getByLabel('Polygons of area 1 (optional)').fill('32.30,15.05 32.40,15.05');
    await io.getByTestId('alert-info-0-language').fill('en');
    await io.getByTestId('alert-info-0-headline').fill(HEADLINE);
    await io.getByTestId('alert-info-0-description').fill('Shelling near the port since this morning. Workers are gathering at the port gates.');
    await io.getByTestId('alert-add-info').click();
    await io.getByTestId('alert-info-1-language').fill('bn');
    await io.getByTestId('alert-info-1-headline').fill('মিসরাতা: বন্দরের কাছে গোলাবর্ষণ (E2E)');
    await io.getByTestId('alert-info-1-description').fill('শ্রমিকরা বন্দরের গেটে জড়ো হচ্ছেন।');
    await io.getByTestId('alert-submit').click();
    // the server's rule, worded by the server, beside the areas
    await expect(io.getByTestId('alert-areas-error').textContent()).resolves.toContain('first repeated last');
    await io.getByLabel('Polygons of area 1 (optional)').fill(CLOSED_RING);
    await io.getByTestId('alert-submit').click();
    await io.waitForURL(/\/crisis\/alerts\/[0-9a-f-]{36}$/);
    const alertId = io.url().split('/').pop() ?? '';
    await expect(io.getByTestId('alert-headline').textContent()).resolves.toContain(HEADLINE);
    await expect(io.getByTestId('cap-info').getAttribute('data-language')).resolves.toBe('en');
    await screenshot(io, 'j5-alert-raised');
    const cap = await fetch(platform.url + ((await io.getByTestId('cap-export').getAttribute('href')) ?? ''));
    expect(cap.headers.get('content-type')).toContain('application/cap+xml');
    await expect(cap.text()).resolves.toContain('<language>bn</language>');

    // Bangladesh has nationals in Libya: the task appears on the page already open, without a reload
    await bd.locator(`[data-testid="crisis-tasks"] a[href="/crisis/alerts/${alertId}"]`).click({ timeout: 10_000 });
    await bd.getByTestId('presence-form').waitFor();
    await expect(bd.getByTestId('cap-info').getAttribute('data-language')).resolves.toBe('bn');
    await bd.getByTestId('presence-place-0').fill('Misrata port');
    await bd.getByTestId('presence-count-0').fill('20000000');
    await bd.getByTestId('need-evacuation').check();
    await bd.getByRole('button', { name: 'Report presence' }).click();
    await expect(bd.locator('#pf-count-err-0').textContent()).resolves.toContain('10000000');
    await expect(bd.getByTestId('presence-count-0').getAttribute('aria-invalid')).resolves.toBe('true');
    await bd.getByTestId('presence-count-0').fill('1200');
    await bd.getByTestId('presence-count-0').press('Enter');
    await bd.getByRole('status').filter({ hasText: 'Presence reported.' }).waitFor();
    const bdRow = bd.locator('[data-testid="presence-row"][data-state="state-bd"]');
    await expect(bdRow.getByTestId('presence-total').textContent()).resolves.toContain('1200');
    expect(await overflowing(bd)).toEqual([]);
    expect(await bd.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await unlabelled(bd)).toEqual([]);
    await screenshot(bd, 'j5-state-room-360');

    // the agency's room, open since the alert was raised, shows the report live
    const ioRow = io.locator('[data-testid="presence-row"][data-state="state-bd"]');
    await ioRow.waitFor({ timeout: 10_000 });
    await expect(ioRow.textContent()).resolves.toContain('Misrata port');
    expect(await unlabelled(io)).toEqual([]);

    // J7 from the same room: the agency opens an operation, the State reports a movement, both see progress
    await io.getByTestId('evacuation-name').fill('Misrata port evacuation (E2E)');
    await io.getByTestId('evacuation-nationality-0').fill('bd');
    await io.getByTestId('evacuation-count-0').fill('1200');
    await io.getByTestId('evacuation-submit').click();
    await io.getByTestId('evacuation').waitFor();
    await bd.getByTestId('movement-form').waitFor({ timeout: 10_000 });
    await bd.getByTestId('movement-nationality').fill('BD');
    await bd.getByTestId('movement-count').fill('300');
    await bd.getByTestId('movement-submit').click();
    await bd.getByRole('status').filter({ hasText: 'Movement reported.' }).waitFor();
    await io.getByTestId('evacuation').getByText('Evacuated: 300').waitFor({ timeout: 10_000 });

    // the agency updates the alert (a new severity, live for the State), then closes it
    await io.getByTestId('edit-alert').click();
    expect(await unlabelled(io)).toEqual([]);
    await io.getByTestId('alert-severity').selectOption('Severe');
    await io.getByTestId('alert-submit').click();
    await io.getByTestId('alert-form-done').waitFor();
    await bd.getByTestId('cap-severity').filter({ hasText: /^Severe$/ }).waitFor({ timeout: 10_000 });
    await io.getByTestId('end-alert-note').fill('Port evacuated; fighting over.');
    await io.getByTestId('close-alert').click();
    await io.getByTestId('end-alert-confirm').getByTestId('confirm-yes').click();
    await io.locator('[data-testid="cap-fields"] ~ .closed').waitFor();
    await bd.getByTestId('presence-form').waitFor({ state: 'detached', timeout: 10_000 });
    await screenshot(io, 'j5-alert-closed');
    expect([...bdNotFound, ...ioNotFound]).toEqual([]);
    expect(unexpected(bdErrors)).toEqual([]);
    expect(unexpected(ioErrors)).toEqual([]);
  }, 90_000);
});
