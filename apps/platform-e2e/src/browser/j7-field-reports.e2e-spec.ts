import { join } from 'node:path';
import { LaunchedChromium, launchChromium } from '@accord/portal/testing';
import { ApiClient } from '../support/api-client';
import { PlatformProcess, startPlatform } from '../support/platform-process';
import { horizontalOverflow, seriousAxeViolations } from './support/accessibility';
import { collectPageErrors, describeWithChromium, screenshot, signInThroughForm } from './support/browser-suite';
import { demoLibyaAlert, unexpected, unlabelled } from './support/crisis-room';

const CAP_SAMPLE = join(__dirname, '..', '..', '..', '..', 'libs', 'crisis', 'infrastructure', 'src', 'lib', 'cap', 'samples', 'envcanada-update-en-fr.xml');
const PLACE = 'Dehiba crossing, south gate (E2E)';

/** The demo's field reports are filed after its alert is raised: the monitor reads them once they are in. */
async function demoFieldReportsIn(baseUrl: string, alertId: string): Promise<void> {
  const monitor = await new ApiClient(baseUrl).signIn('focal.rmms@accord.demo');
  const deadline = Date.now() + 30_000;
  for (;;) {
    const res = await monitor.get<{ total: number }>(`/api/crisis-room/alerts/${alertId}/field-reports`);
    if (res.status === 200 && res.body.total > 0) return;
    if (Date.now() > deadline) throw new Error(`the demo field reports never appeared: ${res.status} ${JSON.stringify(res.body)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Yesterday at 09:30 as a datetime-local value, in the machine's time zone (the browser's too). */
function yesterdayLocal(): string {
  const d = new Date(Date.now() - 86_400_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T09:30`;
}

describeWithChromium('J7 field reports and CAP import in the browser: a monitor files, another sees "<5"; an agency imports CAP and closes with confirmation', () => {
  let platform: PlatformProcess;
  let browser: LaunchedChromium;

  beforeAll(async () => {
    [platform, browser] = await Promise.all([startPlatform('embedded'), launchChromium()]);
  }, 150_000);

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('a civil society monitor files a field report (server field errors beside the fields) and sees it on the room; another monitor sees small counts as "<5"', async () => {
    const alertId = await demoLibyaAlert(platform.url);
    await demoFieldReportsIn(platform.url, alertId);
    const rmms = await browser.context.newPage();
    const errors = collectPageErrors(rmms);
    await signInThroughForm(rmms, platform.url, 'focal.rmms@accord.demo', `/crisis/alerts/${alertId}`);
    await rmms.getByTestId('field-report-form').waitFor();
    await rmms.getByTestId('field-report').first().waitFor();
    const before = (await rmms.getByTestId('field-reports-total').textContent()) ?? '';
    expect(await unlabelled(rmms)).toEqual([]);
    expect(await seriousAxeViolations(rmms)).toEqual([]);
    await rmms.setViewportSize({ width: 360, height: 740 });
    expect(await horizontalOverflow(rmms)).toBe(0);
    await rmms.setViewportSize({ width: 1280, height: 900 });

    await rmms.getByTestId('field-report-place-name').fill(PLACE);
    await rmms.getByTestId('field-report-observed-at').fill(yesterdayLocal());
    await rmms.getByTestId('field-report-lat').fill('32.2');
    await rmms.getByTestId('field-report-movement-direction-0').selectOption('arriving');
    await rmms.getByTestId('field-report-movement-sex-0').selectOption('female');
    await rmms.getByTestId('field-report-movement-ageBand-0').selectOption('child');
    await rmms.getByTestId('field-report-movement-count-0').fill('3');
    await rmms.getByTestId('field-report-add-incident').click();
    await rmms.getByTestId('field-report-incident-kind-0').selectOption('extortion');
    await rmms.getByTestId('field-report-incident-count-0').fill('2');
    await rmms.getByTestId('field-need-water').check();
    await rmms.getByTestId('field-report-submit').click();
    // a latitude without its longitude: the server's words, beside the longitude
    await expect(rmms.getByTestId('field-report-lon-error').textContent()).resolves.toContain('lon');
    await expect(rmms.getByTestId('field-report-lon').getAttribute('aria-invalid')).resolves.toBe('true');

    await rmms.getByTestId('field-report-lon').fill('10.47');
    await rmms.getByTestId('field-report-submit').click();
    await rmms.getByTestId('field-report-done').waitFor();
    const mine = rmms.getByTestId('field-report').filter({ hasText: PLACE });
    await mine.waitFor({ timeout: 10_000 });
    await expect(mine.getByTestId('field-report-total').textContent()).resolves.toContain('3');
    await expect(rmms.getByTestId('field-reports-total').textContent()).resolves.not.toBe(before);
    await rmms.locator(`[data-testid="field-points"] circle`).first().waitFor();
    await screenshot(rmms, 'j7-field-report-filed');

    // another monitor (not the one who filed, not an agency) sees the counts of 1 to 4 as "<5"
    const mfa = await (await launchChromium()).context.newPage();
    try {
      await signInThroughForm(mfa, platform.url, 'focal.mfa@accord.demo', `/crisis/alerts/${alertId}`);
      const theirs = mfa.getByTestId('field-report').filter({ hasText: PLACE });
      await theirs.waitFor({ timeout: 10_000 });
      await expect(theirs.getByTestId('count-small').first().textContent()).resolves.toBe('<5');
      await mfa.getByTestId('field-report-small').waitFor();
    } finally {
      await mfa.context().browser()?.close();
    }
    expect(unexpected(errors)).toEqual([]);
  }, 90_000);

  it('an agency imports a CAP 1.2 file (a bad message shows the reasons), opens the new alert and closes it through a confirmation', async () => {
    const iom = await browser.context.newPage();
    const errors = collectPageErrors(iom);
    await signInThroughForm(iom, platform.url, 'crisis.iom@accord.demo', '/crisis');
    await iom.getByTestId('import-cap').click();
    await iom.getByTestId('cap-import-form').waitFor();
    expect(await unlabelled(iom)).toEqual([]);
    expect(await seriousAxeViolations(iom)).toEqual([]);

    await iom.getByTestId('cap-import-country').fill('ca');
    await iom.getByTestId('cap-import-xml').fill('<alert>not CAP</alert>');
    await iom.getByTestId('cap-import-submit').click();
    await expect(iom.getByTestId('cap-import-xml-error').textContent()).resolves.toContain('CAP 1.2');
    await iom.getByTestId('cap-import-refused').waitFor();

    await iom.getByTestId('cap-import-file').setInputFiles(CAP_SAMPLE);
    await iom.waitForFunction(() => document.querySelector<HTMLTextAreaElement>('[data-testid="cap-import-xml"]')?.value.includes('urn:oasis:names:tc:emergency:cap:1.2'));
    await iom.getByTestId('cap-import-kind').selectOption('natural_hazard');
    await iom.getByTestId('cap-import-submit').click();
    await iom.getByTestId('cap-import-done').waitFor();
    await screenshot(iom, 'j7-cap-imported');
    await iom.getByTestId('cap-import-open').click();
    await iom.waitForURL(/\/crisis\/alerts\/[0-9a-f-]{36}$/);
    await iom.getByTestId('alert-headline').waitFor();
    await expect(iom.getByTestId('alert-headline').textContent()).resolves.toContain('CA');

    // "No" (Escape) changes nothing and gives the focus back to the button that asked
    const close = iom.getByTestId('close-alert');
    await close.focus();
    await iom.keyboard.press('Enter');
    const dialog = iom.getByTestId('end-alert-confirm');
    await dialog.getByTestId('confirm-back').waitFor();
    expect(await iom.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('confirm-back');
    await iom.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await iom.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('close-alert');
    await iom.getByTestId('room-manage').waitFor();

    await close.click();
    expect(await seriousAxeViolations(iom)).toEqual([]);
    await screenshot(iom, 'j7-close-confirmation');
    await dialog.getByTestId('confirm-yes').click();
    await iom.locator('[data-testid="cap-fields"] ~ .closed').waitFor();
    await iom.getByTestId('room-manage').waitFor({ state: 'detached' });
    expect(unexpected(errors)).toEqual([]);
  }, 90_000);

  it('the scorecards page shows the scorecards as of a past day, says so, and goes back to today', async () => {
    const page = await browser.context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${platform.url}/follow-up/scorecards`);
    await page.getByTestId('scorecards-table').waitFor();
    const today = await page.getByTestId('scorecards-table').textContent();
    await page.getByLabel('As of').fill('2016-01-01');
    await page.getByTestId('scorecards-as-of-notice').waitFor();
    await page.getByTestId('scorecards-empty').or(page.getByTestId('scorecards-table')).first().waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'j7-scorecards-as-of');
    await page.getByTestId('scorecards-back-to-today').click();
    await page.getByTestId('scorecards-as-of-notice').waitFor({ state: 'detached' });
    await expect(page.getByTestId('scorecards-table').textContent()).resolves.toBe(today);
    expect(unexpected(errors)).toEqual([]);
  }, 60_000);
});
