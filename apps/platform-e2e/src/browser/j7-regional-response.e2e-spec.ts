import { Page } from 'playwright-core';
import { LaunchedChromium, launchChromium } from '@accord/portal/testing';
import { ApiClient } from '../support/api-client';
import { PlatformProcess, startPlatform } from '../support/platform-process';
import { horizontalOverflow, seriousAxeViolations } from './support/accessibility';
import { collectPageErrors, describeWithChromium, futureDate, screenshot, signInThroughForm } from './support/browser-suite';
import { demoLibyaAlert, ferryOperation, tomorrowLocal, unexpected, unlabelled } from './support/crisis-room';

describeWithChromium('J7 regional response in the browser: consultations convened and decided by a secretariat, transport seats requested, matched and confirmed by States and agencies', () => {
  let platform: PlatformProcess;
  let browser: LaunchedChromium;

  beforeAll(async () => {
    [platform, browser] = await Promise.all([startPlatform('embedded'), launchChromium()]);
  }, 150_000);

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('the room shows a State the emergency consultation it is invited to (with its decisions) and the transport capacity per route', async () => {
    const alertId = await demoLibyaAlert(platform.url);
    const bd = await browser.context.newPage();
    const errors = collectPageErrors(bd);
    await signInThroughForm(bd, platform.url, 'crisis.bd@accord.demo', `/crisis/alerts/${alertId}`);
    const consultation = bd.getByTestId('consultation').first();
    await consultation.waitFor({ timeout: 30_000 });
    await expect(consultation.getByTestId('consultation-attendance').textContent()).resolves.toMatch(/Invited: \d+/);
    await consultation.getByTestId('consultation-decision').first().waitFor();
    await bd.getByTestId('capacity-route').first().waitFor({ timeout: 30_000 });
    expect(await seriousAxeViolations(bd)).toEqual([]);

    // the State offers seats: a one-letter place is refused by the server, beside the field; then the route shows them
    const offer = bd.getByTestId('capacity-offer-form');
    await offer.getByTestId('capacity-offer-from').fill('D');
    await offer.getByTestId('capacity-offer-to').fill('Chittagong (E2E)');
    await offer.getByTestId('capacity-offer-date').fill(futureDate(3));
    await offer.getByTestId('capacity-offer-seats').fill('45');
    await offer.getByTestId('capacity-offer-submit').click();
    await expect(bd.locator('#co-from-err').textContent()).resolves.toContain('from');
    await offer.getByTestId('capacity-offer-from').fill('Djerba (E2E)');
    await offer.getByTestId('capacity-offer-submit').click();
    await offer.getByTestId('capacity-offer-done').waitFor();
    const route = bd.getByTestId('capacity-route').filter({ hasText: 'Chittagong (E2E)' });
    await route.waitFor({ timeout: 10_000 });
    await expect(route.textContent()).resolves.toContain('45');
    await screenshot(bd, 'j7-regional-response');
    expect(unexpected(errors)).toEqual([]);
  }, 90_000);
  it('a secretariat officer convenes a consultation on the alert, records attendance and a decision (a recommendation), then closes it after a confirmation', async () => {
    const alertId = await demoLibyaAlert(platform.url);
    const bali = await browser.context.newPage();
    const errors = collectPageErrors(bali);
    await signInThroughForm(bali, platform.url, 'secretariat.bali@accord.demo', `/crisis/alerts/${alertId}`);
    const form = bali.getByTestId('consultation-convene-form');
    await form.waitFor({ timeout: 30_000 });
    await bali.getByTestId('consultation').first().waitFor({ timeout: 30_000 });
    await form.getByTestId('consultation-invite-state-bd').waitFor();
    expect(await unlabelled(bali)).toEqual([]);
    expect(await seriousAxeViolations(bali)).toEqual([]);
    await bali.setViewportSize({ width: 360, height: 740 });
    expect(await horizontalOverflow(bali)).toBe(0);
    await bali.setViewportSize({ width: 1280, height: 900 });

    // the attendance form starts from the marks already recorded (the demo consultation: Malaysia absent)
    const demo = bali.getByTestId('consultation').first();
    await demo.getByTestId('consultation-record-attendance').click();
    await bali.waitForFunction(() => document.querySelector<HTMLInputElement>('[data-testid="attendance-absent-state-my"]')?.checked === true);
    expect(await demo.getByTestId('attendance-present-state-au').isChecked()).toBe(true);
    await demo.getByTestId('consultation-record-attendance').click();
    await demo.getByTestId('attendance-form').waitFor({ state: 'detached' });

    // a four-letter title is refused by the server, beside the field
    await form.getByTestId('consultation-title').fill('E2E!');
    await form.getByTestId('consultation-scheduled-at').fill(tomorrowLocal());
    await form.getByTestId('consultation-invite-state-bd').check();
    await form.getByTestId('consultation-invite-state-ph').check();
    await form.getByTestId('consultation-agency-agency-iom').check();
    await form.getByTestId('consultation-convene-submit').click();
    await expect(bali.locator('#cc-title-err').textContent()).resolves.toContain('title');
    await expect(form.getByTestId('consultation-title').getAttribute('aria-invalid')).resolves.toBe('true');
    await form.getByTestId('consultation-title').fill('E2E follow-up consultation on Misrata');
    await form.getByTestId('consultation-convene-submit').click();
    await form.getByTestId('consultation-convene-done').waitFor();
    const mine = bali.getByTestId('consultation').filter({ hasText: 'E2E follow-up consultation on Misrata' });
    await mine.waitFor({ timeout: 10_000 });

    await mine.getByTestId('consultation-record-attendance').click();
    await mine.getByTestId('attendance-present-state-bd').check();
    await mine.getByTestId('attendance-absent-state-ph').check();
    await mine.getByTestId('attendance-submit').click();
    await mine.getByTestId('attendance-done').waitFor();
    // the room's read model catches up a moment later (live update): the counts change without a reload
    await mine.getByTestId('consultation-attendance').filter({ hasText: /present: 1 · absent: 1 · not recorded: 0/ }).waitFor({ timeout: 10_000 });

    await mine.getByTestId('consultation-record-decision').click();
    await mine.getByTestId('decision-title').fill('Charter seats for stranded Bangladeshi workers');
    await mine.getByTestId('decision-text').fill('IOM and Bangladesh agree on two more charter rotations from Djerba.');
    await mine.getByTestId('decision-addressee-state-bd').check();
    await mine.getByTestId('decision-addressee-agency-iom').check();
    await mine.getByTestId('decision-due').fill(futureDate(14));
    await mine.getByTestId('decision-submit').click();
    await mine.getByTestId('decision-recommendation').waitFor();
    await expect(mine.getByTestId('decision-recommendation').getAttribute('href')).resolves.toMatch(/\/follow-up\/recommendations\/[0-9a-f-]{36}$/);
    await mine.getByTestId('consultation-decision').filter({ hasText: 'Charter seats for stranded Bangladeshi workers' }).waitFor({ timeout: 10_000 });
    expect(await seriousAxeViolations(bali)).toEqual([]);
    await screenshot(bali, 'j7-consultation-decision');

    const close = mine.getByTestId('consultation-close');
    await close.click();
    await mine.getByTestId('confirm-yes').click();
    await bali.locator('[data-testid="consultation"][data-status="closed"]').filter({ hasText: 'E2E follow-up consultation on Misrata' }).waitFor({ timeout: 10_000 });
    await expect(bali.getByTestId('consultation').filter({ hasText: 'E2E follow-up consultation on Misrata' }).getByTestId('consultation-close').count()).resolves.toBe(0);
    expect(await bali.evaluate(() => document.activeElement?.id)).toBe('room-consultations');
    expect(unexpected(errors)).toEqual([]);
  }, 90_000);

  it('a State requests seats matching the demo ferry, confirms the proposed match, and the offering State sees it live and confirms too', async () => {
    const alertId = await demoLibyaAlert(platform.url);
    const operationId = await ferryOperation(platform.url, alertId);
    const egBrowser = await launchChromium();
    try {
      const eg = await egBrowser.context.newPage();
      const egErrors = collectPageErrors(eg);
      await signInThroughForm(eg, platform.url, 'crisis.eg@accord.demo', `/crisis/alerts/${alertId}`);
      await eg.getByTestId('capacity-matches').waitFor({ timeout: 30_000 });
      if (await eg.getByTestId('capacity-matches-operation').count()) await eg.getByTestId('capacity-matches-operation').selectOption(operationId);

      const bd = await browser.context.newPage();
      const errors = collectPageErrors(bd);
      await signInThroughForm(bd, platform.url, 'crisis.bd@accord.demo', `/crisis/alerts/${alertId}`);
      const request = bd.getByTestId('capacity-request-form');
      await request.waitFor({ timeout: 30_000 });
      await request.getByTestId('capacity-request-operation').selectOption(operationId);
      if (await bd.getByTestId('capacity-matches-operation').count()) await bd.getByTestId('capacity-matches-operation').selectOption(operationId);
      await request.getByTestId('capacity-request-from').fill('Misrata');
      await request.getByTestId('capacity-request-to').fill('Benghazi');
      await request.getByTestId('capacity-request-earliest').fill(futureDate(1));
      await request.getByTestId('capacity-request-latest').fill(futureDate(4));
      // a nationality that is no ISO code: the server's words beside that passenger row
      await request.getByTestId('capacity-request-nationality-0').fill('b1');
      await request.getByTestId('capacity-request-count-0').fill('40');
      await request.getByTestId('capacity-request-submit').click();
      await expect(bd.locator('#cr-nat-0-err').textContent()).resolves.toContain('nationality');
      await request.getByTestId('capacity-request-nationality-0').fill('bd');
      await request.getByTestId('capacity-request-submit').click();
      await expect(request.getByTestId('capacity-request-done').textContent()).resolves.toContain('1');

      const proposed = (page: Page) => page.locator('[data-testid="capacity-match"][data-status="proposed"]').filter({ hasText: 'Misrata' }).filter({ hasText: 'seats: 40' });
      await proposed(bd).waitFor({ timeout: 10_000 });
      expect(await unlabelled(bd)).toEqual([]);
      expect(await seriousAxeViolations(bd)).toEqual([]);
      await bd.setViewportSize({ width: 360, height: 740 });
      expect(await horizontalOverflow(bd)).toBe(0);
      await bd.setViewportSize({ width: 1280, height: 900 });
      // the Egyptian crisis cell sees the new match without reloading
      await proposed(eg).waitFor({ timeout: 10_000 });

      await proposed(bd).getByTestId('capacity-match-confirm').click();
      // once it answered, Bangladesh has no buttons on that match any more; the answer is named beside it
      await proposed(bd).getByTestId('capacity-match-confirmed-by').filter({ hasText: 'Bangladesh' }).waitFor({ timeout: 10_000 });
      await expect(proposed(bd).getByTestId('capacity-match-confirm').count()).resolves.toBe(0);
      // Egypt was not told live of Bangladesh's half-confirmation (the push goes to the confirming party and the
      // concerned organisations only); its own confirmation completes the match, which Bangladesh sees live
      await proposed(eg).getByTestId('capacity-match-confirm').click();
      const confirmed = (page: Page) => page.locator('[data-testid="capacity-match"][data-status="confirmed"]').filter({ hasText: 'Misrata' }).filter({ hasText: 'seats: 40' });
      await confirmed(eg).waitFor({ timeout: 10_000 });
      await confirmed(bd).waitFor({ timeout: 10_000 });
      await screenshot(bd, 'j7-capacity-match-confirmed');
      expect(unexpected(errors)).toEqual([]);
      expect(unexpected(egErrors)).toEqual([]);
    } finally {
      await egBrowser.close();
    }
  }, 120_000);
  it('a State declines a proposed match; an agency matches the freed seats by hand, and a stale offer (someone else took seats) is refused with a refreshed list', async () => {
    const alertId = await demoLibyaAlert(platform.url);
    const operationId = await ferryOperation(platform.url, alertId);
    const iomApi = await new ApiClient(platform.url).signIn('crisis.iom@accord.demo');
    const offers = await iomApi.get<{ items: { id: string; from: string; organisationId: string }[] }>(`/api/evacuations/${operationId}/capacity/offers?pageSize=100`);
    const requests = await iomApi.get<{ items: { id: string; from: string; organisationId: string }[] }>(`/api/evacuations/${operationId}/capacity/requests?pageSize=100`);
    const charter = offers.body.items.find((o) => o.from === 'Djerba' && o.organisationId === 'agency-iom');
    const dhaka = requests.body.items.find((r) => r.from === 'Djerba' && r.organisationId === 'state-bd');
    if (!charter || !dhaka) throw new Error(`demo charter or request missing: ${JSON.stringify([offers.body, requests.body])}`);

    // Bangladesh declines the matcher's proposal on the IOM charter: the seats are free again
    const bd = await browser.context.newPage();
    const errors = collectPageErrors(bd);
    await signInThroughForm(bd, platform.url, 'crisis.bd@accord.demo', `/crisis/alerts/${alertId}`);
    await bd.getByTestId('capacity-matches').waitFor({ timeout: 30_000 });
    if (await bd.getByTestId('capacity-matches-operation').count()) await bd.getByTestId('capacity-matches-operation').selectOption(operationId);
    const charterMatch = bd.locator('[data-testid="capacity-match"][data-status="proposed"]').filter({ hasText: 'Djerba' }).filter({ hasText: 'seats: 320' });
    await charterMatch.getByTestId('capacity-match-decline').click();
    await bd.locator('[data-testid="capacity-match"][data-status="declined"]').filter({ hasText: 'seats: 320' }).waitFor({ timeout: 10_000 });

    const iom = await browser.context.newPage();
    const iomErrors = collectPageErrors(iom);
    await signInThroughForm(iom, platform.url, 'crisis.iom@accord.demo', `/crisis/alerts/${alertId}`);
    const form = iom.getByTestId('capacity-match-form');
    await form.waitFor({ timeout: 30_000 });
    if (await iom.getByTestId('capacity-matches-operation').count()) await iom.getByTestId('capacity-matches-operation').selectOption(operationId);
    await form.locator(`option[value="${charter.id}"]`).waitFor({ state: 'attached' });
    await form.getByTestId('capacity-match-offer').selectOption(charter.id);
    await form.getByTestId('capacity-match-request').selectOption(dhaka.id);
    await form.getByTestId('capacity-match-seats').fill('100');
    expect(await seriousAxeViolations(iom)).toEqual([]);

    // meanwhile another IOM officer takes 50 of those seats: the version the page saw is stale
    const other = await iomApi.post(`/api/evacuations/${operationId}/capacity/matches`, { offerId: charter.id, requestId: dhaka.id, seats: 50 });
    expect(other.status).toBe(201);
    await form.getByTestId('capacity-match-submit').click();
    await expect(form.getByTestId('capacity-match-form-error').textContent()).resolves.toContain('Someone else took these seats');
    await iom.locator('[data-testid="capacity-match"]').filter({ hasText: 'seats: 50' }).waitFor({ timeout: 10_000 });

    await form.getByTestId('capacity-match-submit').click();
    await form.getByTestId('capacity-match-done').waitFor();
    await iom.locator('[data-testid="capacity-match"][data-status="proposed"]').filter({ hasText: 'seats: 100' }).filter({ hasText: 'matched by an agency' }).waitFor({ timeout: 10_000 });
    await screenshot(iom, 'j7-capacity-manual-match');
    expect(unexpected(errors)).toEqual([]);
    expect(unexpected(iomErrors).filter((e) => !/status of 409/.test(e))).toEqual([]);
  }, 120_000);
});
