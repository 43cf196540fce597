import { Page } from 'playwright-core';
import { ApiClient } from '../../support/api-client';

interface AlertPage {
  items: { id: string; country: string; headline: string }[];
}

/** The demo's open Libya alert, on which the civil society monitors already file. */
export async function demoLibyaAlert(baseUrl: string): Promise<string> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const alerts = await new ApiClient(baseUrl).get<AlertPage>('/api/crisis-room/alerts?status=open');
    const libya = alerts.body.items.find((a) => a.country === 'LY');
    if (libya) return libya.id;
    if (Date.now() > deadline) throw new Error(`no open Libya alert in the demo world: ${JSON.stringify(alerts.body)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

interface CapacityRoutes {
  items: { operationId: string; from: string; to: string }[];
}

/** The operation the demo's Egyptian ferry out of Misrata belongs to, as Bangladesh's crisis cell reads it. */
export async function ferryOperation(baseUrl: string, alertId: string): Promise<string> {
  const bd = await new ApiClient(baseUrl).signIn('crisis.bd@accord.demo');
  const deadline = Date.now() + 30_000;
  for (;;) {
    const res = await bd.get<CapacityRoutes>(`/api/crisis-room/alerts/${alertId}/capacity?pageSize=50`);
    const ferry = res.status === 200 ? res.body.items.find((r) => r.from === 'Misrata' && r.to === 'Benghazi') : undefined;
    if (ferry) return ferry.operationId;
    if (Date.now() > deadline) throw new Error(`the demo ferry never appeared: ${res.status} ${JSON.stringify(res.body)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Tomorrow at 10:00 as a datetime-local value. */
export function tomorrowLocal(): string {
  const d = new Date(Date.now() + 86_400_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T10:00`;
}

/** Expected 400 answers are logged by Chromium as resource errors; anything else fails the test. */
export const unexpected = (errors: string[]) => errors.filter((e) => !/Failed to load resource: the server responded with a status of 4(00|22)/.test(e));

export const unlabelled = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLInputElement>('input, select, textarea'))
      .filter((e) => !e.labels?.length && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby'))
      .map((e) => e.outerHTML.slice(0, 120)),
  );
