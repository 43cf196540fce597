import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Page } from 'playwright-core';
import { CHROMIUM_PATH } from '@accord/portal/testing';

const ROOT = join(__dirname, '..', '..', '..', '..', '..');
export const SCREENSHOTS = join(ROOT, 'test-output', 'screenshots');
export const DEMO_PASSWORD = process.env['ACCORD_DEMO_PASSWORD'] ?? 'accord-demo-2016';

/**
 * `describe`, or `describe.skip` with a warning when there is no chromium on this machine — unless
 * ACCORD_REQUIRE_CHROMIUM=true (CI), where a missing browser must fail the run instead of hiding it.
 */
export function describeWithChromium(name: string, body: () => void): void {
  if (existsSync(CHROMIUM_PATH)) return describe(name, body);
  if (process.env['ACCORD_REQUIRE_CHROMIUM'] === 'true') {
    describe(name, () => it('needs chromium', () => {
      throw new Error(`ACCORD_REQUIRE_CHROMIUM=true but ${CHROMIUM_PATH} is missing`);
    }));
    return;
  }
  console.warn(`${name}: skipped, ${CHROMIUM_PATH} is missing (set ACCORD_CHROMIUM or install chromium)`);
  // Skipped only on a machine without chromium and outside CI (CI requires it, see above).
  describe.skip(name, body);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Signs in through the portal's own form, the way a person does. */
export async function signInThroughForm(page: Page, baseUrl: string, email: string, returnUrl = '/'): Promise<void> {
  await page.goto(`${baseUrl}/sign-in?returnUrl=${encodeURIComponent(returnUrl)}`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('person-name').waitFor();
}

/** Fails the test on any page error or console error the portal logs. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}

export function futureDate(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}
