import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { COMMITMENT_STREAM } from '@accord/commitments/contracts';
import { EventEnvelope, newEnvelope } from '@accord/shared/contracts';
import { ManualClock } from '@accord/shared/kernel';
import { UnitOfWork } from '@accord/shared/messaging';
import { HttpClient, startTestApp, TestApp } from '@accord/shared/service-testing';
import { databaseKinds, eventually } from '@accord/shared/testing';
import { verifyWebhookSignature } from '@accord/subscriptions/domain';
import { subscriptionsMigrations } from '../index';
import { HostResolver } from './webhooks/host-resolver';
import { DeliveryView, Page, WebhookView } from './subscription-views';
import { SubscriptionsModule } from './subscriptions.module';

const bangladesh = { id: 'state-bd', name: 'Bangladesh', kind: 'state', country: 'BD' };
const canada = { id: 'state-ca', name: 'Canada', kind: 'state', country: 'CA' };
const HOUR = 3_600_000;

interface Received {
  body: string;
  eventId: string;
  signature: string;
  signatureOk: boolean;
}

/** A national tracker's receiver: checks every signature, answers 500 to the first `failFirst` requests. */
class Receiver {
  readonly received: Received[] = [];
  secret = '';
  failFirst = 0;
  private server: Server | null = null;

  async start(): Promise<string> {
    this.server = createServer((req: IncomingMessage, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const signature = String(req.headers['accord-signature'] ?? '');
        const signatureOk = verifyWebhookSignature(this.secret, signature, body, Math.floor(Date.now() / 1000));
        this.received.push({ body, eventId: String(req.headers['accord-event-id'] ?? ''), signature, signatureOk });
        res.statusCode = !signatureOk ? 401 : this.received.length <= this.failFirst ? 500 : 204;
        res.end();
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks/accord`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

jest.setTimeout(60_000);

describe.each(databaseKinds())('webhooks: signed, retried, logged (%s)', (kind) => {
  let t: TestApp;
  let bd: HttpClient;
  let ca: HttpClient;
  let receiverUrl: string;
  let webhookId: string;
  const receiver = new Receiver();
  const clock = new ManualClock(new Date('2026-11-28T10:00:00Z'));
  const commitmentId = randomUUID();
  const boot = async (database?: TestApp['db']) => {
    t = await startTestApp(kind, { serviceName: 'subscriptions-test', imports: [SubscriptionsModule], entities: [], migrations: subscriptionsMigrations, clock, database });
    bd = new HttpClient(t.app, t.tokenFor(bangladesh));
    ca = new HttpClient(t.app, t.tokenFor(canada));
  };
  const publish = (envelopes: EventEnvelope[]) => t.app.get(UnitOfWork).run(async () => t.app.get(UnitOfWork).collect(envelopes));
  const statusChanged = (version: number, id = commitmentId) =>
    newEnvelope({
      type: 'CommitmentStatusChanged',
      version: 1,
      stream: COMMITMENT_STREAM,
      aggregateId: id,
      aggregateVersion: version,
      payload: { commitmentId: id, from: 'pledged', to: 'in_progress', reason: null, changedAt: '2026-11-28T10:00:00.000Z' },
      actor: { personId: 'person-state-bd', organisationId: 'state-bd' },
    });
  const deliveries = async () => (await bd.get<Page<DeliveryView>>(`/api/webhooks/${webhookId}/deliveries`)).body;

  beforeAll(async () => {
    process.env['ACCORD_WEBHOOK_ALLOW_HTTP_LOCAL'] = 'true';
    process.env['ACCORD_WEBHOOK_DISPATCH_MS'] = '50';
    process.env['ACCORD_WEBHOOK_BACKOFF_MS'] = String(HOUR);
    process.env['ACCORD_WEBHOOK_MAX_ATTEMPTS'] = '5';
    // A lasting key: a restarted instance must open the secrets the first one sealed.
    process.env['ACCORD_WEBHOOK_KEYS'] = `k1:${randomBytes(32).toString('base64')}`;
    receiverUrl = await receiver.start();
    await boot();
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await t?.db.drop();
    await receiver.stop();
    delete process.env['ACCORD_WEBHOOK_ALLOW_HTTP_LOCAL'];
    delete process.env['ACCORD_WEBHOOK_KEYS'];
  });

  it('a focal point registers a webhook and sees its secret once', async () => {
    const res = await bd.post<{ id: string; version: number; secret: string }>('/api/webhooks', { url: receiverUrl, filter: { streams: [COMMITMENT_STREAM], targets: [{ kind: 'commitment', id: commitmentId }] } });
    expect(res).toEqual({ status: 201, body: { id: expect.any(String), version: 1, secret: expect.stringMatching(/^whsec_[A-Za-z0-9_-]{32}$/) } });
    webhookId = res.body.id;
    receiver.secret = res.body.secret;
    const list = (await bd.get<Page<WebhookView>>('/api/webhooks')).body;
    expect(list).toEqual({ items: [expect.objectContaining({ id: webhookId, url: receiverUrl, active: true })], total: 1, page: 1, pageSize: 20 });
    expect(JSON.stringify(list)).not.toContain(res.body.secret);
    expect(JSON.stringify((await bd.get(`/api/webhooks/${webhookId}`)).body)).not.toContain(res.body.secret);
    const stored = (await t.ds.query(`SELECT secret, secret_key_id FROM subscriptions.webhook WHERE id = $1`, [webhookId])) as { secret: string; secret_key_id: string }[];
    expect(stored).toEqual([{ secret: expect.not.stringContaining(res.body.secret), secret_key_id: 'k1' }]);
    const events = (await t.ds.query(`SELECT type, envelope::text AS payload FROM messaging.outbox_message`)) as { type: string; payload: string }[];
    expect(events.map((e) => e.type)).toEqual(['WebhookRegistered']);
    expect(events[0].payload).not.toContain('127.0.0.1');
  });

  it('signs each delivery; fails twice (500), is retried with backoff and succeeds on the third attempt', async () => {
    receiver.failFirst = 2;
    await publish([statusChanged(2)]);
    await eventually(() => receiver.received.length === 1 || null);
    const afterFirst = await eventually(async () => {
      const d = (await deliveries()).items[0];
      return d?.attempts === 1 && d.lastStatus === 500 ? d : null;
    });
    expect(afterFirst).toEqual(expect.objectContaining({ status: 'pending', lastError: 'HTTP 500', eventType: 'CommitmentStatusChanged' }));
    // Backoff is persisted: nothing more happens until the clock reaches next_attempt_at.
    expect(new Date(afterFirst.nextAttemptAt ?? 0).getTime() - clock.now().getTime()).toBeGreaterThanOrEqual(HOUR / 2);
    await new Promise((r) => setTimeout(r, 300));
    expect(receiver.received).toHaveLength(1);

    clock.advance(HOUR + 1);
    await eventually(() => receiver.received.length === 2 || null);
    await eventually(async () => (await deliveries()).items[0]?.attempts === 2 || null);
    clock.advance(2 * HOUR + 1);
    const done = await eventually(async () => {
      const d = (await deliveries()).items[0];
      return d?.status === 'succeeded' ? d : null;
    });
    expect(done).toEqual(expect.objectContaining({ attempts: 3, lastStatus: 204, lastError: null, nextAttemptAt: null }));
    expect(receiver.received).toHaveLength(3);
    expect(receiver.received.every((r) => r.signatureOk)).toBe(true);
    const body = JSON.parse(receiver.received[2].body) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['aggregateId', 'data', 'id', 'occurredAt', 'type']);
    expect(body).toEqual(expect.objectContaining({ type: 'CommitmentStatusChanged', aggregateId: commitmentId, id: receiver.received[2].eventId }));
  });

  it('events outside the filter are not queued', async () => {
    const elsewhere = randomUUID();
    await publish([statusChanged(2, elsewhere), statusChanged(3)]);
    await eventually(async () => (await deliveries()).total === 2 || null);
    await eventually(async () => ((await t.ds.query(`SELECT count(*)::int AS n FROM messaging.inbox_message WHERE consumer = 'subscriptions.webhook-deliveries'`)) as { n: number }[])[0].n === 3 || null);
    expect((await t.ds.query(`SELECT count(*)::int AS n FROM subscriptions.delivery`))[0].n).toBe(2);
  });

  it('survives a restart mid-retry: the next instance picks the delivery up, a succeeded one is never sent again', async () => {
    receiver.failFirst = receiver.received.length + 1;
    const start = receiver.received.length;
    const retried = statusChanged(4);
    await publish([retried]);
    await eventually(async () => (await deliveries()).items.some((d) => d.status === 'pending' && d.attempts === 1 && d.lastStatus === 500) || null);
    await eventually(async () => (await deliveries()).items.filter((d) => d.status === 'succeeded').length === 2 || null);
    const db = t.db;
    await t.close();
    await boot(db);
    clock.advance(HOUR + 1);
    await eventually(async () => (await deliveries()).items.filter((d) => d.status === 'succeeded').length === 3 || null);
    await new Promise((r) => setTimeout(r, 300));
    // Only the retried event arrived again: the two already succeeded deliveries were not re-sent by the new instance.
    expect(receiver.received.slice(start).map((r) => r.eventId)).toEqual([retried.eventId, retried.eventId]);
    expect((await deliveries()).items.find((d) => d.eventId === retried.eventId)).toEqual(expect.objectContaining({ status: 'succeeded', attempts: 2, lastStatus: 204 }));
  });

  it('re-sends a delivery on request', async () => {
    const before = receiver.received.length;
    const delivery = (await deliveries()).items.find((d) => d.status === 'succeeded');
    const res = await bd.post(`/api/webhooks/${webhookId}/deliveries/${delivery?.id}/resend`, {});
    expect(res).toEqual({ status: 202, body: { id: delivery?.id, status: 'pending' } });
    await eventually(() => receiver.received.length === before + 1 || null);
    await eventually(async () => (await deliveries()).items.find((d) => d.id === delivery?.id)?.status === 'succeeded' || null);
  });

  it('another organisation cannot list, change or re-send your webhooks; no token is 401', async () => {
    const deliveryId = (await deliveries()).items[0].id;
    expect((await ca.get<Page<WebhookView>>('/api/webhooks')).body.total).toBe(0);
    expect((await ca.get(`/api/webhooks/${webhookId}`)).status).toBe(404);
    expect((await ca.get(`/api/webhooks/${webhookId}/deliveries`)).status).toBe(404);
    expect((await ca.post(`/api/webhooks/${webhookId}/status`, { active: false })).status).toBe(404);
    expect((await ca.post(`/api/webhooks/${webhookId}/deliveries/${deliveryId}/resend`, {})).status).toBe(404);
    expect((await bd.get<WebhookView>(`/api/webhooks/${webhookId}`)).body.active).toBe(true);
    const anonymous = new HttpClient(t.app);
    expect((await anonymous.get('/api/webhooks')).status).toBe(401);
    expect((await anonymous.post('/api/webhooks', { url: receiverUrl })).status).toBe(401);
    const citizen = new HttpClient(t.app, t.tokenFor(bangladesh, ['consular_officer']));
    expect((await citizen.get('/api/webhooks')).status).toBe(403);
  });

  it('the owner pauses a webhook (WebhookStatusChanged) and it receives nothing while paused', async () => {
    const res = await bd.post<{ active: boolean }>(`/api/webhooks/${webhookId}/status`, { active: false });
    expect(res).toEqual({ status: 200, body: { id: webhookId, version: 2, active: false } });
    const total = (await deliveries()).total;
    await publish([statusChanged(5)]);
    await eventually(async () => ((await t.ds.query(`SELECT count(*)::int AS n FROM messaging.inbox_message WHERE consumer = 'subscriptions.webhook-deliveries'`)) as { n: number }[])[0].n === 5 || null);
    expect((await deliveries()).total).toBe(total);
  });

  it('gives up after the last attempt (failed, kept in the log); a re-send starts over', async () => {
    expect((await bd.post(`/api/webhooks/${webhookId}/status`, { active: true })).status).toBe(200);
    receiver.failFirst = Number.MAX_SAFE_INTEGER;
    const doomed = statusChanged(6);
    await publish([doomed]);
    const ofDoomed = async () => (await deliveries()).items.find((d) => d.eventId === doomed.eventId);
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await eventually(async () => (await ofDoomed())?.attempts === attempt || null);
      clock.advance(24 * HOUR);
    }
    expect(await eventually(async () => ((await ofDoomed())?.status === 'failed' ? ofDoomed() : null))).toEqual(
      expect.objectContaining({ status: 'failed', attempts: 5, lastStatus: 500, lastError: 'HTTP 500', nextAttemptAt: null }),
    );
    const before = receiver.received.length;
    await new Promise((r) => setTimeout(r, 300));
    expect(receiver.received.length).toBe(before);
    expect((await bd.get<Page<DeliveryView>>(`/api/webhooks/${webhookId}/deliveries?status=failed`)).body.total).toBe(1);
    receiver.failFirst = 0;
    const id = (await ofDoomed())?.id;
    expect((await bd.post(`/api/webhooks/${webhookId}/deliveries/${id}/resend`, {})).status).toBe(202);
    expect(await eventually(async () => ((await ofDoomed())?.status === 'succeeded' ? ofDoomed() : null))).toEqual(expect.objectContaining({ attempts: 1, lastStatus: 204 }));
  });

  it('the owner rotates the secret: shown once, deliveries from then on signed with it and not the old one; another organisation gets 404', async () => {
    const old = receiver.secret;
    expect((await ca.post(`/api/webhooks/${webhookId}/secret`, {})).status).toBe(404);
    const version = (await bd.get<WebhookView>(`/api/webhooks/${webhookId}`)).body.version;
    const res = await bd.post<{ id: string; version: number; secret: string }>(`/api/webhooks/${webhookId}/secret`, {});
    expect(res).toEqual({ status: 200, body: { id: webhookId, version: version + 1, secret: expect.stringMatching(/^whsec_[A-Za-z0-9_-]{32}$/) } });
    expect(res.body.secret).not.toBe(old);
    receiver.secret = res.body.secret;
    const next = statusChanged(7);
    await publish([next]);
    const got = await eventually(() => receiver.received.find((r) => r.eventId === next.eventId));
    expect(got.signatureOk).toBe(true);
    expect(verifyWebhookSignature(old, got.signature, got.body, Math.floor(Date.now() / 1000))).toBe(false);
    const events = (await t.ds.query(`SELECT envelope::text AS envelope FROM messaging.outbox_message WHERE type = 'WebhookSecretRotated'`)) as { envelope: string }[];
    expect(events).toHaveLength(1);
    expect(events[0].envelope).not.toContain(res.body.secret);
    expect(JSON.stringify((await bd.get(`/api/webhooks/${webhookId}`)).body)).not.toContain(res.body.secret);
  });

  describe('refuses addresses a webhook must never reach (400 naming url)', () => {
    const refused = async (url: string) => {
      const res = await bd.post<{ fields?: { field: string }[] }>('/api/webhooks', { url });
      return res.status === 400 && (res.body.fields ?? []).some((f) => f.field === 'url');
    };

    it.each(['https://169.254.169.254/latest/meta-data', 'https://10.1.2.3/hook', 'https://192.168.0.10/hook', 'http://10.1.2.3/hook', 'https://[fd00:ec2::254]/'])('%s', async (url) => {
      expect(await refused(url)).toBe(true);
    });

    it('127.0.0.1 without the local flag (http, and https too)', async () => {
      process.env['ACCORD_WEBHOOK_ALLOW_HTTP_LOCAL'] = 'false';
      try {
        expect(await refused(receiverUrl)).toBe(true);
        expect(await refused(receiverUrl.replace('http:', 'https:'))).toBe(true);
        expect(await refused('https://[::1]/hook')).toBe(true);
        expect(await refused('https://localhost/hook')).toBe(true);
      } finally {
        process.env['ACCORD_WEBHOOK_ALLOW_HTTP_LOCAL'] = 'true';
      }
    });

    it('a host name that resolves to loopback, or to any private address among public ones', async () => {
      const dns: Record<string, string[]> = { 'loopback.example.test': ['127.0.0.1'], 'mixed.example.test': ['93.184.216.34', '10.0.0.7'], 'public.example.test': ['93.184.216.34'] };
      const spy = jest.spyOn(t.app.get(HostResolver), 'lookup').mockImplementation(async (host: string) => dns[host] ?? []);
      try {
        expect(await refused('https://loopback.example.test/hook')).toBe(true);
        expect(await refused('https://mixed.example.test/hook')).toBe(true);
        expect(await refused('https://nowhere.example.test/hook')).toBe(true);
        expect((await bd.post('/api/webhooks', { url: 'https://public.example.test/hook' })).status).toBe(201);
      } finally {
        spy.mockRestore();
      }
    });

    it('names the filter field it refuses (never a private stream)', async () => {
      const res = await bd.post<{ fields?: { field: string }[] }>('/api/webhooks', { url: receiverUrl, filter: { streams: ['accord.consular.request'] } });
      expect(res.status).toBe(400);
      expect(res.body.fields).toEqual([expect.objectContaining({ field: 'filter.streams' })]);
    });
  });
});
