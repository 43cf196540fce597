import { randomUUID } from 'node:crypto';
import { EventEnvelope } from '@accord/shared/contracts';
import { UnitOfWork } from '@accord/shared/messaging';
import { databaseKinds, eventually } from '@accord/shared/testing';
import { crisisRoomMigrations } from '../index';
import { CrisisStreams, HttpClient, startTestApp, TestApp } from '../testing';
import { AlertListEntry, CrisisRoomView, Page, TaskView } from '@accord/crisis/contracts/views';
import { CrisisRoomModule } from './crisis-room.module';
import { CrisisRoomRebuild } from './rebuild/crisis-room.rebuild';

const org = (id: string, kind: string, country: string | null) => ({ id, name: id, kind, country });
const iom = org('agency-iom', 'agency', null);
const bangladesh = org('state-bd', 'state', 'BD');
const canada = org('state-ca', 'state', 'CA');
const australia = org('state-au', 'state', 'AU');
const philippines = org('state-ph', 'state', 'PH');
const malaysia = org('state-my', 'state', 'MY');
const bali = org('secretariat-bali', 'secretariat', null);
const cases = (n: number) => Array.from({ length: n }, () => randomUUID());

describe.each(databaseKinds())('crisis room over outbox, relay and transport (%s)', (kind) => {
  let t: TestApp;
  const s = new CrisisStreams();
  const as = (o: ReturnType<typeof org>) => new HttpClient(t.app, t.tokenFor(o, ['crisis_cell_officer']));
  const publish = async (...envelopes: EventEnvelope[]) => {
    const uow = t.app.get(UnitOfWork);
    await uow.run(async () => uow.collect(envelopes));
  };
  const applied = (eventId: string) => eventually(async () => (await t.ds.query(`SELECT 1 FROM messaging.inbox_message WHERE event_id = $1`, [eventId])).length > 0);
  const room = async (viewer: ReturnType<typeof org> | null, alertId: string) =>
    (await (viewer ? as(viewer) : new HttpClient(t.app)).get<CrisisRoomView>(`/api/crisis-room/alerts/${alertId}`)).body;
  const tasks = async (viewer: ReturnType<typeof org>) => (await as(viewer).get<Page<TaskView>>('/api/crisis-room/tasks')).body;
  let earlier: EventEnvelope;
  let libya: EventEnvelope;
  let request: EventEnvelope;

  beforeAll(async () => {
    t = await startTestApp(kind, { serviceName: 'gateway-test', imports: [CrisisRoomModule], entities: [], migrations: crisisRoomMigrations });
    earlier = s.raise('LY', '2026-03-01T08:00:00Z');
    const lebanon = s.raise('LB', '2026-03-02T08:00:00Z');
    request = s.consularRaised('state-ca', 'LY', null, cases(3), '2026-03-05T09:00:00Z');
    await publish(
      earlier,
      lebanon,
      s.presence(earlier.aggregateId, 'LY', 'state-bd', [{ place: 'Tripoli', count: 40 }], '2026-03-01T12:00:00Z'),
      s.presence(lebanon.aggregateId, 'LB', 'state-ph', [{ place: 'Beirut', count: 12 }], '2026-03-02T12:00:00Z'),
      s.closeAlert(earlier.aggregateId, '2026-03-04T08:00:00Z'),
      request,
      s.consular('ConsularRequestRouted', request.aggregateId, { partnerOrganisationId: 'state-au', attempt: 1, answerDueAt: '2026-03-06T09:00:00Z', routedAt: '2026-03-05T09:00:00Z' }, '2026-03-05T09:00:00Z'),
    );
    libya = s.raise('LY', '2026-03-10T08:00:00Z');
    await publish(libya);
    await applied(libya.eventId);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await t?.db.drop();
  });

  it('lists open alerts publicly, filters by country and status, and pushes list entries to the public', async () => {
    const anonymous = new HttpClient(t.app);
    const open = await anonymous.get<Page<AlertListEntry>>('/api/crisis-room/alerts?country=LY');
    expect(open.body).toEqual(expect.objectContaining({ total: 1, page: 1, pageSize: 20 }));
    expect(open.body.items[0]).toEqual(expect.objectContaining({ id: libya.aggregateId, country: 'LY', severity: 'Extreme', headline: 'Conflict in LY', status: 'open' }));
    const closed = await anonymous.get<Page<AlertListEntry>>('/api/crisis-room/alerts?status=closed');
    expect(closed.body.items.map((a) => a.id)).toEqual([earlier.aggregateId]);
    expect((await anonymous.get('/api/crisis-room/alerts?country=Libya')).status).toBe(400);
    // pushes go out after the projection's commit, so they may trail the inbox row
    const pushed = await eventually(() => {
      const raised = t.live.sent.filter((x) => x.update.aggregateId === libya.aggregateId && x.update.type === 'CrisisAlertRaised');
      return raised.length ? raised : null;
    });
    expect(pushed.map((x) => x.audience)).toEqual([{ kind: 'public' }]);
  });

  it('opens exposure tasks for States with nationals recorded in the country, and only for them', async () => {
    expect((await tasks(bangladesh)).items).toEqual([expect.objectContaining({ alertId: libya.aggregateId, status: 'open', kind: 'confirm_presence_and_needs', alertCountry: 'LY' })]);
    expect((await tasks(canada)).items.map((x) => x.alertId)).toEqual([libya.aggregateId]);
    expect((await tasks(philippines)).total).toBe(0);
    expect((await tasks(malaysia)).total).toBe(0);
    expect((await tasks(australia)).total).toBe(0);
    await eventually(() => t.live.sent.filter((x) => x.update.type === 'CrisisExposureDetected').length === 2);
    const notified = t.live.sent.filter((x) => x.update.type === 'CrisisExposureDetected').map((x) => x.audience);
    expect(notified).toEqual(expect.arrayContaining([{ kind: 'organisations', organisationIds: ['state-bd'] }, { kind: 'organisations', organisationIds: ['state-ca'] }]));
    expect(notified).toHaveLength(2);
  });

  it('closes the task when the State reports presence, and shows small counts as "<5" beyond the reporter and agencies', async () => {
    const report = s.presence(libya.aggregateId, 'LY', 'state-bd', [{ place: 'Tripoli', count: 3 }, { place: 'Misrata', count: 30 }], '2026-03-10T12:00:00Z');
    await publish(report);
    await applied(report.eventId);
    expect((await tasks(bangladesh)).total).toBe(0);
    await eventually(() => t.live.sent.some((x) => x.update.type === 'CrisisTaskClosed' && x.audience.kind === 'organisations' && x.audience.organisationIds[0] === 'state-bd'));
    const places = async (viewer: ReturnType<typeof org>) => (await room(viewer, libya.aggregateId)).room?.presence[0].places.map((p) => p.count);
    expect(await places(bangladesh)).toEqual([3, 30]);
    expect(await places(iom)).toEqual([3, 30]);
    expect(await places(canada)).toEqual(['<5', 30]);
    expect(await places(bali)).toEqual(['<5', 30]);
    const total = async (viewer: ReturnType<typeof org>) => (await room(viewer, libya.aggregateId)).room?.presence[0].total;
    expect(await total(bangladesh)).toBe(33);
    expect(await total(iom)).toBe(33);
    // 33 beside "30" would give the hidden 3 away
    expect(await total(canada)).toBe('withheld');
  });

  it('gives a third State and the public the public part only', async () => {
    for (const viewer of [malaysia, philippines, null]) {
      const view = await room(viewer, libya.aggregateId);
      expect(view.alert).toEqual(expect.objectContaining({ id: libya.aggregateId, infos: expect.any(Array), cap: expect.objectContaining({ msgType: 'Alert' }) }));
      expect(view.room).toBeNull();
    }
    expect((await new HttpClient(t.app).get(`/api/crisis-room/alerts/${randomUUID()}`)).status).toBe(404);
  });

  it('shows consular routing to the two States of the request and pushes its updates to them alone', async () => {
    const before = t.live.sent.length;
    const [caseId] = await t.ds.query(`SELECT case_id FROM crisis_room.consular_case WHERE request_id = $1 LIMIT 1`, [request.aggregateId]).then((r: { case_id: string }[]) => r.map((x) => x.case_id));
    const accepted = s.consular('ConsularRequestAccepted', request.aggregateId, { byOrganisationId: 'state-au', acceptedAt: '2026-03-10T13:00:00Z' }, '2026-03-10T13:00:00Z');
    const located = s.consular('ConsularCaseUpdated', request.aggregateId, { caseId, status: 'located', byOrganisationId: 'state-au', updatedAt: '2026-03-10T14:00:00Z' }, '2026-03-10T14:00:00Z');
    await publish(accepted, located);
    await applied(located.eventId);
    await eventually(() => t.live.sent.some((x) => x.update.type === 'ConsularCaseUpdated'));
    const audiences = t.live.sent.slice(before).flatMap((x) => (x.audience.kind === 'organisations' ? x.audience.organisationIds : ['public']));
    expect(new Set(audiences)).toEqual(new Set(['state-ca', 'state-au']));
    const mine = (await room(canada, libya.aggregateId)).room?.consular.mine[0];
    expect(mine).toEqual(expect.objectContaining({ state: 'accepted', partnerOrganisationId: 'state-au', caseCounts: { open: 2, located: 1 } }));
    expect(mine?.history.map((h) => h.event)).toEqual(['raised', 'routed', 'accepted']);
    expect((await room(australia, libya.aggregateId)).room?.consular.mine).toHaveLength(1);
    const other = (await room(bangladesh, libya.aggregateId)).room?.consular;
    expect(other).toEqual({ mine: [], summary: { requests: 1, nationals: '<5', byState: { accepted: 1 } } });
  });

  it('shows evacuation progress against targets, hiding small counts from non-agencies', async () => {
    const opened = s.evacuationOpened(libya.aggregateId, 'LY', [{ nationality: 'BD', count: 40 }, { nationality: 'PH', count: 3 }], '2026-03-11T08:00:00Z');
    const moved = s.movement(opened.aggregateId, 'BD', 20, '2026-03-11T18:00:00Z');
    await publish(opened, moved, s.movement(opened.aggregateId, 'PH', 2, '2026-03-11T19:00:00Z'));
    await eventually(async () => (await room(iom, libya.aggregateId)).room?.evacuations[0]?.progress[1].movements['evacuated'] === 2);
    expect((await room(iom, libya.aggregateId)).room?.evacuations[0].progress).toEqual([
      { nationality: 'BD', target: 40, movements: { evacuated: 20 }, percent: 50 },
      { nationality: 'PH', target: 3, movements: { evacuated: 2 }, percent: 67 },
    ]);
    expect((await room(bangladesh, libya.aggregateId)).room?.evacuations[0].progress[1]).toEqual({ nationality: 'PH', target: '<5', movements: { evacuated: '<5' }, percent: null });
    const roomPushes = t.live.sent.filter((x) => x.update.type === 'CrisisRoomUpdated' && x.update.aggregateId === libya.aggregateId).flatMap((x) => (x.audience.kind === 'organisations' ? x.audience.organisationIds : []));
    expect(roomPushes).not.toContain('state-my');
    expect(roomPushes).not.toContain('state-ph');
  });

  it('rebuilds the same views from the log', async () => {
    const viewers = [iom, bangladesh, canada, australia, malaysia, bali, null];
    const snapshot = async () => ({
      rooms: await Promise.all(viewers.map((v) => room(v, libya.aggregateId))),
      earlier: await room(iom, earlier.aggregateId),
      tasks: await Promise.all([bangladesh, canada].map((v) => t.ds.query(`SELECT alert_id, organisation_id, kind, status, opened_at, closed_at FROM crisis_room.task WHERE organisation_id = $1 ORDER BY alert_id`, [v.id]))),
      list: (await new HttpClient(t.app).get('/api/crisis-room/alerts?status=all')).body,
    });
    const before = await snapshot();
    let seen = -1;
    await eventually(() => {
      const quiet = seen === t.live.sent.length; // no push trailing the earlier tests for 200 ms
      seen = t.live.sent.length;
      return quiet;
    }, 5000, 200);
    const pushes = t.live.sent.length;
    const { applied: replayed } = await t.app.get(CrisisRoomRebuild).rebuild();
    expect(replayed).toBe(14);
    const after = await snapshot();
    expect(after).toEqual(before);
    expect(before.tasks.flat()).toHaveLength(2);
    expect(t.live.sent.length).toBe(pushes);
  });

  it('withholds the nationals total from a State whose own requests would reveal the others’ small count', async () => {
    const philippines = s.consularRaised('state-ph', 'LY', libya.aggregateId, cases(2), '2026-03-12T09:00:00Z');
    await publish(philippines);
    await applied(philippines.eventId);
    // Canada knows its own 3: a total of 5 would say the Philippines asked for 2
    expect((await room(canada, libya.aggregateId)).room?.consular.summary).toEqual(expect.objectContaining({ requests: 2, nationals: 'withheld' }));
    // Bangladesh knows no part: 5 in all gives nobody away
    expect((await room(bangladesh, libya.aggregateId)).room?.consular.summary).toEqual(expect.objectContaining({ requests: 2, nationals: 5 }));
    expect((await room(iom, libya.aggregateId)).room?.consular.summary.nationals).toBe(5);
  });
});
