import { crisisEntities, crisisMigrations, CrisisWriteModule } from '@accord/crisis/infrastructure';
import { databaseKinds, eventually } from '@accord/shared/testing';
import { crisisRoomMigrations } from '../index';
import { HttpClient, startTestApp, TestApp } from '../testing';
import { CrisisRoomView, FieldReportView, Page } from '@accord/crisis/contracts/views';
import { CrisisRoomModule } from './crisis-room.module';
import { CrisisRoomRebuild } from './rebuild/crisis-room.rebuild';

const org = (id: string, kind: string, country: string | null) => ({ id, name: id, kind, country });
const iom = org('agency-iom', 'agency', null);
const bangladesh = org('state-bd', 'state', 'BD');
const malaysia = org('state-my', 'state', 'MY');
const rmms = org('cso-rmms', 'cso', 'KE');
const mfa = org('cso-mfa', 'cso', 'PH');

const alertBody = {
  country: 'LY', kind: 'conflict', severity: 'Extreme', urgency: 'Immediate', certainty: 'Observed',
  areas: [{ name: 'Tripolitania', polygons: [], circles: [] }],
  infos: [{ language: 'en', event: 'Armed conflict', headline: 'Fighting in western Libya', description: 'Migrant workers are leaving towards Tunisia.', instruction: 'Go to the nearest border crossing.', areaNames: [] }],
};
const report = (change: object = {}) => ({
  place: { name: 'Ras Ajdir border crossing', lat: 33.15, lon: 11.56 },
  observedAt: '2026-11-28T08:30:00Z',
  movements: [{ direction: 'departing', sex: 'male', ageBand: 'adult', count: 2400 }, { direction: 'stranded', sex: 'female', ageBand: 'child', count: 3 }],
  incidents: [{ kind: 'robbery', count: 12 }],
  needs: ['water', 'shelter'],
  note: 'Queues of several kilometres; water runs out by noon.',
  ...change,
});

describe.each(databaseKinds())('field reports from write to crisis room (%s)', (kind) => {
  let t: TestApp;
  let alertId: string;
  const as = (o: ReturnType<typeof org>, roles = ['focal_point']) => new HttpClient(t.app, t.tokenFor(o, roles));
  const written = async () => ({
    reports: (await t.ds.query(`SELECT count(*)::int AS n FROM crisis.field_report`))[0].n as number,
    outbox: (await t.ds.query(`SELECT count(*)::int AS n FROM messaging.outbox_message WHERE type = 'FieldReportFiled'`))[0].n as number,
  });
  const list = (viewer: ReturnType<typeof org>, query = '') => as(viewer).get<Page<FieldReportView>>(`/api/crisis-room/alerts/${alertId}/field-reports${query}`);
  const file = (body: object, who = rmms, roles = ['focal_point']) => as(who, roles).post<{ id: string; fields?: { field: string }[] }>(`/api/crisis-alerts/${alertId}/field-reports`, body);

  beforeAll(async () => {
    t = await startTestApp(kind, { serviceName: 'platform-test', imports: [CrisisWriteModule, CrisisRoomModule], entities: crisisEntities, migrations: [...crisisMigrations, ...crisisRoomMigrations] });
    const raised = await as(iom, ['crisis_cell_officer']).post<{ id: string }>('/api/crisis-alerts', alertBody);
    expect(raised.status).toBe(201);
    alertId = raised.body.id;
    const presence = await as(bangladesh, ['crisis_cell_officer']).post(`/api/crisis-alerts/${alertId}/presence`, { places: [{ place: 'Tripoli', count: 40 }], needs: ['evacuation'] });
    expect(presence.status).toBe(201);
    await eventually(async () => (await t.ds.query(`SELECT 1 FROM crisis_room.presence_report WHERE alert_id = $1`, [alertId])).length > 0);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await t?.db.drop();
  });

  it('files a report from a civil society monitor; the event carries counts but never the note', async () => {
    const res = await file(report());
    expect(res.status).toBe(201);
    const [row] = await t.ds.query(`SELECT state FROM crisis.field_report WHERE id = $1`, [res.body.id]);
    expect(row.state.note).toBe('Queues of several kilometres; water runs out by noon.');
    const [event] = await t.ds.query(`SELECT envelope->'payload' AS payload FROM messaging.outbox_message WHERE type = 'FieldReportFiled' AND key = $1`, [res.body.id]);
    expect(event.payload).toEqual(expect.objectContaining({ reportId: res.body.id, alertId, country: 'LY', monitorOrganisationId: 'cso-rmms', hasNote: true }));
    expect(JSON.stringify(event.payload)).not.toContain('Queues');
  });

  it('refuses States, agencies and viewers with 403 and writes nothing', async () => {
    const before = await written();
    expect((await file(report(), bangladesh, ['focal_point', 'crisis_cell_officer'])).status).toBe(403);
    expect((await file(report(), iom, ['focal_point', 'crisis_cell_officer'])).status).toBe(403);
    expect((await file(report(), rmms, ['viewer'])).status).toBe(403);
    expect((await new HttpClient(t.app).post(`/api/crisis-alerts/${alertId}/field-reports`, report())).status).toBe(401);
    expect(await written()).toEqual(before);
  });

  it.each([
    ['place.lon', { place: { name: 'Zuwara', lat: 32.93 } }],
    ['count', { incidents: [{ kind: 'death', count: -1 }] }],
    ['kind', { incidents: [{ kind: 'gossip', count: 1 }] }],
    ['note', { note: 'x'.repeat(501) }],
    ['observedAt', { observedAt: 'yesterday' }],
    ['needs', { needs: ['luxury'] }],
  ])('answers 400 naming %s and writes nothing', async (field, change) => {
    const before = await written();
    const res = await file(report(change));
    expect(res.status).toBe(400);
    expect((res.body.fields ?? []).map((f) => f.field).join(' ')).toContain(field);
    expect(await written()).toEqual(before);
  });

  it('refuses an observation in the future with 422 naming observedAt', async () => {
    const res = await file(report({ observedAt: '2026-11-29T10:00:00Z' }));
    expect(res.status).toBe(422);
    expect(res.body.fields?.[0].field).toBe('observedAt');
  });

  it('lists reports to room members with small counts hidden beyond the monitor and agencies, and refuses others', async () => {
    expect((await file(report({ place: { name: 'Dehiba' }, observedAt: '2026-11-28T09:30:00Z', movements: [], incidents: [{ kind: 'detention', count: 40 }], needs: ['medical'] }), mfa)).status).toBe(201);
    await eventually(async () => (await list(iom)).body.total === 2);
    const forIom = (await list(iom)).body;
    expect(forIom.items.map((r) => r.place.name)).toEqual(['Dehiba', 'Ras Ajdir border crossing']);
    expect(forIom.items[1]).toEqual(expect.objectContaining({ monitorOrganisationId: 'cso-rmms', movementTotal: 2403, needs: ['water', 'shelter'], place: { name: 'Ras Ajdir border crossing', lat: 33.15, lon: 11.56 } }));
    expect(forIom.items[0].place).toEqual({ name: 'Dehiba', lat: null, lon: null });
    const forBangladesh = (await list(bangladesh)).body.items[1];
    expect(forBangladesh.movements.map((m) => m.count)).toEqual([2400, '<5']);
    expect(forBangladesh.movementTotal).toBe('withheld');
    expect((await list(rmms)).body.items[1].movements.map((m) => m.count)).toEqual([2400, 3]);
    expect((await list(mfa)).body.items[1].movements.map((m) => m.count)).toEqual([2400, '<5']);
    expect((await list(malaysia)).status).toBe(403);
    expect((await new HttpClient(t.app).get(`/api/crisis-room/alerts/${alertId}/field-reports`)).status).toBe(401);
  });

  it('filters and paginates on the server, and validates the query', async () => {
    expect((await list(iom, '?incident=detention')).body.items.map((r) => r.place.name)).toEqual(['Dehiba']);
    expect((await list(iom, '?need=water')).body.items.map((r) => r.place.name)).toEqual(['Ras Ajdir border crossing']);
    expect((await list(iom, '?page=2&pageSize=1')).body).toEqual(expect.objectContaining({ total: 2, page: 2, pageSize: 1, items: [expect.objectContaining({ place: expect.objectContaining({ name: 'Ras Ajdir border crossing' }) })] }));
    expect((await list(iom, '?incident=gossip')).status).toBe(400);
    expect((await list(iom, '?pageSize=500')).status).toBe(400);
  });

  it('shows reports with coordinates on the room map and pushes each new report to room members and monitors only', async () => {
    const room = (await as(iom).get<CrisisRoomView>(`/api/crisis-room/alerts/${alertId}`)).body.room;
    expect(room?.fieldReports).toEqual({ total: 2, points: [expect.objectContaining({ name: 'Ras Ajdir border crossing', lat: 33.15, lon: 11.56 })] });
    const pushes = await eventually(() => {
      const sent = t.live.sent.filter((x) => x.update.type === 'FieldReportFiled');
      return sent.length >= 5 ? sent : null;
    });
    const audiences = pushes.map((x) => (x.audience.kind === 'organisations' ? x.audience.organisationIds[0] : x.audience.kind));
    expect(audiences).toEqual(expect.arrayContaining(['agency-iom', 'state-bd', 'cso-rmms', 'cso-mfa']));
    expect(audiences).not.toContain('state-my');
    expect(audiences).not.toContain('public');
  });

  it('rebuilds the same field reports from the log', async () => {
    const snapshot = async () => ({ iom: (await list(iom)).body, bd: (await list(bangladesh)).body, room: (await as(iom).get<CrisisRoomView>(`/api/crisis-room/alerts/${alertId}`)).body.room?.fieldReports });
    const before = await snapshot();
    await t.app.get(CrisisRoomRebuild).rebuild();
    expect(await snapshot()).toEqual(before);
  });
});
