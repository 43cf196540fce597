import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Page } from 'playwright-core';
import { LaunchedChromium, launchChromium } from '@accord/portal/testing';
import { ApiClient } from '../support/api-client';
import { PlatformProcess, startPlatform } from '../support/platform-process';
import { AxeFinding, focusIsVisible, horizontalOverflow, seriousAxeViolations, tabTo } from './support/accessibility';
import { SCREENSHOTS, collectPageErrors, describeWithChromium, futureDate, screenshot, signInThroughForm } from './support/browser-suite';

const TRANSLATIONS = join(__dirname, '..', '..', '..', '..', 'libs', 'portal', 'i18n', 'src', 'lib', 'translations');
type Words = Record<string, Record<string, unknown>>;
const words = (lang: string): Words => JSON.parse(readFileSync(join(TRANSLATIONS, `${lang}.json`), 'utf8'));
const ar = words('ar');
const fr = words('fr');
const text = (w: Words, ns: string, key: string) => w[ns][key] as string;

interface Page1<T> { items: T[] }

async function firstPublicCommitment(baseUrl: string): Promise<string> {
  const board = await new ApiClient(baseUrl).get<Page1<{ id: string }>>('/api/commitments?pageSize=1');
  if (!board.body.items?.[0]) throw new Error(`the demo board is empty: ${JSON.stringify(board.body)}`);
  return board.body.items[0].id;
}

async function openAlert(baseUrl: string): Promise<string> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const alerts = await new ApiClient(baseUrl).get<Page1<{ id: string }>>('/api/crisis-room/alerts?status=open');
    if (alerts.body.items?.[0]) return alerts.body.items[0].id;
    if (Date.now() > deadline) throw new Error('no open alert in the demo world');
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Opens a page in a language and waits until its heading and data are there. */
async function open(page: Page, baseUrl: string, path: string, lang: 'en' | 'ar'): Promise<void> {
  await page.goto(`${baseUrl}${lang === 'en' ? '' : `/${lang}`}${path}`);
  await page.locator('main h1').first().waitFor({ timeout: 15_000 });
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), undefined, { timeout: 10_000 }).catch(() => undefined);
  await page.waitForTimeout(300); // lazy sections (assessments on a commitment) settle
}

/** Every listed page, in English and Arabic: axe (serious/critical), then sideways scrolling at 360 × 740. */
async function auditPages(page: Page, baseUrl: string, paths: readonly string[], tag: string): Promise<{ axe: Record<string, AxeFinding[]>; overflow: Record<string, number> }> {
  const axe: Record<string, AxeFinding[]> = {};
  const overflow: Record<string, number> = {};
  for (const lang of ['en', 'ar'] as const) {
    for (const path of paths) {
      await page.setViewportSize({ width: 1280, height: 900 });
      await open(page, baseUrl, path, lang);
      const found = await seriousAxeViolations(page);
      if (found.length) axe[`${lang} ${path}`] = found;
      await page.setViewportSize({ width: 360, height: 740 });
      await page.waitForTimeout(150);
      const wider = await horizontalOverflow(page);
      if (wider > 0) overflow[`${lang} ${path}`] = wider;
    }
  }
  await page.setViewportSize({ width: 360, height: 740 });
  await open(page, baseUrl, paths[0], 'ar');
  await screenshot(page, `a11y-${tag}-ar-360`);
  return { axe, overflow };
}

describeWithChromium('A portal for everyone: six languages, Arabic right to left, axe, keyboard, 360 px', () => {
  let platform: PlatformProcess;
  let chromium: LaunchedChromium;
  let commitmentId: string;
  let alertId: string;

  beforeAll(async () => {
    // ACCORD_E2E_PORTAL_DIR: test a portal build kept aside, when others rebuild dist/apps/portal meanwhile.
    [platform, chromium] = await Promise.all([startPlatform('embedded', process.env['ACCORD_E2E_PORTAL_DIR'] ? { ACCORD_PORTAL_DIR: process.env['ACCORD_E2E_PORTAL_DIR'] } : {}), launchChromium()]);
    [commitmentId, alertId] = await Promise.all([firstPublicCommitment(platform.url), openAlert(platform.url)]);
  }, 120_000);

  afterAll(async () => {
    await chromium?.close();
    await platform?.stop();
  });

  it('switches to Arabic in place: address, <html lang dir>, mirrored layout, words; a French link opens in French', async () => {
    const page = await chromium.context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(platform.url);
    await page.getByTestId('board-item').first().waitFor();
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

    await page.getByTestId('language-ar').click();
    await page.waitForFunction(() => document.documentElement.lang === 'ar');
    expect(new URL(page.url()).pathname).toBe('/ar/');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await page.locator('main h1').first().textContent()).toBe(text(ar, 'board', 'heading'));
    expect((await page.locator('nav.nav a[href="/ar/"]').textContent())?.trim()).toBe(text(ar, 'shell', 'board'));
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true); // no reload
    // Mirrored: the brand sits at the right edge, the session controls at the left.
    const brand = await page.locator('.brand').boundingBox();
    const session = await page.getByTestId('session').boundingBox();
    // Right to left: the brand stands right of the session menu.
    expect(brand?.x ?? Number.NaN).toBeGreaterThan(session?.x ?? Number.NaN);
    expect(await page.getByTestId('language-switcher').getAttribute('aria-label')).toBe(text(ar, 'i18n', 'language'));
    await screenshot(page, 'i18n-board-ar-rtl');

    // Links keep the language: the local actions page opens at /ar/local-actions.
    await page.locator('nav.nav a[href="/ar/local-actions"]').click();
    await page.waitForURL(/\/ar\/local-actions$/);
    await expect(page.locator('main h1').first().textContent()).resolves.toBe((ar['localActions']['feed'] as Record<string, string>)['heading']);
    await screenshot(page, 'i18n-local-actions-ar-rtl');

    // A shared French address opens in French, left to right, numbers and dates the French way.
    await page.goto(`${platform.url}/fr/`);
    await page.getByTestId('board-item').first().waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['fr', 'ltr']);
    expect(await page.locator('main h1').first().textContent()).toBe(text(fr, 'board', 'heading'));
    await screenshot(page, 'i18n-board-fr');

    // Back to English from the switcher: the page keeps its place, the prefix goes.
    await page.getByTestId('language-en').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(new URL(page.url()).pathname).toBe('/');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('passes axe (no serious or critical violation) in English and Arabic on every public page, none scrolls sideways at 360 px', async () => {
    const page = await chromium.context.newPage();
    const paths = ['/', `/commitments/${commitmentId}`, '/local-actions', '/follow-up/scorecards', '/crisis', `/crisis/alerts/${alertId}`, '/sign-in'];
    const { axe, overflow } = await auditPages(page, platform.url, paths, 'public');
    expect(axe).toEqual({});
    expect(overflow).toEqual({});
    await page.close();
  }, 120_000);

  it('takes a focal point through J1 with the keyboard alone: sign in, log a commitment, report progress', async () => {
    const page = await chromium.context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${platform.url}/sign-in?returnUrl=${encodeURIComponent('/workspace')}`);
    await page.locator('#si-email').waitFor();

    await tabTo(page, '#si-email');
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.type('focal.bd@accord.demo');
    await tabTo(page, '#si-password');
    await page.keyboard.type(process.env['ACCORD_DEMO_PASSWORD'] ?? 'accord-demo-2016');
    await page.keyboard.press('Enter');
    await page.getByTestId('person-name').waitFor();
    await page.waitForURL(/\/workspace$/);

    await tabTo(page, 'main a[href="/commitments/new"]');
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByTestId('new-commitment-form').waitFor();
    const title = `Keyboard-only commitment ${Date.now()}`;
    await tabTo(page, '#nc-title');
    await page.keyboard.type(title);
    await tabTo(page, '#nc-description');
    await page.keyboard.type('Logged without a mouse.');
    await tabTo(page, 'input[name="gcm"][value="6"]');
    await page.keyboard.press('Space');
    await tabTo(page, '#nc-dueDate');
    const due = futureDate(400); // yyyy-mm-dd; Chromium's en-US date field takes mm, dd, yyyy
    await page.keyboard.type(`${due.slice(5, 7)}${due.slice(8, 10)}${due.slice(0, 4)}`);
    expect(await page.locator('#nc-dueDate').inputValue()).toBe(due);
    await tabTo(page, '[data-testid="new-commitment-form"] button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.getByTestId('commitment').waitFor();
    await expect(page.locator('h1').textContent()).resolves.toBe(title);

    await tabTo(page, '#rp-percent');
    await page.keyboard.type('40');
    await tabTo(page, '#rp-narrative');
    await page.keyboard.type('Fee cap adopted, reported by keyboard.');
    await tabTo(page, '[data-testid="report-progress-form"] button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="commitment"][data-status="in_progress"]').waitFor({ timeout: 5_000 });
    await screenshot(page, 'a11y-j1-keyboard-done');
    expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
    await page.close();
  }, 90_000);

  it('passes axe in English and Arabic on the signed-in pages, none scrolls sideways at 360 px', async () => {
    const page = await chromium.context.newPage();
    await signInThroughForm(page, platform.url, 'focal.bd@accord.demo');
    const paths = ['/workspace', '/commitments/new', '/follow-up', '/local-actions/new', `/crisis/alerts/${alertId}`];
    const { axe, overflow } = await auditPages(page, platform.url, paths, 'signed-in');
    expect(axe).toEqual({});
    expect(overflow).toEqual({});
    console.log(`screenshots in ${SCREENSHOTS}`);
    await page.close();
  }, 120_000);
});
