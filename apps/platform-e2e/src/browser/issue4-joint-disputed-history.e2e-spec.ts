import { LaunchedChromium, launchChromium } from '@accord/portal/testing';
import { ApiClient } from '../support/api-client';
import { PlatformProcess, startPlatform } from '../support/platform-process';
import { collectPageErrors, describeWithChromium, futureDate, screenshot } from './support/browser-suite';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describeWithChromium('Issue 4 in the browser: joint owners, the disputed badge, "as of" and "what changed since"', () => {
  let platform: PlatformProcess;
  let chromium: LaunchedChromium;
  let id: string;

  beforeAll(async () => {
    [platform, chromium] = await Promise.all([startPlatform('embedded'), launchChromium()]);
    const bd = await new ApiClient(platform.url).signIn('focal.bd@accord.demo');
    const logged = await bd.post<{ id: string }>('/api/commitments', {
      title: `Joint corridor ${Date.now()}`, description: 'Bangladesh and Malaysia cap recruitment fees together.', gcmObjectives: [6], sdgTargets: ['10.7'],
      indicator: 'i', baseline: 'b', targetValue: 't', dueDate: futureDate(400), coOwnerIds: ['state-my'],
    });
    expect(logged.status).toBe(201);
    id = logged.body.id;
    const mfa = await new ApiClient(platform.url).signIn('focal.mfa@accord.demo');
    const assessment = { commitmentId: id, rating: 'off_track', narrative: 'Brokers still charge the old fees.', evidenceUrls: ['https://example.org/report'], contestedStatus: 'stalled' };
    // The assessments context learns the commitment from its event: retry until it has.
    for (let i = 0; i < 40; i++) {
      if ((await mfa.post('/api/assessments', assessment)).status === 201) return;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error('the assessment was never accepted');
  }, 120_000);

  afterAll(async () => {
    await chromium?.close();
    await platform?.stop();
  });

  it('the board filters disputed commitments and shows the badge in words and the joint owners', async () => {
    const page = await chromium.context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${platform.url}/?disputed=true`);
    const card = page.locator(`[data-testid="board-item"][data-commitment-id="${id}"]`);
    await card.waitFor({ timeout: 10_000 });
    await expect(card.getByTestId('disputed-badge').textContent()).resolves.toContain('Disputed');
    await expect(card.getByTestId('owners').textContent()).resolves.toMatch(/Bangladesh[\s\S]*Malaysia/);
    await expect(page.getByTestId('filter-disputed').isChecked()).resolves.toBe(true);
    await screenshot(page, 'issue4-board-disputed');

    await card.getByRole('link').click();
    await page.getByTestId('owner-shares').waitFor();
    await expect(page.getByTestId('owner-share').count()).resolves.toBe(2);
    await expect(page.getByTestId('commitment').getByTestId('disputed-badge').isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('the board as of yesterday does not have it yet; "what changed since" today lists it', async () => {
    const page = await chromium.context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${platform.url}/?asOf=${day(-1)}`);
    await page.getByTestId('as-of-notice').waitFor();
    await page.waitForLoadState('networkidle');
    await expect(page.locator(`[data-testid="board-item"][data-commitment-id="${id}"]`).count()).resolves.toBe(0);
    await expect(page.getByTestId('filter-as-of').inputValue()).resolves.toBe(day(-1));

    await page.goto(`${platform.url}/commitments/changes?since=${day(0)}`);
    await page.locator(`[data-testid="changed-commitment"][data-commitment-id="${id}"]`).waitFor({ timeout: 10_000 });
    await screenshot(page, 'issue4-what-changed');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
