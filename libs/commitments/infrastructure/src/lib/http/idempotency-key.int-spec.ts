import { randomUUID } from 'node:crypto';
import { IdempotencyStore } from '@accord/shared/messaging';
import { startTestApp, TestApp } from '@accord/shared/service-testing';
import { databaseKinds } from '@accord/shared/testing';
import { commitmentsEntities, commitmentsMigrations } from '../../index';
import { CommitmentsWriteModule } from '../commitments-write.module';

jest.setTimeout(30_000);

const bangladesh = { id: 'state-bd', name: 'Bangladesh', kind: 'state', country: 'BD' };
const canada = { id: 'state-ca', name: 'Canada', kind: 'state', country: 'CA' };
const commitment = (title = 'Cut recruitment costs for workers') => ({
  title,
  description: 'Fees capped by bilateral agreement.',
  gcmObjectives: [6],
  sdgTargets: ['10.7'],
  indicator: 'SDG 10.7.1',
  baseline: '2.6 months of income',
  targetValue: '1 month of income',
  dueDate: '2030-12-31',
});
const progress = (percent: number) => ({ percent, narrative: 'Recruitment fees capped in two corridors.', evidenceLevel: 'case_study' });

describe.each(databaseKinds())('Idempotency-Key on writes: a retried submission runs once (%s)', (kind) => {
  let t: TestApp;
  let token: string;
  const send = async (url: string, payload: object, key?: string, as = token) => {
    const headers: Record<string, string> = { authorization: `Bearer ${as}` };
    if (key !== undefined) headers['idempotency-key'] = key;
    const res = await t.app.inject({ method: 'POST', url, payload, headers });
    return { status: res.statusCode, body: res.json(), replayed: res.headers['idempotent-replayed'] };
  };
  const count = async (sql: string, params: unknown[] = []) => (await t.ds.query(sql, params))[0].n as number;
  const outboxRows = (type: string, aggregateId?: string) =>
    count(`SELECT count(*)::int AS n FROM messaging.outbox_message WHERE type = $1 AND ($2::text IS NULL OR key = $2)`, [type, aggregateId ?? null]);

  beforeAll(async () => {
    t = await startTestApp(kind, { serviceName: 'states-idempotency-test', imports: [CommitmentsWriteModule], entities: commitmentsEntities, migrations: commitmentsMigrations });
    token = t.tokenFor(bangladesh);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await t?.db.drop();
  });

  it('a double submit logs one commitment, writes one outbox row and answers both with the same response', async () => {
    const key = randomUUID();
    const first = await send('/api/commitments', commitment(), key);
    const second = await send('/api/commitments', commitment(), key);
    expect(first.status).toBe(201);
    expect(first.replayed).toBeUndefined();
    expect(second).toEqual({ status: 201, body: first.body, replayed: 'true' });
    expect(await count(`SELECT count(*)::int AS n FROM commitments.commitment WHERE id = $1`, [first.body.id])).toBe(1);
    expect(await outboxRows('CommitmentLogged', first.body.id)).toBe(1);
  });

  it('a repeated progress report changes the aggregate once (one version, one event)', async () => {
    const { body: logged } = await send('/api/commitments', commitment('Progress reported twice over a bad link'), randomUUID());
    const key = randomUUID();
    const first = await send(`/api/commitments/${logged.id}/progress`, progress(40), key);
    const again = await send(`/api/commitments/${logged.id}/progress`, progress(40), key);
    expect(first.status).toBe(201);
    expect(again).toEqual({ status: 201, body: first.body, replayed: 'true' });
    expect(await outboxRows('CommitmentProgressReported', logged.id)).toBe(1);
    expect((await t.ds.query(`SELECT version FROM commitments.commitment WHERE id = $1`, [logged.id]))[0].version).toBe(first.body.version);
    expect(first.body.version).toBeGreaterThan(logged.version);
  });

  it('the same key with a different body is refused with 422 naming the header, and nothing runs', async () => {
    const key = randomUUID();
    await send('/api/commitments', commitment('First content for this key'), key);
    const before = await outboxRows('CommitmentLogged');
    const other = await send('/api/commitments', commitment('Other content, same key'), key);
    expect(other.status).toBe(422);
    expect(other.body.fields).toEqual([expect.objectContaining({ field: 'Idempotency-Key' })]);
    expect(await outboxRows('CommitmentLogged')).toBe(before);
  });

  it('a malformed key is a 400 naming the header', async () => {
    const res = await send('/api/commitments', commitment(), 'no spaces allowed here');
    expect(res.status).toBe(400);
    expect(res.body.fields).toEqual([expect.objectContaining({ field: 'Idempotency-Key' })]);
  });

  it('a duplicate while the first is still in flight gets 409; concurrent duplicates still run once', async () => {
    const key = randomUUID();
    const store = t.app.get(IdempotencyStore);
    const hashOf = await send('/api/commitments', commitment('Held in flight'), key); // completes: replay proves the hash is stable
    expect(hashOf.status).toBe(201);
    await t.ds.query(`UPDATE messaging.idempotency_key SET state = 'pending', locked_at = now() WHERE key = $1`, [key]);
    const busy = await send('/api/commitments', commitment('Held in flight'), key);
    expect(busy.status).toBe(409);
    expect(busy.body.fields).toEqual([expect.objectContaining({ field: 'Idempotency-Key' })]);
    expect(store.settings.staleAfterMs).toBeGreaterThan(0);

    const racing = randomUUID();
    const before = await outboxRows('CommitmentLogged');
    const answers = await Promise.all([1, 2, 3].map(() => send('/api/commitments', commitment('Sent three times at once'), racing)));
    expect(answers.filter((a) => a.status === 201 && a.replayed === undefined)).toHaveLength(1);
    expect(answers.every((a) => a.status === 201 || a.status === 409)).toBe(true);
    expect(await outboxRows('CommitmentLogged')).toBe(before + 1);
  });

  it('keys are scoped per person and organisation: another organisation\'s same key runs its own request', async () => {
    const key = randomUUID();
    const mine = await send('/api/commitments', commitment('Scoped key'), key);
    const theirs = await send('/api/commitments', commitment('Scoped key'), key, t.tokenFor(canada));
    expect(theirs.status).toBe(201);
    expect(theirs.replayed).toBeUndefined();
    expect(theirs.body.id).not.toBe(mine.body.id);
  });

  it('a refused request releases its key: the corrected retry with the same key runs', async () => {
    const key = randomUUID();
    const missing = randomUUID();
    const refused = await send(`/api/commitments/${missing}/progress`, progress(10), key);
    expect(refused.status).toBe(404);
    expect(await count(`SELECT count(*)::int AS n FROM messaging.idempotency_key WHERE key = $1`, [key])).toBe(0);
  });

  it('a write without a key behaves as before (no row kept)', async () => {
    const before = await count(`SELECT count(*)::int AS n FROM messaging.idempotency_key`);
    expect((await send('/api/commitments', commitment('No key at all'))).status).toBe(201);
    expect(await count(`SELECT count(*)::int AS n FROM messaging.idempotency_key`)).toBe(before);
  });

  it('keys expire: the purge deletes keys older than 24 h and the key can then be used again', async () => {
    const key = randomUUID();
    await send('/api/commitments', commitment('Expiring key'), key);
    const tomorrow = new IdempotencyStore(t.ds, { ttlMs: 24 * 3600_000, staleAfterMs: 120_000 }, () => new Date(Date.now() + 25 * 3600_000));
    expect(await tomorrow.purge()).toBeGreaterThanOrEqual(1);
    expect(await count(`SELECT count(*)::int AS n FROM messaging.idempotency_key WHERE key = $1`, [key])).toBe(0);
    const reused = await send('/api/commitments', commitment('Expired key, new content'), key);
    expect(reused.status).toBe(201);
    expect(reused.replayed).toBeUndefined();
  });

  it('a command that committed but whose response was never stored replays the command result', async () => {
    const key = randomUUID();
    const first = await send('/api/commitments', commitment('Crash after commit'), key);
    await t.ds.query(`UPDATE messaging.idempotency_key SET state = 'executed', locked_at = now() - interval '10 minutes' WHERE key = $1`, [key]);
    const again = await send('/api/commitments', commitment('Crash after commit'), key);
    expect(again).toEqual({ status: 201, body: first.body, replayed: 'true' });
  });
});
