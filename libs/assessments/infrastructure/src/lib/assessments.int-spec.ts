import { randomUUID } from 'node:crypto';
import { COMMITMENT_STREAM } from '@accord/commitments/contracts';
import { newEnvelope } from '@accord/shared/contracts';
import { UnitOfWork } from '@accord/shared/messaging';
import { databaseKinds, eventually } from '@accord/shared/testing';
import { HttpClient } from '@accord/shared/service-testing';
import { startTestApp, TestApp } from '@accord/shared/service-testing';
import { assessmentsEntities, assessmentsMigrations } from '../index';
import { AssessmentsWriteModule } from './assessments-write.module';

jest.setTimeout(30_000);

const mfa = { id: 'cso-mfa', name: 'Migrant Forum in Asia', kind: 'cso', country: 'PH' };
const bangladesh = { id: 'state-bd', name: 'Bangladesh', kind: 'state', country: 'BD' };
const canada = { id: 'state-ca', name: 'Canada', kind: 'state', country: 'CA' };
const g2g = randomUUID();
const mfaOwn = randomUUID();
const logged = (commitmentId: string, owner: { id: string; name: string; kind: string; country: string | null }) =>
  newEnvelope({
    type: 'CommitmentLogged',
    version: 1,
    stream: COMMITMENT_STREAM,
    aggregateId: commitmentId,
    aggregateVersion: 1,
    payload: {
      commitmentId,
      owner: { organisationId: owner.id, name: owner.name, kind: owner.kind, country: owner.country },
      title: 'A commitment to assess',
      description: 'x',
      gcmObjectives: [6],
      sdgTargets: [],
      indicator: 'i',
      baseline: 'b',
      targetValue: 't',
      dueDate: '2030-12-31',
      status: 'pledged',
      loggedAt: '2026-11-28T10:00:00.000Z',
    },
  });
const coOwnerAdded = (commitmentId: string, coOwner: { id: string; name: string; kind: string; country: string | null }) =>
  newEnvelope({
    type: 'CommitmentCoOwnerAdded',
    version: 1,
    stream: COMMITMENT_STREAM,
    aggregateId: commitmentId,
    aggregateVersion: 2,
    payload: {
      commitmentId,
      coOwner: { organisationId: coOwner.id, name: coOwner.name, kind: coOwner.kind, country: coOwner.country },
      addedBy: 'state-bd',
      addedAt: '2026-11-28T11:00:00.000Z',
    },
  });
const assessment = (commitmentId: string, over: object = {}) => ({
  commitmentId,
  rating: 'off_track',
  narrative: 'Village brokers still charge workers the old fees.',
  evidenceUrls: ['https://example.org/shadow-report'],
  contestedStatus: 'stalled',
  ...over,
});

describe.each(databaseKinds())('J4 independent assessment over HTTP, learning owners from the commitments stream (%s)', (kind) => {
  let t: TestApp;
  let cso: HttpClient;
  const outboxCount = async () => (await t.ds.query(`SELECT count(*)::int AS n FROM messaging.outbox_message`))[0].n as number;

  beforeAll(async () => {
    t = await startTestApp(kind, { serviceName: 'civil-society-test', imports: [AssessmentsWriteModule], entities: assessmentsEntities, migrations: assessmentsMigrations });
    cso = new HttpClient(t.app, t.tokenFor(mfa));
    const uow = t.app.get(UnitOfWork);
    await uow.run(async () => uow.collect([logged(g2g, bangladesh), logged(mfaOwn, mfa)]));
    await eventually(async () => (await t.ds.query(`SELECT count(*)::int AS n FROM assessments.commitment_owner`))[0].n === 2);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await t?.db.drop();
  });

  it('knows commitment owners only from CommitmentLogged events, in its own table', async () => {
    expect(await t.ds.query(`SELECT owner_organisation_id FROM assessments.commitment_owner WHERE commitment_id = $1`, [g2g])).toEqual([{ owner_organisation_id: 'state-bd' }]);
  });

  it('a CSO publishes an assessment disputing the owner\'s status: 201 and AssessmentPublished in the outbox', async () => {
    const res = await cso.post<{ id: string; version: number }>('/api/assessments', assessment(g2g));
    expect(res).toEqual({ status: 201, body: { id: expect.any(String), version: 1 } });
    const rows = await t.ds.query(`SELECT envelope->'payload' AS p FROM messaging.outbox_message WHERE type = 'AssessmentPublished'`);
    expect(rows).toEqual([{ p: expect.objectContaining({ commitmentId: g2g, commitmentOwnerId: 'state-bd', rating: 'off_track', contestedStatus: 'stalled' }) }]);
  });

  it('refuses: own commitment (403), a State as assessor (403), unknown commitment (404), dispute without evidence (422), bad rating (400)', async () => {
    const before = await outboxCount();
    expect((await cso.post('/api/assessments', assessment(mfaOwn))).status).toBe(403);
    expect((await new HttpClient(t.app, t.tokenFor(canada)).post('/api/assessments', assessment(g2g))).status).toBe(403);
    expect((await cso.post('/api/assessments', assessment(randomUUID()))).status).toBe(404);
    expect((await cso.post('/api/assessments', assessment(g2g, { evidenceUrls: [] }))).status).toBe(422);
    expect((await cso.post('/api/assessments', assessment(g2g, { rating: 'excellent' }))).status).toBe(400);
    expect(await outboxCount()).toBe(before);
  });

  it('only the owner replies, once; others get 403 and nothing changes', async () => {
    const { body } = await cso.post<{ id: string }>('/api/assessments', assessment(g2g, { contestedStatus: undefined, rating: 'some_progress' }));
    const before = await outboxCount();
    expect((await new HttpClient(t.app, t.tokenFor(canada)).post(`/api/assessments/${body.id}/replies`, { text: 'not ours' })).status).toBe(403);
    expect((await cso.post(`/api/assessments/${body.id}/replies`, { text: 'replying to myself' })).status).toBe(403);
    expect(await outboxCount()).toBe(before);
    const owner = new HttpClient(t.app, t.tokenFor(bangladesh));
    expect(await owner.post(`/api/assessments/${body.id}/replies`, { text: 'Brokers are now being registered.' })).toEqual({ status: 201, body: { id: body.id, version: 2 } });
    expect((await owner.post(`/api/assessments/${body.id}/replies`, { text: 'And again.' })).status).toBe(422);
    const replies = await t.ds.query(`SELECT envelope->'payload'->>'ownerOrganisationId' AS owner FROM messaging.outbox_message WHERE type = 'AssessmentReplied'`);
    expect(replies).toEqual([{ owner: 'state-bd' }]);
  });

  it('a co-owner of a joint commitment cannot assess it (403) and may reply to an assessment of it', async () => {
    const joint = randomUUID();
    const uow = t.app.get(UnitOfWork);
    const ilo = { id: 'agency-ilo', name: 'ILO', kind: 'agency', country: null };
    await uow.run(async () => uow.collect([logged(joint, bangladesh)]));
    await eventually(async () => (await t.ds.query(`SELECT 1 FROM assessments.commitment_owner WHERE commitment_id = $1`, [joint])).length === 1);
    const { body } = await cso.post<{ id: string }>('/api/assessments', assessment(joint, { contestedStatus: undefined, rating: 'some_progress' }));
    expect(body.id).toEqual(expect.any(String));
    await uow.run(async () => uow.collect([coOwnerAdded(joint, mfa), coOwnerAdded(joint, ilo)]));
    await eventually(async () => (await t.ds.query(`SELECT count(*)::int AS n FROM assessments.commitment_co_owner WHERE commitment_id = $1`, [joint]))[0].n === 2);
    const before = await outboxCount();
    expect((await cso.post('/api/assessments', assessment(joint))).status).toBe(403);
    expect(await outboxCount()).toBe(before);
    const reply = await new HttpClient(t.app, t.tokenFor(ilo)).post(`/api/assessments/${body.id}/replies`, { text: 'Our share is on track.' });
    expect(reply).toEqual({ status: 201, body: { id: body.id, version: 2 } });
  });
});
