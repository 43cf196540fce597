import { randomUUID } from 'node:crypto';
import { COMMITMENT_STREAM } from '@accord/commitments/contracts';
import { RECOMMENDATION_STREAM } from '@accord/follow-up/contracts';
import { EventEnvelope, newEnvelope } from '@accord/shared/contracts';
import { ManualClock } from '@accord/shared/kernel';
import { UnitOfWork } from '@accord/shared/messaging';
import { databaseKinds, eventually } from '@accord/shared/testing';
import { HttpClient, startTestApp, TestApp } from '@accord/shared/service-testing';
import { trackerMigrations } from '../../index';
import { FollowUpTrackerModule } from '../follow-up-tracker.module';
import { ScorecardExport } from '../export/scorecard-export.http.controller';
import { Scorecard } from '@accord/follow-up/contracts/views';

const recommendationId = randomUUID();
const commitmentId = randomUUID();
const meeting = { meetingId: randomUUID(), title: 'Senior Officials Meeting', process: 'Bali Process', date: '2026-11-01' };
const actor = { personId: 'person-1', organisationId: 'state-bd' };

/** Envelopes as the write side files them; `at` is the domain clock's time the payload carries. */
const recommendationEvent = (type: string, aggregateVersion: number, payload: object) =>
  newEnvelope({ type, version: 1, stream: RECOMMENDATION_STREAM, aggregateId: recommendationId, aggregateVersion, payload, actor, correlationId: randomUUID() });
const commitmentEvent = (type: string, aggregateVersion: number, payload: object, at: string) =>
  newEnvelope({ type, version: 1, stream: COMMITMENT_STREAM, aggregateId: commitmentId, aggregateVersion, payload, actor, correlationId: randomUUID(), occurredAt: new Date(at) });

jest.setTimeout(30_000);

describe.each(databaseKinds())('scorecards as of a date, replayed from the event history (%s)', (kind) => {
  let t: TestApp;
  let anyone: HttpClient;
  const clock = new ManualClock(new Date('2026-11-25T10:00:00Z'));
  const cards = async (query: string) => anyone.get<Scorecard[]>(`/api/follow-up/scorecards?${query}`);
  const publish = (envelopes: EventEnvelope[]) => t.app.get(UnitOfWork).run(async () => t.app.get(UnitOfWork).collect(envelopes));

  beforeAll(async () => {
    process.env['ACCORD_OVERDUE_SCAN_MS'] = '0';
    t = await startTestApp(kind, { serviceName: 'follow-up-as-of-test', imports: [FollowUpTrackerModule], entities: [], migrations: [...trackerMigrations], clock });
    anyone = new HttpClient(t.app);
    const logged = {
      commitmentId, owner: { organisationId: 'state-bd', name: 'Bangladesh', kind: 'state', country: 'BD' }, title: 'Cap recruitment fees', description: 'G2G',
      gcmObjectives: [6], sdgTargets: ['10.7'], indicator: 'cost', baseline: '2.6 months', targetValue: '1 month', dueDate: '2030-12-31', status: 'pledged', loggedAt: '2026-11-03T10:00:00.000Z',
    };
    await publish([
      recommendationEvent('RecommendationIssued', 1, {
        recommendationId, secretariatId: 'sec-bali-process', meeting, title: 'Publish recruitment fees', text: 'Publish the fees workers are charged.',
        addresseeIds: ['state-bd', 'state-my'], dueDate: '2026-12-31', issuedAt: '2026-11-02T10:00:00.000Z',
      }),
      commitmentEvent('CommitmentLogged', 1, logged, '2026-11-03T10:00:00.000Z'),
    ]);
    await publish([recommendationEvent('RecommendationResponded', 2, { recommendationId, addresseeId: 'state-bd', response: 'supports', reason: 'cabinet approved', revision: 1, respondedAt: '2026-11-10T10:00:00.000Z' })]);
    await publish([recommendationEvent('FollowUpReported', 3, { recommendationId, addresseeId: 'state-bd', narrative: 'Fees published', commitmentIds: [commitmentId], localActionIds: [], onTime: true, reportedAt: '2026-11-20T10:00:00.000Z' })]);
    await publish([commitmentEvent('CommitmentStatusChanged', 2, { commitmentId, from: 'pledged', to: 'fulfilled', reason: null, changedAt: '2026-11-22T10:00:00.000Z' }, '2026-11-22T10:00:00.000Z')]);
    await eventually(async () => (await t.ds.query(`SELECT count(*)::int AS n FROM tracker.event_history`))[0].n === 5);
    await eventually(async () => (await cards('by=process')).body[0]?.linkedCommitmentsFulfilledShare === 1);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await t?.db.drop();
  });

  it('as of a date before the FollowUpReported, the card differs from now; as of now it equals the live card', async () => {
    const live = (await cards('by=process')).body;
    expect(live).toEqual([{ key: 'Bali Process', obligations: 2, respondedShare: 0.5, reportedOnTimeShare: 1, linkedCommitments: 1, linkedCommitmentsFulfilledShare: 1 }]);
    const before = await cards('by=process&asOf=2026-11-15');
    expect(before).toEqual({ status: 200, body: [{ key: 'Bali Process', obligations: 2, respondedShare: 0.5, reportedOnTimeShare: null, linkedCommitments: 0, linkedCommitmentsFulfilledShare: null }] });
    expect((await cards('by=process&asOf=2026-11-21')).body[0]).toEqual(expect.objectContaining({ reportedOnTimeShare: 1, linkedCommitments: 1, linkedCommitmentsFulfilledShare: 0 }));
    expect((await cards('by=process&asOf=2026-11-05')).body[0]).toEqual(expect.objectContaining({ obligations: 2, respondedShare: 0 }));
    expect((await cards('by=process&asOf=2026-10-31')).body).toEqual([]);
    expect((await cards(`by=process&asOf=${clock.now().toISOString()}`)).body).toEqual(live);
    expect((await cards(`by=addressee&asOf=${clock.now().toISOString()}`)).body).toEqual((await cards('by=addressee')).body);
  });

  it('refuses a bad or future asOf with 400 naming the field', async () => {
    for (const asOf of ['yesterday', '2026-02-30', '2026-11-26', '2026-11-25T10:05:00Z']) {
      const res = await cards(`asOf=${encodeURIComponent(asOf)}`);
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body)).toContain('asOf');
    }
  });

  it('exports (CSV and JSON) the scorecards as of a date, the file named after that day', async () => {
    for (const [by, asOf] of [['process', '2026-11-15'], ['addressee', '2026-11-21'], ['process', '2026-10-31'], ['process', '2026-11-25']]) {
      const replayed = (await cards(`by=${by}&asOf=${asOf}`)).body;
      const json = await t.app.inject({ method: 'GET', url: `/api/follow-up/scorecards/export.json?by=${by}&asOf=${asOf}` });
      expect(json.statusCode).toBe(200);
      expect(json.headers['content-disposition']).toBe(`attachment; filename="accord-scorecards-by-${by}-as-of-${asOf}.json"`);
      expect(json.json<ScorecardExport>()).toEqual(expect.objectContaining({ by, items: replayed }));
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/follow-up/scorecards/export.json?asOf=2026-11-15' })).json<ScorecardExport>().asOf).toBe('2026-11-15T23:59:59.999Z');
    expect((await t.app.inject({ method: 'GET', url: '/api/follow-up/scorecards/export.json?asOf=2026-11-25' })).json<ScorecardExport>().asOf).toBe('2026-11-25T10:00:00.000Z');
    expect((await t.app.inject({ method: 'GET', url: '/api/follow-up/scorecards/export.json' })).json<ScorecardExport>()).not.toHaveProperty('asOf');
    const csv = await t.app.inject({ method: 'GET', url: '/api/follow-up/scorecards/export.csv?by=process&asOf=2026-11-15T12:00:00Z' });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-disposition']).toBe('attachment; filename="accord-scorecards-by-process-as-of-2026-11-15.csv"');
    // Before the FollowUpReported of 20 November: no on-time share and no linked commitment yet (the live card has both).
    const row = csv.body.replace('\uFEFF', '').split('\r\n')[2].split(',');
    expect(row[0]).toBe('Bali Process');
    expect(csv.body).not.toBe((await t.app.inject({ method: 'GET', url: '/api/follow-up/scorecards/export.csv?by=process' })).body);
  });

  it('refuses an export with a bad or future asOf (400 naming asOf), CSV and JSON alike', async () => {
    for (const asOf of ['yesterday', '2026-02-30', '2026-11-26', '2026-11-25T10:05:00Z']) {
      for (const ext of ['csv', 'json']) {
        const res = await t.app.inject({ method: 'GET', url: `/api/follow-up/scorecards/export.${ext}?asOf=${encodeURIComponent(asOf)}` });
        expect(res.statusCode).toBe(400);
        const fields = res.json<{ fields: { field: string }[] }>().fields.map((f) => f.field);
        expect(fields.length).toBeGreaterThan(0);
        expect(fields.every((f) => f === 'asOf')).toBe(true);
      }
    }
  });
});
