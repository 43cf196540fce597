import { commitmentsEntities, commitmentsMigrations, CommitmentsWriteModule } from '@accord/commitments/infrastructure';
import { HttpClient, startTestApp, TestApp } from '@accord/shared/service-testing';
import { databaseKinds, eventually } from '@accord/shared/testing';
import { boardMigrations } from '../index';
import { CommitmentBoardModule } from './commitment-board.module';
import { CommitmentDetailView, CommitmentView, Page } from '@accord/commitments/contracts/views';

jest.setTimeout(30_000);

const bangladesh = { id: 'state-bd', name: 'Bangladesh', kind: 'state', country: 'BD' };
const malaysia = { id: 'state-my', name: 'Malaysia', kind: 'state', country: 'MY' };
const canada = { id: 'state-ca', name: 'Canada', kind: 'state', country: 'CA' };
const iom = { id: 'agency-iom', name: 'IOM', kind: 'agency', country: null };
const terms = (over: object = {}) => ({
  title: 'A fair recruitment corridor between Bangladesh and Malaysia',
  description: 'Both governments cap recruitment fees and publish them.',
  gcmObjectives: [6],
  sdgTargets: ['10.7'],
  indicator: 'SDG 10.7.1',
  baseline: '2.6 months of income',
  targetValue: '1 month of income',
  dueDate: '2030-12-31',
  ...over,
});
const progress = (percent: number) => ({ percent, narrative: 'Fees capped in one more district.', evidenceLevel: 'case_study' });

describe.each(databaseKinds())('Joint commitments over HTTP: co-owners, per-owner shares, consolidated status (%s)', (kind) => {
  let t: TestApp;
  let bd: HttpClient;
  let my: HttpClient;
  let ca: HttpClient;
  let id: string;
  const outbox = async () => (await t.ds.query(`SELECT type, envelope->'payload' AS p FROM messaging.outbox_message ORDER BY id`)) as { type: string; p: Record<string, unknown> }[];
  const detail = async () => (await bd.get<CommitmentDetailView>(`/api/commitments/${id}`)).body;
  const boardAt = (version: number) => eventually(async () => {
    const d = await detail();
    if (d?.version !== version) throw new Error(`board at version ${d?.version}, waiting for ${version}`);
    return d;
  });

  beforeAll(async () => {
    t = await startTestApp(kind, {
      serviceName: 'joint-test',
      imports: [CommitmentsWriteModule, CommitmentBoardModule],
      entities: commitmentsEntities,
      migrations: [...commitmentsMigrations, ...boardMigrations],
    });
    [bd, my, ca] = [bangladesh, malaysia, canada].map((o) => new HttpClient(t.app, t.tokenFor(o)));
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await t?.db.drop();
  });

  it('the logging organisation invites known co-owners: 201, CommitmentLogged then CommitmentCoOwnerAdded', async () => {
    const res = await bd.post<{ id: string; version: number }>('/api/commitments', terms({ coOwnerIds: ['state-my'] }));
    expect(res).toEqual({ status: 201, body: { id: expect.any(String), version: 2 } });
    id = res.body.id;
    const events = await outbox();
    expect(events.map((e) => e.type)).toEqual(['CommitmentLogged', 'CommitmentCoOwnerAdded']);
    expect(events[1].p).toEqual({ commitmentId: id, coOwner: { organisationId: 'state-my', name: 'Malaysia', kind: 'state', country: 'MY' }, addedBy: 'state-bd', addedAt: '2026-11-28T10:00:00.000Z' });
    const view = await boardAt(2);
    expect(view.owners.map((o) => [o.organisationId, o.status, o.percent])).toEqual([['state-bd', 'pledged', null], ['state-my', 'pledged', null]]);
  });

  it('refuses unknown co-owners (400 naming coOwnerIds) and writes nothing', async () => {
    const before = (await outbox()).length;
    const res = await bd.post<{ message: unknown }>('/api/commitments', terms({ coOwnerIds: ['state-my', 'state-atlantis'] }));
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('coOwnerIds');
    expect((await bd.post('/api/commitments', terms({ coOwnerIds: 'state-my' }))).status).toBe(400);
    expect((await outbox()).length).toBe(before);
  });

  it('each owner reports its own share; a non-owner gets 403 and nothing is written', async () => {
    const before = (await outbox()).length;
    expect((await ca.post(`/api/commitments/${id}/progress`, progress(50))).status).toBe(403);
    expect((await ca.post(`/api/commitments/${id}/status`, { status: 'in_progress' })).status).toBe(403);
    expect((await ca.post(`/api/commitments/${id}/co-owners`, { organisationId: 'state-ca' })).status).toBe(403);
    expect((await outbox()).length).toBe(before);

    expect((await my.post(`/api/commitments/${id}/progress`, progress(60))).status).toBe(201);
    const share = (await outbox()).slice(before);
    expect(share.map((e) => e.type)).toEqual(['CommitmentShareProgressReported', 'CommitmentShareStatusChanged', 'CommitmentStatusChanged']);
    expect(share[0].p).toEqual(expect.objectContaining({ organisationId: 'state-my', percent: 60, consolidatedPercent: 30 }));
    const view = await boardAt(5);
    expect(view).toEqual(expect.objectContaining({ status: 'in_progress', latestPercent: 30, progressCount: 1 }));
    expect(view.owners.map((o) => [o.organisationId, o.status, o.percent])).toEqual([['state-bd', 'pledged', null], ['state-my', 'in_progress', 60]]);
    expect(view.timeline.find((e) => e.kind === 'progress')?.progress?.organisationId).toBe('state-my');
  });

  it('an owner adds a co-owner later; the consolidated status is fulfilled only when every share is', async () => {
    expect((await my.post(`/api/commitments/${id}/co-owners`, { organisationId: iom.id })).status).toBe(201);
    expect((await my.post(`/api/commitments/${id}/co-owners`, { organisationId: iom.id })).status).toBe(422);
    expect((await my.post(`/api/commitments/${id}/co-owners`, { organisationId: 'nobody' })).status).toBe(400);
    expect((await my.post(`/api/commitments/${id}/co-owners`, {})).status).toBe(400);
    const iomClient = new HttpClient(t.app, t.tokenFor(iom));
    for (const [client, org] of [[bd, 'state-bd'], [my, 'state-my'], [iomClient, 'agency-iom']] as const) {
      if (org !== 'state-my') expect((await client.post(`/api/commitments/${id}/progress`, progress(100))).status).toBe(201);
      expect((await client.post(`/api/commitments/${id}/status`, { status: 'fulfilled', reason: `${org} delivered` })).status).toBe(200);
      const view = await eventually(async () => (await detail()).owners.find((o) => o.organisationId === org)?.status === 'fulfilled' && detail());
      expect(view && view.status).toBe(org === 'agency-iom' ? 'fulfilled' : 'in_progress');
    }
    const board = (await bd.get<Page<CommitmentView>>('/api/commitments?organisationId=agency-iom')).body;
    expect(board.items.map((c) => [c.id, c.status, c.owners.length])).toEqual([[id, 'fulfilled', 3]]);
  });
});
