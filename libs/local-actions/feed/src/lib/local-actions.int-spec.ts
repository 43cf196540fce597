import { localActionsEntities, localActionsMigrations, LocalActionsWriteModule } from '@accord/local-actions/infrastructure';
import { databaseKinds, eventually } from '@accord/shared/testing';
import { HttpClient } from '@accord/shared/service-testing';
import { startTestApp, TestApp } from '@accord/shared/service-testing';
import { localActionFeedMigrations } from '../index';
import { LocalActionFeedModule } from './local-action-feed.module';
import { LocalActionPage, LocalActionView } from './local-action-view';

const naga = { id: 'city-naga', name: 'Naga City', kind: 'city', country: 'PH' };
const vancouver = { id: 'city-vancouver', name: 'Vancouver', kind: 'city', country: 'CA' };
const philippines = { id: 'state-ph', name: 'Philippines', kind: 'state', country: 'PH' };
const commitmentId = '7b0c1c3e-8d0f-4b52-9f57-2c1a2f0d9a11';
const action = (over: object = {}) => ({
  title: 'Migrant Resource Centre opens in Naga City',
  description: 'One-stop desk for departing and returning workers and their families.',
  date: '2026-10-01',
  location: { placeName: 'Naga City', country: 'PH' },
  status: 'under_way',
  beneficiaries: 1200,
  commitmentIds: [commitmentId],
  recommendationIds: [],
  ...over,
});

describe.each(databaseKinds())('J2 local actions over HTTP, outbox, transport and feed (%s)', (kind) => {
  let t: TestApp;
  let nagaHttp: HttpClient;
  let anonymous: HttpClient;

  beforeAll(async () => {
    t = await startTestApp(kind, {
      serviceName: 'cities-service-test',
      imports: [LocalActionsWriteModule, LocalActionFeedModule],
      entities: localActionsEntities,
      migrations: [...localActionsMigrations, ...localActionFeedMigrations],
    });
    nagaHttp = new HttpClient(t.app, t.tokenFor(naga));
    anonymous = new HttpClient(t.app);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await t?.db.drop();
  });

  it('a city reports an action: 201, one outbox row, and it appears in the public peer feed and live', async () => {
    const res = await nagaHttp.post<{ id: string; version: number }>('/api/local-actions', action());
    expect(res).toEqual({ status: 201, body: { id: expect.any(String), version: 1 } });
    const outbox = await t.ds.query(`SELECT type, key FROM messaging.outbox_message WHERE key = $1`, [res.body.id]);
    expect(outbox).toEqual([{ type: 'LocalActionReported', key: res.body.id }]);
    const feed = await eventually(async () => {
      const page = await anonymous.get<LocalActionPage>(`/api/local-actions?commitmentId=${commitmentId}`);
      return page.body.total === 1 ? page.body : null;
    });
    expect(feed.items[0]).toEqual(expect.objectContaining({ id: res.body.id, cityOrganisationId: 'city-naga', date: '2026-10-01', location: { placeName: 'Naga City', country: 'PH' } }));
    await eventually(() => t.live.sent.some((s) => s.update.aggregateId === res.body.id && s.audience.kind === 'public'));
  });

  it('filters the feed by country and paginates on the server', async () => {
    const vancouverHttp = new HttpClient(t.app, t.tokenFor(vancouver));
    const res = await vancouverHttp.post<{ id: string }>('/api/local-actions', action({ title: 'Newcomer welcome centre', location: { placeName: 'Vancouver', country: 'CA' }, commitmentIds: [] }));
    expect(res.status).toBe(201);
    await eventually(async () => (await anonymous.get<LocalActionPage>('/api/local-actions')).body.total === 2);
    const ca = await anonymous.get<LocalActionPage>('/api/local-actions?country=CA');
    expect(ca.body.items.map((i) => i.title)).toEqual(['Newcomer welcome centre']);
    const page2 = await anonymous.get<LocalActionPage>('/api/local-actions?pageSize=1&page=2');
    expect(page2.body).toEqual(expect.objectContaining({ total: 2, page: 2, pageSize: 1 }));
    expect(page2.body.items).toHaveLength(1);
  });

  it('refuses a report from a State (403) and a malformed one (400), and writes nothing', async () => {
    const before = await t.ds.query(`SELECT count(*)::int AS n FROM messaging.outbox_message`);
    const state = await new HttpClient(t.app, t.tokenFor(philippines)).post('/api/local-actions', action());
    expect(state.status).toBe(403);
    const bad = await nagaHttp.post<{ fields: { field: string }[] }>('/api/local-actions', action({ beneficiaries: -1, location: { placeName: 'x', country: 'Philippines' } }));
    expect(bad.status).toBe(400);
    expect(await t.ds.query(`SELECT count(*)::int AS n FROM messaging.outbox_message`)).toEqual(before);
  });

  it('lets only the reporting city update an action; the feed follows', async () => {
    const { body } = await nagaHttp.post<{ id: string }>('/api/local-actions', action({ title: 'Pre-departure seminars' }));
    const other = await new HttpClient(t.app, t.tokenFor(vancouver)).patch(`/api/local-actions/${body.id}`, { status: 'completed' });
    expect(other.status).toBe(403);
    const mine = await nagaHttp.patch<{ version: number }>(`/api/local-actions/${body.id}`, { status: 'completed', beneficiaries: 1500 });
    expect(mine).toEqual({ status: 200, body: { id: body.id, version: 2 } });
    const view = await eventually(async () => {
      const r = await anonymous.get<LocalActionView>(`/api/local-actions/${body.id}`);
      return r.body.version === 2 ? r.body : null;
    });
    expect(view).toEqual(expect.objectContaining({ status: 'completed', beneficiaries: 1500, title: 'Pre-departure seminars' }));
  });
});
