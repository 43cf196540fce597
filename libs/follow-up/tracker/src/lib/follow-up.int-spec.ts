import { randomUUID } from 'node:crypto';
import { ASSESSMENT_STREAM } from '@accord/assessments/contracts';
import { COMMITMENT_STREAM } from '@accord/commitments/contracts';
import { followUpEntities, followUpMigrations, FollowUpWriteModule, OverdueScheduler } from '@accord/follow-up/infrastructure';
import { LOCAL_ACTION_STREAM } from '@accord/local-actions/contracts';
import { EventEnvelope, newEnvelope } from '@accord/shared/contracts';
import { ManualClock } from '@accord/shared/kernel';
import { EventConsumerHost, UnitOfWork } from '@accord/shared/messaging';
import { databaseKinds, eventually } from '@accord/shared/testing';
import { HttpClient } from '@accord/shared/service-testing';
import { startTestApp, TestApp } from '@accord/shared/service-testing';
import { TRACKER_PROJECTIONS, trackerMigrations } from '../index';
import { FollowUpTrackerModule } from './follow-up-tracker.module';
import { TRACKER_TABLES } from './persistence/tracker-tables';
import { CommitmentRelated, NotificationView, Page, Scorecard, TrackerRow } from '@accord/follow-up/contracts/views';

const DAY = 86_400_000;
const bali = { id: 'sec-bali-process', name: 'Bali Process', kind: 'secretariat', country: null };
const gfmd = { id: 'sec-gfmd', name: 'GFMD', kind: 'secretariat', country: null };
const bangladesh = { id: 'state-bd', name: 'Bangladesh', kind: 'state', country: 'BD' };
const malaysia = { id: 'state-my', name: 'Malaysia', kind: 'state', country: 'MY' };
const canada = { id: 'state-ca', name: 'Canada', kind: 'state', country: 'CA' };
const commitmentId = randomUUID();

interface Saved {
  id: string;
  version: number;
}

jest.setTimeout(30_000);

describe.each(databaseKinds())('J3 recommendation follow-up end to end (%s)', (kind) => {
  let t: TestApp;
  let secretariat: HttpClient;
  let bd: HttpClient;
  let my: HttpClient;
  let ca: HttpClient;
  let recommendationId: string;
  const clock = new ManualClock(new Date('2026-11-28T10:00:00Z'));
  const boot = async (database?: TestApp['db']) => {
    t = await startTestApp(kind, {
      serviceName: 'follow-up-test',
      imports: [FollowUpWriteModule, FollowUpTrackerModule],
      entities: followUpEntities,
      migrations: [...followUpMigrations, ...trackerMigrations],
      clock,
      database,
    });
    secretariat = new HttpClient(t.app, t.tokenFor(bali, ['secretariat_officer']));
    bd = new HttpClient(t.app, t.tokenFor(bangladesh));
    my = new HttpClient(t.app, t.tokenFor(malaysia));
    ca = new HttpClient(t.app, t.tokenFor(canada));
  };
  const rows = async (client = secretariat, query = '') => (await client.get<Page<TrackerRow>>(`/api/follow-up/tracker?pageSize=100${query}`)).body;
  const row = async (addresseeId: string) => (await rows()).items.find((r) => r.recommendationId === recommendationId && r.addresseeId === addresseeId);
  const outboxCount = async () => (await t.ds.query(`SELECT count(*)::int AS n FROM messaging.outbox_message`))[0].n as number;
  const publish = (envelopes: EventEnvelope[]) => t.app.get(UnitOfWork).run(async () => t.app.get(UnitOfWork).collect(envelopes));

  beforeAll(async () => {
    process.env['ACCORD_OVERDUE_SCAN_MS'] = '0';
    process.env['ACCORD_OVERDUE_REMINDER_DAYS'] = '7';
    await boot();
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await t?.db.drop();
  });

  it('a secretariat records a meeting and issues a recommendation; addressees are notified live and the tracker shows them', async () => {
    const meeting = await secretariat.post<Saved>('/api/follow-up/meetings', { title: 'Ad Hoc Group Senior Officials Meeting', date: '2026-11-20', process: 'Bali Process' });
    expect(meeting.status).toBe(201);
    const issued = await secretariat.post<Saved>('/api/follow-up/recommendations', {
      meetingId: meeting.body.id,
      title: 'Cap recruitment fees at one month of wages',
      text: 'Member States cap fees charged to workers and publish them.',
      addresseeIds: ['state-bd', 'state-my'],
      dueDate: '2026-12-31',
    });
    expect(issued).toEqual({ status: 201, body: { id: expect.any(String), version: 1 } });
    recommendationId = issued.body.id;
    const types = await t.ds.query(`SELECT type FROM messaging.outbox_message ORDER BY id`);
    expect(types.map((r: { type: string }) => r.type)).toEqual(['MeetingRecorded', 'RecommendationIssued']);
    await eventually(async () => (await rows()).total === 2);
    const notes = await eventually(async () => {
      const page = (await bd.get<Page<NotificationView>>('/api/notifications')).body;
      return page.total === 1 ? page : null;
    });
    expect(notes.items[0]).toEqual(expect.objectContaining({ kind: 'recommendation_issued', recommendationId, detail: expect.objectContaining({ process: 'Bali Process', dueDate: '2026-12-31' }) }));
    expect((await ca.get<Page<NotificationView>>('/api/notifications')).body.total).toBe(0);
    await eventually(() => t.live.sent.some((s) => s.update.type === 'NotificationRaised' && s.audience.kind === 'organisations' && s.audience.organisationIds.includes('state-bd')));
    expect(t.live.sent.every((s) => s.audience.kind === 'organisations')).toBe(true);
  });

  it('refuses meetings and recommendations from anyone but the right secretariat (403, nothing written)', async () => {
    const before = await outboxCount();
    expect((await bd.post('/api/follow-up/meetings', { title: 'Not a secretariat', date: '2026-11-20', process: 'GFMD' })).status).toBe(403);
    const meetingId = (await t.ds.query(`SELECT id FROM follow_up.meeting LIMIT 1`))[0].id as string;
    const other = new HttpClient(t.app, t.tokenFor(gfmd, ['secretariat_officer']));
    const res = await other.post('/api/follow-up/recommendations', { meetingId, title: 'Someone else\'s meeting', text: 'x', addresseeIds: ['state-bd'], dueDate: '2027-01-31' });
    expect(res.status).toBe(403);
    expect(await outboxCount()).toBe(before);
  });

  it('only an addressee answers: 403 for others and nothing changes; a repeat is 422; a change of mind is a new revision', async () => {
    const before = await outboxCount();
    const version = async () => (await t.ds.query(`SELECT version FROM follow_up.recommendation WHERE id = $1`, [recommendationId]))[0].version;
    const v0 = await version();
    expect((await ca.post(`/api/follow-up/recommendations/${recommendationId}/responses`, { response: 'supports', reason: 'we like it' })).status).toBe(403);
    expect((await ca.post(`/api/follow-up/recommendations/${recommendationId}/reports`, { narrative: 'x', commitmentIds: [], localActionIds: [] })).status).toBe(403);
    expect(await outboxCount()).toBe(before);
    expect(await version()).toBe(v0);

    expect((await bd.post(`/api/follow-up/recommendations/${recommendationId}/responses`, { response: 'notes', reason: 'consulting ministries' })).status).toBe(201);
    expect((await bd.post(`/api/follow-up/recommendations/${recommendationId}/responses`, { response: 'notes', reason: 'still' })).status).toBe(422);
    expect((await bd.post(`/api/follow-up/recommendations/${recommendationId}/responses`, { response: 'supports', reason: 'cabinet approved' })).status).toBe(201);
    expect((await bd.post(`/api/follow-up/recommendations/${recommendationId}/responses`, { response: 'perhaps', reason: '' })).status).toBe(400);
    await eventually(async () => (await row('state-bd'))?.response === 'supports');
    expect(await row('state-bd')).toEqual(expect.objectContaining({ response: 'supports', responseReason: 'cabinet approved', overdueDays: 0 }));
    const mine = await rows(ca);
    expect(mine.total).toBe(0);
  });

  it('reports follow-up with a linked commitment; scorecards count responses, on-time reports and fulfilled commitments', async () => {
    await publish([
      newEnvelope({ type: 'CommitmentLogged', version: 1, stream: COMMITMENT_STREAM, aggregateId: commitmentId, aggregateVersion: 1, payload: commitmentLogged() }),
      newEnvelope({ type: 'CommitmentStatusChanged', version: 1, stream: COMMITMENT_STREAM, aggregateId: commitmentId, aggregateVersion: 2, payload: statusChanged('pledged', 'in_progress') }),
    ]);
    const res = await bd.post<Saved>(`/api/follow-up/recommendations/${recommendationId}/reports`, { narrative: 'Fee cap decree signed', commitmentIds: [commitmentId], localActionIds: [] });
    expect(res.status).toBe(201);
    await eventually(async () => (await row('state-bd'))?.reportCount === 1);
    await publish([newEnvelope({ type: 'CommitmentStatusChanged', version: 1, stream: COMMITMENT_STREAM, aggregateId: commitmentId, aggregateVersion: 3, payload: statusChanged('in_progress', 'fulfilled') })]);
    const cards = await eventually(async () => {
      const body = (await new HttpClient(t.app).get<Scorecard[]>('/api/follow-up/scorecards?by=process')).body;
      return body[0]?.linkedCommitmentsFulfilledShare === 1 ? body : null;
    });
    expect(cards).toEqual([{ key: 'Bali Process', obligations: 2, respondedShare: 0.5, reportedOnTimeShare: 1, linkedCommitments: 1, linkedCommitmentsFulfilledShare: 1 }]);
    const byAddressee = (await new HttpClient(t.app).get<Scorecard[]>('/api/follow-up/scorecards?by=addressee')).body;
    expect(byAddressee.map((c) => [c.key, c.respondedShare])).toEqual([['state-bd', 1], ['state-my', 0]]);
    const related = (await new HttpClient(t.app).get<CommitmentRelated>(`/api/commitments/${commitmentId}/related`)).body;
    expect(related.items).toEqual([expect.objectContaining({ kind: 'recommendation_answered', item: expect.objectContaining({ recommendationId, recommendationTitle: 'Cap recruitment fees at one month of wages' }) })]);
  });

  it('shows assessments (disputed until the owner replies) and linked local actions beside the commitment', async () => {
    const assessmentId = randomUUID();
    const localActionId = randomUUID();
    await publish([
      newEnvelope({ type: 'AssessmentPublished', version: 1, stream: ASSESSMENT_STREAM, aggregateId: assessmentId, aggregateVersion: 1, payload: assessment(assessmentId) }),
      newEnvelope({ type: 'LocalActionReported', version: 1, stream: LOCAL_ACTION_STREAM, aggregateId: localActionId, aggregateVersion: 1, payload: localAction(localActionId) }),
    ]);
    const disputed = await eventually(async () => {
      const body = (await new HttpClient(t.app).get<CommitmentRelated>(`/api/commitments/${commitmentId}/related`)).body;
      return body.items.length === 3 ? body : null;
    });
    expect(disputed.disputed).toBe(true);
    const reply = { assessmentId, commitmentId, ownerOrganisationId: 'state-bd', text: 'Brokers are now registered', repliedAt: '2026-11-29T10:00:00.000Z' };
    await publish([newEnvelope({ type: 'AssessmentReplied', version: 1, stream: ASSESSMENT_STREAM, aggregateId: assessmentId, aggregateVersion: 2, payload: reply })]);
    const replied = await eventually(async () => {
      const body = (await new HttpClient(t.app).get<CommitmentRelated>(`/api/commitments/${commitmentId}/related`)).body;
      return body.items.length === 4 ? body : null;
    });
    expect(replied.disputed).toBe(false);
    expect(replied.items.map((i) => i.kind)).toEqual(['recommendation_answered', 'assessment', 'local_action', 'assessment_reply']);
  });

  it('raises FollowUpOverdue once per period through the outbox, survives a restart, and stops once the addressee reports', async () => {
    const scheduler = () => t.app.get(OverdueScheduler);
    expect(await scheduler().scanOnce()).toBe(0);
    clock.set(new Date('2027-01-01T06:00:00Z'));
    expect(await scheduler().scanOnce()).toBe(1);
    expect(await scheduler().scanOnce()).toBe(0);
    const overdue = await t.ds.query(`SELECT envelope->'payload' AS p, envelope->'actor' AS actor FROM messaging.outbox_message WHERE type = 'FollowUpOverdue'`);
    expect(overdue).toEqual([{ p: expect.objectContaining({ addresseeId: 'state-my', periodIndex: 0, daysOverdue: 1 }), actor: null }]);
    await eventually(async () => (await row('state-my'))?.reminders === 1);
    expect(await row('state-my')).toEqual(expect.objectContaining({ overdueDays: 1, reportCount: 0 }));
    const notes = await eventually(async () => {
      const page = (await my.get<Page<NotificationView>>('/api/notifications')).body;
      return page.items.some((n) => n.kind === 'follow_up_overdue') ? page : null;
    });
    expect(notes.items[0]).toEqual(expect.objectContaining({ kind: 'follow_up_overdue', detail: expect.objectContaining({ daysOverdue: 1, title: 'Cap recruitment fees at one month of wages' }) }));

    await t.close();
    clock.advance(7 * DAY);
    await boot(t.db);
    expect(await scheduler().scanOnce()).toBe(1);
    expect(await scheduler().scanOnce()).toBe(0);
    const periods = await t.ds.query(`SELECT addressee_id, period_index FROM follow_up.reminder ORDER BY period_index`);
    expect(periods).toEqual([{ addressee_id: 'state-my', period_index: 0 }, { addressee_id: 'state-my', period_index: 1 }]);

    expect((await my.post(`/api/follow-up/recommendations/${recommendationId}/reports`, { narrative: 'Late, but done', commitmentIds: [], localActionIds: [] })).status).toBe(201);
    clock.advance(30 * DAY);
    expect(await scheduler().scanOnce()).toBe(0);
    await eventually(async () => (await row('state-my'))?.reportCount === 1);
    expect(await row('state-my')).toEqual(expect.objectContaining({ overdueDays: 0, reportedOnTime: false, reminders: 2 }));
  });

  it('rebuilding the read models from the event log gives the same tracker, scorecards, notifications and related items', async () => {
    await eventually(async () => (await t.ds.query(`SELECT count(*)::int AS n FROM messaging.outbox_message WHERE published_at IS NULL`))[0].n === 0);
    const pause = () => new Promise((r) => setTimeout(r, 500));
    await pause();
    const snapshot = async () => ({
      tracker: await rows(),
      byProcess: (await new HttpClient(t.app).get('/api/follow-up/scorecards?by=process')).body,
      byAddressee: (await new HttpClient(t.app).get('/api/follow-up/scorecards?by=addressee')).body,
      bdNotes: (await bd.get('/api/notifications')).body,
      myNotes: (await my.get('/api/notifications')).body,
      related: (await new HttpClient(t.app).get(`/api/commitments/${commitmentId}/related`)).body,
    });
    const before = await snapshot();
    expect(before.tracker.total).toBe(2);

    await t.ds.query(`TRUNCATE ${TRACKER_TABLES.join(', ')}`);
    await t.ds.query(`DELETE FROM messaging.inbox_message WHERE consumer = ANY($1)`, [TRACKER_PROJECTIONS]);
    expect((await rows()).total).toBe(0);
    const log: { position: string; topic: string; key: string; envelope: EventEnvelope }[] = await t.ds.query(`SELECT position, topic, key, envelope FROM messaging.event_log ORDER BY position`);
    const host = t.app.get(EventConsumerHost);
    for (const m of log) await host.handle({ topic: m.topic, key: m.key, envelope: m.envelope, attempt: 1, position: m.position });

    expect(await snapshot()).toEqual(before);
  });
});

function commitmentLogged() {
  return {
    commitmentId,
    owner: { organisationId: 'state-bd', name: 'Bangladesh', kind: 'state', country: 'BD' },
    title: 'Cut recruitment costs through G2G recruitment',
    description: 'G2G',
    gcmObjectives: [6],
    sdgTargets: ['10.7'],
    indicator: 'cost',
    baseline: '2.6 months',
    targetValue: '1 month',
    dueDate: '2030-12-31',
    status: 'pledged',
    loggedAt: '2026-11-28T10:00:00.000Z',
  };
}

function statusChanged(from: string, to: string) {
  return { commitmentId, from, to, reason: null, changedAt: '2026-11-28T11:00:00.000Z' };
}

function assessment(assessmentId: string) {
  return {
    assessmentId,
    commitmentId,
    commitmentOwnerId: 'state-bd',
    assessor: { organisationId: 'cso-mfa', name: 'Migrant Forum in Asia', kind: 'cso' },
    rating: 'off_track',
    narrative: 'Village brokers still charge.',
    evidenceUrls: ['https://example.org/shadow-report'],
    contestedStatus: 'stalled',
    publishedAt: '2026-11-28T12:00:00.000Z',
  };
}

function localAction(localActionId: string) {
  return {
    localActionId,
    city: { organisationId: 'city-naga', name: 'Naga City', kind: 'city', country: 'PH' },
    title: 'Migrant Resource Centre opens in Naga City',
    description: 'One-stop desk',
    date: '2026-10-01',
    location: { placeName: 'Naga City', country: 'PH' },
    status: 'under_way',
    beneficiaries: 1200,
    commitmentIds: [commitmentId],
    recommendationIds: [],
    reportedAt: '2026-11-28T13:00:00.000Z',
  };
}
