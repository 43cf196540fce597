import { createHmac } from 'node:crypto';
import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { LaunchedChromium, launchChromium } from '@accord/portal/testing';
import { PlatformProcess, startPlatform } from '../support/platform-process';
import { collectPageErrors, describeWithChromium, screenshot, signInThroughForm } from './support/browser-suite';

interface Received {
  readonly signature: string;
  readonly body: string;
}

/** A receiver on 127.0.0.1 (allowed by ACCORD_WEBHOOK_ALLOW_HTTP_LOCAL in this platform only). */
async function startReceiver(received: Received[]): Promise<{ url: string; server: Server }> {
  const server = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      received.push({ signature: String(req.headers['accord-signature'] ?? ''), body });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, server };
}

async function api(url: string, token: string | null, method: string, path: string, body?: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

describeWithChromium('The workspace in the browser: follow a commitment, be told live, and send its events to a webhook', () => {
  let platform: PlatformProcess;
  let browser: LaunchedChromium;
  const received: Received[] = [];
  let receiver: { url: string; server: Server };

  beforeAll(async () => {
    [platform, browser, receiver] = await Promise.all([startPlatform('embedded', { ACCORD_WEBHOOK_ALLOW_HTTP_LOCAL: 'true' }), launchChromium(), startReceiver(received)]);
  }, 100_000);

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
    receiver?.server.close();
  });

  it('follows, lists, notifies live, registers a webhook (secret shown once), logs its signed delivery and replaces its secret', async () => {
    const bd = (await api(platform.url, null, 'POST', '/api/auth/sign-in', { email: 'focal.bd@accord.demo', password: 'accord-demo-2016' })).body['accessToken'] as string;
    const logged = await api(platform.url, bd, 'POST', '/api/commitments', {
      title: `G2G recruitment to Malaysia at cost ${Date.now()}`,
      description: 'Bangladesh recruits through its government-to-government channel, capping what workers pay.',
      gcmObjectives: [6],
      sdgTargets: ['10.7'],
      indicator: 'Average recruitment cost per worker',
      baseline: '2.6 months of wages',
      targetValue: '1 month of wages',
      dueDate: `${new Date().getUTCFullYear() + 2}-12-31`,
    });
    expect(logged.status).toBe(201);
    const commitmentId = logged.body['id'] as string;
    const report = async (percent: number) => {
      const r = await api(platform.url, bd, 'POST', `/api/commitments/${commitmentId}/progress`, { percent, narrative: `Reached ${percent} %`, evidenceLevel: 'case_study' });
      expect(r.status).toBe(201);
    };

    const page = await browser.context.newPage();
    const errors = collectPageErrors(page);
    await signInThroughForm(page, platform.url, 'focal.my@accord.demo', `/commitments/${commitmentId}`);
    const follow = page.getByTestId('follow-button').first();
    await follow.click();
    await page.locator('[data-testid="follow-button"][aria-pressed="true"]').first().waitFor();

    await page.goto(`${platform.url}/workspace`);
    await page.locator('[data-testid="followed"][data-kind="commitment"]').first().waitFor();
    await report(40);
    // Live: the news arrives on the open page without a reload.
    await page.locator('[data-testid="follow-notification"][data-type="CommitmentProgressReported"]').first().waitFor({ timeout: 10_000 });
    await screenshot(page, 'workspace-follow-news');

    await page.goto(`${platform.url}/workspace/webhooks`);
    await page.getByTestId('webhook-form').waitFor();
    await page.getByTestId('webhook-url').fill(receiver.url);
    await page.getByTestId('webhook-form').getByRole('button').last().click();
    const secret = (await page.getByTestId('webhook-secret-value').textContent())?.trim() ?? '';
    expect(secret.length).toBeGreaterThan(20);
    await page.locator('[data-testid="webhook"][data-active="true"]').waitFor();

    await report(70);
    const deadline = Date.now() + 15_000;
    while (!received.some((r) => r.body.includes(commitmentId)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const delivery = received.find((r) => r.body.includes(commitmentId));
    expect(JSON.parse(delivery?.body ?? '{}')).toMatchObject({ type: 'CommitmentProgressReported', aggregateId: commitmentId, data: { percent: 70 } });
    // The receiver can check it came from Accord with the secret it was shown once.
    const [t, v1] = (delivery?.signature ?? '').split(',').map((part) => part.split('=')[1]);
    expect(v1).toBe(createHmac('sha256', secret).update(`${t}.${delivery?.body}`).digest('hex'));

    // The log is read when asked for (not pushed): ask again until the dispatcher has marked it.
    const succeeded = page.locator('[data-testid="delivery"][data-status="succeeded"]').first();
    for (let i = 0; i < 20 && !(await succeeded.isVisible()); i++) {
      await page.getByTestId('webhook').getByRole('button').last().click();
      await page.getByTestId('deliveries').waitFor();
      await new Promise((r) => setTimeout(r, 250));
    }
    await succeeded.waitFor({ timeout: 2_000 });
    await screenshot(page, 'workspace-webhook-deliveries');

    // A leaked secret: replace it (asked first); the new one is shown once and signs what follows, the old one no longer does.
    await page.getByTestId('webhook-rotate').click();
    await page.getByTestId('webhook-rotate-confirm').waitFor();
    await screenshot(page, 'workspace-webhook-rotate-confirm');
    await page.getByTestId('webhook-rotate-now').click();
    await page.getByTestId('webhook-secret-value').filter({ hasNotText: secret }).waitFor();
    const rotated = (await page.getByTestId('webhook-secret-value').textContent())?.trim() ?? '';
    expect(rotated).toMatch(/^whsec_/);
    await report(90);
    const after = Date.now() + 15_000;
    const ofNinety = () => received.find((r) => r.body.includes(commitmentId) && r.body.includes('"percent":90'));
    while (!ofNinety() && Date.now() < after) await new Promise((r) => setTimeout(r, 100));
    const [t2, v2] = (ofNinety()?.signature ?? '').split(',').map((part) => part.split('=')[1]);
    expect(v2).toBe(createHmac('sha256', rotated).update(`${t2}.${ofNinety()?.body}`).digest('hex'));
    expect(v2).not.toBe(createHmac('sha256', secret).update(`${t2}.${ofNinety()?.body}`).digest('hex'));
    expect(errors).toEqual([]);
  }, 90_000);
});
