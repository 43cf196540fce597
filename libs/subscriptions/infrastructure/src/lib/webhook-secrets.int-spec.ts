import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { COMMITMENT_STREAM } from '@accord/commitments/contracts';
import { newEnvelope } from '@accord/shared/contracts';
import { ManualClock } from '@accord/shared/kernel';
import { UnitOfWork } from '@accord/shared/messaging';
import { startTestApp, TestApp } from '@accord/shared/service-testing';
import { databaseKinds, eventually } from '@accord/shared/testing';
import { verifyWebhookSignature } from '@accord/subscriptions/domain';
import { subscriptionsMigrations } from '../index';
import { SubscriptionsModule } from './subscriptions.module';
import { WebhookSecretCipher } from './webhooks/webhook-secret.cipher';
import { WebhookSecrets } from './webhooks/webhook-secrets';

const bangladesh = { id: 'state-bd', name: 'Bangladesh', kind: 'state', country: 'BD' };
const k1 = `k1:${randomBytes(32).toString('base64')}`;
const k2 = `k2:${randomBytes(32).toString('base64')}`;

interface Row {
  id: string;
  secret: string;
  secret_key_id: string | null;
}

jest.setTimeout(60_000);

describe.each(databaseKinds())('webhook secrets are sealed at rest (%s)', (kind) => {
  let t: TestApp;
  let server: Server;
  let receiverUrl = '';
  const received: { eventId: string; signature: string; body: string }[] = [];
  const clock = new ManualClock(new Date('2026-11-28T10:00:00Z'));
  const commitmentId = randomUUID();
  const secrets: Record<string, string> = {};
  let webhookId = '';

  const boot = async (keys: string, database?: TestApp['db']) => {
    process.env['ACCORD_WEBHOOK_KEYS'] = keys;
    t = await startTestApp(kind, { serviceName: 'webhook-secrets-test', imports: [SubscriptionsModule], entities: [], migrations: subscriptionsMigrations, clock, database });
  };
  const restart = async (keys: string) => {
    const db = t.db;
    await t.close();
    await boot(keys, db);
  };
  const register = (idempotencyKey?: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/webhooks',
      payload: { url: receiverUrl, filter: { streams: [COMMITMENT_STREAM], targets: [{ kind: 'commitment', id: commitmentId }] } },
      headers: { authorization: `Bearer ${t.tokenFor(bangladesh)}`, ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}) },
    });
  const rows = (): Promise<Row[]> => t.ds.query(`SELECT id, secret, secret_key_id FROM subscriptions.webhook ORDER BY created_at, id`);
  let version = 1;
  /** Publishes one event and waits until every active webhook got it; answers whether each signature verified with its secret. */
  const deliverOne = async (): Promise<boolean[]> => {
    version += 1;
    const envelope = newEnvelope({
      type: 'CommitmentStatusChanged',
      version: 1,
      stream: COMMITMENT_STREAM,
      aggregateId: commitmentId,
      aggregateVersion: version,
      payload: { commitmentId, from: 'pledged', to: 'in_progress', reason: null, changedAt: '2026-11-28T10:00:00.000Z' },
      actor: { personId: 'person-state-bd', organisationId: 'state-bd' },
    });
    await t.app.get(UnitOfWork).run(async () => t.app.get(UnitOfWork).collect([envelope]));
    const hooks = Object.keys(secrets).length;
    const got = await eventually(() => {
      const mine = received.filter((r) => r.eventId === envelope.eventId);
      return mine.length === hooks ? mine : null;
    });
    return got.map((r) => Object.values(secrets).some((s) => verifyWebhookSignature(s, r.signature, r.body, Math.floor(Date.now() / 1000))));
  };

  beforeAll(async () => {
    process.env['ACCORD_WEBHOOK_ALLOW_HTTP_LOCAL'] = 'true';
    process.env['ACCORD_WEBHOOK_DISPATCH_MS'] = '50';
    server = createServer((req: IncomingMessage, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push({ eventId: String(req.headers['accord-event-id'] ?? ''), signature: String(req.headers['accord-signature'] ?? ''), body: Buffer.concat(chunks).toString('utf8') });
        res.statusCode = 204;
        res.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/accord`;
    await boot(k1);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await t?.db.drop();
    await new Promise((resolve) => server.close(resolve));
    delete process.env['ACCORD_WEBHOOK_ALLOW_HTTP_LOCAL'];
    delete process.env['ACCORD_WEBHOOK_KEYS'];
  });

  it('keeps only the sealed secret in subscriptions.webhook, and deliveries are signed with the real one', async () => {
    const res = await register();
    expect(res.statusCode).toBe(201);
    const body = res.json<{ id: string; secret: string }>();
    webhookId = body.id;
    secrets[webhookId] = body.secret;
    const [row] = await rows();
    expect(row).toEqual({ id: webhookId, secret: expect.any(String), secret_key_id: 'k1' });
    expect(row.secret).not.toContain(body.secret);
    expect(Buffer.from(row.secret, 'base64').toString('latin1')).not.toContain(body.secret.slice(6));
    expect(t.app.get(WebhookSecrets).open(row)).toBe(body.secret);
    // Bound to its row: the sealed text copied onto another webhook does not open.
    expect(() => t.app.get(WebhookSecrets).open({ ...row, id: randomUUID() })).toThrow();
    expect(await deliverOne()).toEqual([true]);
  });

  it('a registration with an Idempotency-Key: the stored answer has no secret, a replay says it is withheld', async () => {
    const key = randomUUID();
    const first = await register(key);
    expect(first.statusCode).toBe(201);
    const registered = first.json<{ id: string; version: number; secret: string }>();
    expect(registered.secret).toMatch(/^whsec_/);
    secrets[registered.id] = registered.secret;
    const stored: { body: string }[] = await t.ds.query(`SELECT body::text AS body FROM messaging.idempotency_key WHERE key = $1`, [key]);
    expect(stored).toHaveLength(1);
    expect(stored[0].body).not.toContain(registered.secret);

    const replay = await register(key);
    expect(replay.statusCode).toBe(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.json()).toEqual({ id: registered.id, version: 1, secret: null, secretWithheld: expect.stringContaining('rotate the secret') });
    expect(await rows()).toHaveLength(2);
    expect(await deliverOne()).toEqual([true, true]);
  });

  it('a rotated secret is sealed like the first, its replay withholds it, and deliveries are signed with it', async () => {
    const [{ id, secret: sealedBefore }] = await rows();
    const key = randomUUID();
    const rotate = () =>
      t.app.inject({ method: 'POST', url: `/api/webhooks/${id}/secret`, headers: { authorization: `Bearer ${t.tokenFor(bangladesh)}`, 'idempotency-key': key } });
    const first = await rotate();
    expect(first.statusCode).toBe(200);
    const rotated = first.json<{ secret: string }>().secret;
    expect(rotated).toMatch(/^whsec_/);
    expect(rotated).not.toBe(secrets[id]);
    const [row] = (await rows()).filter((r) => r.id === id);
    expect(row.secret).not.toBe(sealedBefore);
    expect(row.secret).not.toContain(rotated);
    expect(t.app.get(WebhookSecrets).open(row)).toBe(rotated);
    const replay = await rotate();
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.json()).toEqual(expect.objectContaining({ id, secret: null, secretWithheld: expect.stringContaining('rotate the secret') }));
    expect(t.app.get(WebhookSecrets).open((await rows()).filter((r) => r.id === id)[0])).toBe(rotated);
    secrets[id] = rotated;
    expect(await deliverOne()).toEqual([true, true]);
  });

  it('rotation: with k2 first and k1 still listed, old secrets open and are re-sealed with k2; new ones are sealed with k2', async () => {
    const before = await rows();
    await restart(`${k2},${k1}`);
    const after = await rows();
    expect(after.map((r) => r.secret_key_id)).toEqual(['k2', 'k2']);
    expect(after.map((r) => r.secret)).not.toEqual(before.map((r) => r.secret));
    const res = await register();
    secrets[res.json<{ id: string }>().id] = res.json<{ secret: string }>().secret;
    expect((await rows()).map((r) => r.secret_key_id)).toEqual(['k2', 'k2', 'k2']);
    expect(await deliverOne()).toEqual([true, true, true]);
    // k1 is retired: everything still opens and signs.
    await restart(k2);
    expect(await deliverOne()).toEqual([true, true, true]);
  });

  it('a plain-text secret from before encryption is sealed at start-up and keeps signing', async () => {
    const legacyId = randomUUID();
    const legacySecret = `whsec_${randomBytes(24).toString('base64url')}`;
    await t.ds.query(
      `INSERT INTO subscriptions.webhook (id, organisation_id, url, secret, secret_key_id, filter, active, version, created_at) VALUES ($1, 'state-bd', $2, $3, NULL, $4, true, 1, now())`,
      [legacyId, receiverUrl, legacySecret, JSON.stringify({ streams: [COMMITMENT_STREAM], eventTypes: [], targets: [{ kind: 'commitment', id: commitmentId }] })],
    );
    secrets[legacyId] = legacySecret;
    // Read in clear until it is sealed...
    expect(await deliverOne()).toEqual([true, true, true, true]);
    await restart(k2);
    const legacy = (await rows()).find((r) => r.id === legacyId);
    expect(legacy?.secret_key_id).toBe('k2');
    expect(legacy?.secret).not.toContain(legacySecret);
    expect(await t.app.get(WebhookSecrets).resealStale()).toBe(0);
    expect(await deliverOne()).toEqual([true, true, true, true]);
  });

  it('refuses to start in production without ACCORD_WEBHOOK_KEYS, and names a malformed key', () => {
    expect(() => WebhookSecretCipher.fromEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db.internal/accord' })).toThrow(/ACCORD_WEBHOOK_KEYS is required in production/);
    expect(() => WebhookSecretCipher.fromEnv({ ACCORD_WEBHOOK_KEYS: 'k1:dG9vLXNob3J0' })).toThrow(/ACCORD_WEBHOOK_KEYS entries/);
  });
});
