import { LaunchedChromium, launchChromium } from '@accord/portal/testing';
import { PlatformProcess, startPlatform } from '../support/platform-process';
import { collectPageErrors, describeWithChromium, futureDate, screenshot, signInThroughForm } from './support/browser-suite';

describeWithChromium('J3 in the browser: issue, respond, report, and the tracker follows live', () => {
  let platform: PlatformProcess;
  let secretariat: LaunchedChromium;
  let addressee: LaunchedChromium;

  beforeAll(async () => {
    [platform, secretariat, addressee] = await Promise.all([startPlatform('embedded'), launchChromium(), launchChromium({ viewport: { width: 360, height: 780 } })]);
  }, 100_000);

  afterAll(async () => {
    await Promise.all([secretariat?.close(), addressee?.close()]);
    await platform?.stop();
  });

  it('a secretariat issues a recommendation, the addressee responds and reports, the tracker updates live', async () => {
    const sec = await secretariat.context.newPage();
    const secErrors = collectPageErrors(sec);
    await signInThroughForm(sec, platform.url, 'secretariat.bali@accord.demo', '/follow-up/issue');
    await sec.getByTestId('issue-form').waitFor();
    const title = `Cap recruitment fees at one month of wages ${Date.now()}`;
    await sec.getByTestId('issue-process').fill('Bali Process');
    await sec.getByTestId('issue-meetingTitle').fill('Ad Hoc Group Senior Officials Meeting');
    await sec.getByTestId('issue-title').fill(title);
    await sec.getByTestId('issue-text').fill('States of origin and destination cap recruitment fees borne by workers.');
    await sec.getByTestId('issue-dueDate').fill(futureDate(200));
    await sec.getByTestId('addressee-state-bd').check();
    await sec.getByTestId('addressee-state-my').check();
    await screenshot(sec, 'j3-issue-form');
    await sec.getByTestId('issue-submit').click();
    await sec.waitForURL(/\/follow-up\/recommendations\//);
    const recommendationId = sec.url().split('/').pop() ?? '';

    await sec.goto(`${platform.url}/follow-up`);
    const bdRow = sec.locator(`[data-testid="tracker-row"][data-recommendation-id="${recommendationId}"][data-addressee-id="state-bd"]`);
    await bdRow.waitFor({ timeout: 5_000 });
    await expect(bdRow.getAttribute('data-response')).resolves.toBe('none');

    const bd = await addressee.context.newPage();
    const bdErrors = collectPageErrors(bd);
    await signInThroughForm(bd, platform.url, 'focal.bd@accord.demo', '/workspace');
    await bd.locator('[data-testid="notification"][data-kind="recommendation_issued"]').first().waitFor({ timeout: 5_000 });
    await screenshot(bd, 'j3-workspace-360');
    await bd.goto(`${platform.url}/follow-up/recommendations/${recommendationId}`);
    await bd.getByTestId('respond-form').waitFor();
    await bd.getByTestId('response-supports').check();
    await bd.getByTestId('response-reason').fill('Bangladesh already caps fees under the G2G arrangement.');
    await bd.getByRole('button', { name: 'Send response' }).click();
    await bd.getByText('Response recorded.').waitFor();

    await sec.locator(`[data-testid="tracker-row"][data-recommendation-id="${recommendationId}"][data-addressee-id="state-bd"][data-response="supports"]`).waitFor({ timeout: 5_000 });

    await bd.getByTestId('report-narrative').fill('Fee cap decree signed; monitoring by the labour attaché in Kuala Lumpur.');
    await bd.getByRole('button', { name: 'Send report' }).click();
    await bd.getByText('Implementation report recorded.').waitFor();
    await screenshot(bd, 'j3-recommendation-360');

    await sec.locator(`[data-testid="tracker-row"][data-recommendation-id="${recommendationId}"][data-addressee-id="state-bd"][data-reports="1"]`).waitFor({ timeout: 5_000 });
    await expect(sec.getByTestId('tracker-announcer').textContent()).resolves.toContain(title);
    await screenshot(sec, 'j3-tracker-live');

    await sec.goto(`${platform.url}/follow-up/scorecards`);
    await sec.getByTestId('chart-responded').waitFor();
    await screenshot(sec, 'j3-scorecards');
    expect(secErrors).toEqual([]);
    expect(bdErrors).toEqual([]);
  }, 60_000);
});
