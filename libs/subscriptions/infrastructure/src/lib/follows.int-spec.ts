import { randomUUID } from 'node:crypto';
import { COMMITMENT_STREAM } from '@accord/commitments/contracts';
import { CONSULAR_REQUEST_STREAM } from '@accord/consular/contracts';
import { CRISIS_ALERT_STREAM, FIELD_REPORT_STREAM } from '@accord/crisis/contracts';
import { EventEnvelope, newEnvelope } from '@accord/shared/contracts';
import { EventConsumerHost, UnitOfWork } from '@accord/shared/messaging';
import { PUBLIC_STREAMS } from '@accord/subscriptions/application';
import { FOLLOW_STREAM } from '@accord/subscriptions/contracts';
import { HttpClient, startTestApp, TestApp } from '@accord/shared/service-testing';
import { databaseKinds, eventually } from '@accord/shared/testing';
import { subscriptionsMigrations } from '../index';
import { FollowNotificationPage, FollowView, Page } from './subscription-views';
import { SubscriptionsModule } from './subscriptions.module';

const bangladesh = { id: 'state-bd', name: 'Bangladesh', kind: 'state', country: 'BD' };
const canada = { id: 'state-ca', name: 'Canada', kind: 'state', country: 'CA' };

jest.setTimeout(30_000);

describe.each(databaseKinds())('follow and be told (%s)', (kind) => {
  let t: TestApp;
  let bd: HttpClient;
  let ca: HttpClient;
  const commitmentId = randomUUID();
  const publish = (envelopes: EventEnvelope[]) => t.app.get(UnitOfWork).run(async () => t.app.get(UnitOfWork).collect(envelopes));
  const progress = (version: number, percent: number) =>
    newEnvelope({
      type: 'CommitmentProgressReported',
      version: 1,
      stream: COMMITMENT_STREAM,
      aggregateId: commitmentId,
      aggregateVersion: version,
      payload: { commitmentId, percent, narrative: 'Recruitment fee cap enacted', evidenceUrl: null, evidenceLevel: 'good_practice', reportedAt: '2026-11-28T10:00:00.000Z' },
      actor: { personId: 'person-state-my', organisationId: 'state-my' },
    });
  const outboxTypes = async () => ((await t.ds.query(`SELECT type FROM messaging.outbox_message ORDER BY id`)) as { type: string }[]).map((r) => r.type);

  beforeAll(async () => {
    process.env['ACCORD_WEBHOOK_DISPATCH_MS'] = '0';
    t = await startTestApp(kind, { serviceName: 'subscriptions-test', imports: [SubscriptionsModule], entities: [], migrations: subscriptionsMigrations });
    bd = new HttpClient(t.app, t.tokenFor(bangladesh));
    ca = new HttpClient(t.app, t.tokenFor(canada));
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await t?.db.drop();
  });

  it('following is idempotent: one FollowStarted, and the follow is listed (paginated)', async () => {
    const first = await bd.post<{ followId: string; following: boolean; changed: boolean }>('/api/me/follows', { kind: 'commitment', id: commitmentId });
    expect(first).toEqual({ status: 200, body: { followId: expect.any(String), following: true, changed: true } });
    const again = await bd.post('/api/me/follows', { kind: 'commitment', id: commitmentId });
    expect(again).toEqual({ status: 200, body: { followId: first.body.followId, following: true, changed: false } });
    expect((await bd.post('/api/me/follows', { kind: 'organisation', id: 'state-ph' })).status).toBe(200);
    expect(await outboxTypes()).toEqual(['FollowStarted', 'FollowStarted']);
    const page = (await bd.get<Page<FollowView>>('/api/me/follows?pageSize=1')).body;
    expect(page).toEqual({ items: [expect.objectContaining({ target: expect.objectContaining({ kind: expect.any(String) }) })], total: 2, page: 1, pageSize: 1 });
    const mine = (await bd.get<Page<FollowView>>(`/api/me/follows?kind=commitment&targetId=${commitmentId}`)).body;
    expect(mine.items).toEqual([expect.objectContaining({ followId: first.body.followId, target: { kind: 'commitment', id: commitmentId } })]);
    expect((await ca.get<Page<FollowView>>('/api/me/follows')).body.total).toBe(0);
  });

  it('refuses bad input with 400 naming the field, and no token with 401', async () => {
    const bad = await bd.post<{ fields: { field: string }[] }>('/api/me/follows', { kind: 'board', id: commitmentId });
    expect(bad.status).toBe(400);
    expect(bad.body.fields.map((f) => f.field)).toContain('kind');
    const badId = await bd.post<{ fields: { field: string }[] }>('/api/me/follows', { kind: 'commitment', id: 'not-a-uuid' });
    expect(badId.status).toBe(400);
    expect(badId.body.fields).toEqual([expect.objectContaining({ field: 'id' })]);
    expect((await new HttpClient(t.app).get('/api/me/follows')).status).toBe(401);
    expect((await new HttpClient(t.app).post('/api/me/follows', { kind: 'commitment', id: commitmentId })).status).toBe(401);
    expect((await new HttpClient(t.app).get('/api/me/follow-notifications')).status).toBe(401);
  });

  it('a public event about a followed commitment notifies the follower, live and to that person only', async () => {
    await publish([progress(2, 40)]);
    const page = await eventually(async () => {
      const p = (await bd.get<FollowNotificationPage>('/api/me/follow-notifications')).body;
      return p.total === 1 ? p : null;
    });
    expect(page.unread).toBe(1);
    expect(page.items[0]).toEqual(expect.objectContaining({ type: 'CommitmentProgressReported', target: { kind: 'commitment', id: commitmentId }, detail: { percent: 40 }, read: false }));
    expect((await ca.get<FollowNotificationPage>('/api/me/follow-notifications')).body.total).toBe(0);
    const pushed = await eventually(() => t.live.sent.filter((s) => s.update.type === 'FollowNotificationRaised'));
    expect(pushed.map((s) => s.audience)).toEqual([{ kind: 'people', personIds: ['person-state-bd'] }]);
  });

  it('never reads a non-public stream: only the public board and published follow-up streams are subscribed', async () => {
    const topics = t.app.get(EventConsumerHost).topics();
    expect(topics).toEqual([...PUBLIC_STREAMS].sort());
    for (const secret of [CONSULAR_REQUEST_STREAM, CRISIS_ALERT_STREAM, FIELD_REPORT_STREAM, FOLLOW_STREAM]) expect(topics).not.toContain(secret);
    const before = t.live.sent.length;
    await publish([progress(3, 60)]);
    await eventually(async () => (await bd.get<FollowNotificationPage>('/api/me/follow-notifications')).body.total === 2);
    expect(t.live.sent.slice(before).every((s) => s.audience.kind === 'people' && s.audience.personIds.join() === 'person-state-bd')).toBe(true);
  });

  it('following an organisation brings news of its new commitments, titled', async () => {
    const phCommitment = randomUUID();
    await publish([
      newEnvelope({
        type: 'CommitmentLogged',
        version: 1,
        stream: COMMITMENT_STREAM,
        aggregateId: phCommitment,
        aggregateVersion: 1,
        payload: {
          commitmentId: phCommitment,
          owner: { organisationId: 'state-ph', name: 'Philippines', kind: 'state', country: 'PH' },
          title: 'Pre-departure orientation for all workers',
          description: '',
          gcmObjectives: [6],
          sdgTargets: ['10.7'],
          indicator: '',
          baseline: '',
          targetValue: '',
          dueDate: '2027-12-31',
          status: 'pledged',
          loggedAt: '2026-11-28T10:00:00.000Z',
        },
      }),
    ]);
    const page = await eventually(async () => {
      const p = (await bd.get<FollowNotificationPage>('/api/me/follow-notifications')).body;
      return p.items.some((n) => n.aggregateId === phCommitment) ? p : null;
    });
    expect(page.items.find((n) => n.aggregateId === phCommitment)).toEqual(
      expect.objectContaining({ type: 'CommitmentLogged', target: { kind: 'organisation', id: 'state-ph' }, detail: { title: 'Pre-departure orientation for all workers', dueDate: '2027-12-31', status: 'pledged' } }),
    );
    expect((await ca.get<FollowNotificationPage>('/api/me/follow-notifications')).body.total).toBe(0);
  });

  it('marks read only the person’s own notifications; another person gets 404', async () => {
    const page = (await bd.get<FollowNotificationPage>('/api/me/follow-notifications')).body;
    const id = page.items[0].id;
    expect((await ca.post(`/api/me/follow-notifications/${id}/read`, {})).status).toBe(404);
    expect((await bd.post(`/api/me/follow-notifications/${id}/read`, {})).status).toBe(200);
    expect((await bd.get<FollowNotificationPage>('/api/me/follow-notifications')).body.unread).toBe(2);
    expect((await bd.get<FollowNotificationPage>('/api/me/follow-notifications?unread=true')).body.total).toBe(2);
    const fields = (await bd.post<{ fields: { field: string }[] }>('/api/me/follow-notifications/read', {})).body.fields;
    expect(fields.map((f) => f.field)).toEqual(['upTo']);
    expect((await bd.post('/api/me/follow-notifications/read', { upTo: '2000-01-01T00:00:00.000Z' })).status).toBe(200);
    expect((await bd.get<FollowNotificationPage>('/api/me/follow-notifications')).body.unread).toBe(2);
    expect((await bd.post('/api/me/follow-notifications/read', { upTo: new Date(Date.now() + 60_000).toISOString() })).status).toBe(200);
    expect((await bd.get<FollowNotificationPage>('/api/me/follow-notifications')).body.unread).toBe(0);
  });

  it('after unfollowing, no more notifications; unfollowing twice is a no-op', async () => {
    expect((await bd.post('/api/me/follows/stop', { kind: 'commitment', id: commitmentId })).body).toEqual(expect.objectContaining({ following: false, changed: true }));
    expect((await bd.post('/api/me/follows/stop', { kind: 'commitment', id: commitmentId })).body).toEqual(expect.objectContaining({ following: false, changed: false }));
    expect((await outboxTypes()).filter((x) => x === 'FollowStopped')).toHaveLength(1);
    await publish([progress(4, 80)]);
    await eventually(async () => ((await t.ds.query(`SELECT count(*)::int AS n FROM messaging.inbox_message WHERE consumer = 'subscriptions.follow-notifications'`)) as { n: number }[])[0].n >= 4);
    expect((await bd.get<FollowNotificationPage>('/api/me/follow-notifications')).body.total).toBe(3);
  });
});
