import { randomUUID } from 'node:crypto';
import { ConsultationView, followUpEntities, followUpMigrations, FollowUpWriteModule } from '@accord/follow-up/infrastructure';
import { crisisAlertClosed, crisisAlertRaised } from '@accord/crisis/contracts/testing';
import { ManualClock } from '@accord/shared/kernel';
import { UnitOfWork } from '@accord/shared/messaging';
import { databaseKinds, eventually } from '@accord/shared/testing';
import { HttpClient, startTestApp, TestApp } from '@accord/shared/service-testing';
import { trackerMigrations } from '../index';
import { FollowUpTrackerModule } from './follow-up-tracker.module';
import { Page, TrackerRow } from '@accord/follow-up/contracts/views';

const bali = { id: 'sec-bali-process', name: 'Bali Process', kind: 'secretariat', country: null };
const gfmd = { id: 'sec-gfmd', name: 'GFMD', kind: 'secretariat', country: null };
const bangladesh = { id: 'state-bd', name: 'Bangladesh', kind: 'state', country: 'BD' };
const canada = { id: 'state-ca', name: 'Canada', kind: 'state', country: 'CA' };
const iom = { id: 'agency-iom', name: 'IOM', kind: 'agency', country: null };

interface Saved {
  id: string;
  version: number;
}
interface DecisionSaved extends Saved {
  decisionId: string;
  recommendationId: string;
}

jest.setTimeout(30_000);

describe.each(databaseKinds())('regional emergency consultation on an alert (%s)', (kind) => {
  let t: TestApp;
  let secretariat: HttpClient;
  let otherSecretariat: HttpClient;
  let bdFocal: HttpClient;
  let bdViewer: HttpClient;
  let ca: HttpClient;
  let iomOfficer: HttpClient;
  let consultationId: string;
  const alertId = randomUUID();
  const closedAlertId = randomUUID();
  const clock = new ManualClock(new Date('2026-12-07T01:00:00Z'));
  // This service's own events (the crisis alerts below are published as the crisis side would).
  const outbox = async () =>
    (await t.ds.query(`SELECT type, topic AS stream, envelope->'payload' AS payload FROM messaging.outbox_message WHERE topic LIKE 'accord.follow-up.%' ORDER BY id`)) as { type: string; stream: string; payload: Record<string, unknown> }[];
  const convene = (client: HttpClient, body: Record<string, unknown> = {}, onAlert = alertId) =>
    client.post<Saved>(`/api/crisis-alerts/${onAlert}/consultations`, {
      title: 'Emergency consultation: migrants stranded at sea',
      process: 'Bali Process',
      scheduledAt: '2026-12-08T03:00:00Z',
      invitedStateIds: ['state-bd', 'state-my', 'state-au'],
      agencyIds: ['agency-iom'],
      ...body,
    });
  const decision = { title: 'Open two disembarkation points', text: 'Malaysia opens Langkawi and Penang; IOM screens arrivals.', addresseeIds: ['state-my', 'agency-iom'], dueDate: '2026-12-21' };

  beforeAll(async () => {
    process.env['ACCORD_OVERDUE_SCAN_MS'] = '0';
    t = await startTestApp(kind, {
      serviceName: 'consultation-test',
      imports: [FollowUpWriteModule, FollowUpTrackerModule],
      entities: followUpEntities,
      migrations: [...followUpMigrations, ...trackerMigrations],
      clock,
    });
    secretariat = new HttpClient(t.app, t.tokenFor(bali, ['secretariat_officer']));
    otherSecretariat = new HttpClient(t.app, t.tokenFor(gfmd, ['secretariat_officer']));
    bdFocal = new HttpClient(t.app, t.tokenFor(bangladesh, ['secretariat_officer']));
    bdViewer = new HttpClient(t.app, t.tokenFor(bangladesh, ['viewer']));
    ca = new HttpClient(t.app, t.tokenFor(canada, ['viewer']));
    iomOfficer = new HttpClient(t.app, t.tokenFor(iom, ['crisis_cell_officer']));
    const uow = t.app.get(UnitOfWork);
    const at = '2026-12-07T00:30:00.000Z';
    await uow.run(async () => uow.collect([crisisAlertRaised('ID', at, { alertId }), crisisAlertRaised('LY', at, { alertId: closedAlertId }), crisisAlertClosed(closedAlertId, 2, at)]));
    await eventually(async () => (await t.ds.query(`SELECT count(closed_at)::int AS n FROM follow_up.known_crisis_alert`))[0].n === 1);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await t?.db.drop();
  });

  it('a secretariat convenes a consultation on the alert: ConsultationConvened.v1 is in the outbox', async () => {
    const res = await convene(secretariat);
    expect(res).toEqual({ status: 201, body: { id: expect.any(String), version: 1 } });
    consultationId = res.body.id;
    const events = await outbox();
    expect(events.map((e) => [e.type, e.stream])).toEqual([['ConsultationConvened', 'accord.follow-up.consultation']]);
    expect(events[0].payload).toEqual(expect.objectContaining({ alertId, secretariatId: 'sec-bali-process', invitedStateIds: ['state-bd', 'state-my', 'state-au'] }));
  });

  it('names the field for bad input (400) and refuses non-secretariats (403)', async () => {
    const before = (await outbox()).length;
    const bad = await convene(secretariat, { scheduledAt: 'next tuesday' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('scheduledAt');
    expect((await convene(secretariat, { invitedStateIds: [] })).status).toBe(400);
    expect((await convene(bdFocal)).status).toBe(403);
    expect((await secretariat.post(`/api/crisis-alerts/not-a-uuid/consultations`, {})).status).toBe(400);
    expect((await outbox()).length).toBe(before);
  });

  it('is convened only on a crisis alert this service has learnt of (404) and that is still open (422 naming alertId); nothing is written', async () => {
    const before = (await outbox()).length;
    const unknown = await convene(secretariat, {}, randomUUID());
    expect(unknown.status).toBe(404);
    expect(JSON.stringify(unknown.body)).toContain('crisis alert');
    const closed = await convene(secretariat, {}, closedAlertId);
    expect(closed.status).toBe(422);
    expect(closed.body).toEqual(expect.objectContaining({ rule: 'ConsultationNeedsAnOpenAlert', fields: [expect.objectContaining({ field: 'alertId' })] }));
    expect((await convene(bdFocal, {}, randomUUID())).status).toBe(403);
    expect((await outbox()).length).toBe(before);
    expect((await t.ds.query(`SELECT count(*)::int AS n FROM follow_up.consultation WHERE alert_id = ANY($1)`, [[closedAlertId]]))[0].n).toBe(0);
  });

  it('records attendance of invited States only; counts show in the view', async () => {
    const res = await secretariat.post<Saved>(`/api/consultations/${consultationId}/attendance`, {
      attendance: [{ organisationId: 'state-bd', present: true }, { organisationId: 'state-my', present: true }, { organisationId: 'state-au', present: false }],
    });
    expect(res.status).toBe(201);
    const stranger = await secretariat.post(`/api/consultations/${consultationId}/attendance`, { attendance: [{ organisationId: 'state-ca', present: true }] });
    expect(stranger.status).toBe(422);
    expect(JSON.stringify(stranger.body)).toContain('attendance');
    expect((await secretariat.post(`/api/consultations/${consultationId}/attendance`, { attendance: [{ organisationId: 'state-bd', present: 'yes' }] })).status).toBe(400);
    const view = (await secretariat.get<ConsultationView>(`/api/consultations/${consultationId}`)).body;
    expect(view.attendanceCounts).toEqual({ invited: 3, present: 2, absent: 1, unrecorded: 0 });
  });

  it('a decision issues a recommendation in the same transaction; the tracker shows it per addressee with its due date', async () => {
    const res = await secretariat.post<DecisionSaved>(`/api/consultations/${consultationId}/decisions`, decision);
    expect(res).toEqual({ status: 201, body: { id: consultationId, version: 3, decisionId: expect.any(String), recommendationId: expect.any(String) } });
    const { recommendationId } = res.body;
    const events = await outbox();
    expect(events.slice(-2).map((e) => e.type)).toEqual(['ConsultationDecisionRecorded', 'RecommendationIssued']);
    expect(events.at(-1)?.payload).toEqual(
      expect.objectContaining({ recommendationId, addresseeIds: ['state-my', 'agency-iom'], dueDate: '2026-12-21', consultation: { consultationId, alertId }, meeting: expect.objectContaining({ meetingId: consultationId, process: 'Bali Process' }) }),
    );
    const obligations = await t.ds.query(`SELECT addressee_id, due_date::text AS due FROM follow_up.obligation WHERE recommendation_id = $1 ORDER BY addressee_id`, [recommendationId]);
    expect(obligations).toEqual([{ addressee_id: 'agency-iom', due: '2026-12-21' }, { addressee_id: 'state-my', due: '2026-12-21' }]);
    const rows = await eventually(async () => {
      const page = (await secretariat.get<Page<TrackerRow>>(`/api/follow-up/tracker?pageSize=100`)).body;
      const mine = page.items.filter((r) => r.recommendationId === recommendationId);
      return mine.length === 2 ? mine : null;
    });
    expect(rows.map((r) => [r.addresseeId, r.dueDate]).sort()).toEqual([['agency-iom', '2026-12-21'], ['state-my', '2026-12-21']]);
    const view = (await secretariat.get<ConsultationView>(`/api/consultations/${consultationId}`)).body;
    expect(view.decisions).toEqual([expect.objectContaining({ recommendationId, title: decision.title, dueDate: '2026-12-21' })]);
  });

  it('refuses decisions to non-participants, past due dates, and from anyone but the convening secretariat; nothing is written', async () => {
    const before = (await outbox()).length;
    const stranger = await secretariat.post(`/api/consultations/${consultationId}/decisions`, { ...decision, addresseeIds: ['state-ca'] });
    expect(stranger.status).toBe(422);
    expect(JSON.stringify(stranger.body)).toContain('addresseeIds');
    expect((await secretariat.post(`/api/consultations/${consultationId}/decisions`, { ...decision, dueDate: '2026-12-01' })).status).toBe(422);
    expect((await otherSecretariat.post(`/api/consultations/${consultationId}/decisions`, decision)).status).toBe(403);
    expect((await otherSecretariat.post(`/api/consultations/${consultationId}/attendance`, { attendance: [{ organisationId: 'state-bd', present: false }] })).status).toBe(403);
    expect((await bdFocal.post(`/api/consultations/${consultationId}/close`, {})).status).toBe(403);
    expect((await outbox()).length).toBe(before);
  });

  it('is seen by the secretariat, invited States and agencies only (IDOR: 404 and empty lists for others)', async () => {
    expect((await bdViewer.get<ConsultationView>(`/api/consultations/${consultationId}`)).status).toBe(200);
    expect((await iomOfficer.get<ConsultationView>(`/api/consultations/${consultationId}`)).status).toBe(200);
    expect((await ca.get(`/api/consultations/${consultationId}`)).status).toBe(404);
    expect((await otherSecretariat.get(`/api/consultations/${consultationId}`)).status).toBe(404);
    expect((await new HttpClient(t.app).get(`/api/consultations/${consultationId}`)).status).toBe(401);
    const list = async (client: HttpClient) => (await client.get<Page<ConsultationView>>(`/api/crisis-alerts/${alertId}/consultations?page=1&pageSize=10`)).body;
    expect(await list(bdViewer)).toEqual({ items: [expect.objectContaining({ id: consultationId })], total: 1, page: 1, pageSize: 10 });
    expect((await list(ca)).total).toBe(0);
    expect((await ca.get(`/api/crisis-alerts/${alertId}/consultations?pageSize=1000`)).status).toBe(400);
  });

  it('is closed by its secretariat; afterwards nothing more is recorded', async () => {
    expect((await secretariat.post<Saved>(`/api/consultations/${consultationId}/close`, {})).status).toBe(201);
    expect((await outbox()).at(-1)).toEqual(expect.objectContaining({ type: 'ConsultationClosed', payload: expect.objectContaining({ decisionCount: 1 }) }));
    expect((await secretariat.post(`/api/consultations/${consultationId}/decisions`, decision)).status).toBe(422);
    expect((await secretariat.get<ConsultationView>(`/api/consultations/${consultationId}`)).body.status).toBe('closed');
  });

  it('learns that an alert it knows was closed later (its own batch): no new consultation on it, the earlier one stays readable', async () => {
    const uow = t.app.get(UnitOfWork);
    await uow.run(async () => uow.collect([crisisAlertClosed(alertId, 2, '2026-12-07T02:00:00.000Z')]));
    await eventually(async () => (await t.ds.query(`SELECT closed_at FROM follow_up.known_crisis_alert WHERE alert_id = $1`, [alertId]))[0]?.closed_at != null);
    const refused = await convene(secretariat);
    expect(refused.status).toBe(422);
    expect(JSON.stringify(refused.body)).toContain('alertId');
    expect((await secretariat.get<ConsultationView>(`/api/consultations/${consultationId}`)).status).toBe(200);
  });
});
