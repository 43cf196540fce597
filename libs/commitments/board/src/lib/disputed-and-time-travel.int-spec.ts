import { randomUUID } from 'node:crypto';
import { ASSESSMENT_STREAM } from '@accord/assessments/contracts';
import { commitmentsEntities, commitmentsMigrations, CommitmentsWriteModule } from '@accord/commitments/infrastructure';
import { EventRegistry, newEnvelope } from '@accord/shared/contracts';
import { UnitOfWork } from '@accord/shared/messaging';
import { HttpClient, startTestApp, TestApp } from '@accord/shared/service-testing';
import { databaseKinds, eventually } from '@accord/shared/testing';
import { boardMigrations } from '../index';
import { CommitmentBoardModule } from './commitment-board.module';
import { CommitmentDetailView, CommitmentView, Page } from '@accord/commitments/contracts/views';
import { CommitmentBoardBatchRebuild } from './projection/commitment-board.batch-rebuild';
import { CommitmentChanges } from './time-travel/commitment-change';

jest.setTimeout(30_000);

const bangladesh = { id: 'state-bd', name: 'Bangladesh', kind: 'state', country: 'BD' };
const philippines = { id: 'state-ph', name: 'Philippines', kind: 'state', country: 'PH' };
const terms = (title: string) => ({
  title, description: 'Fees capped by bilateral agreement.', gcmObjectives: [6], sdgTargets: ['10.7'],
  indicator: 'SDG 10.7.1', baseline: '2.6 months of income', targetValue: '1 month of income', dueDate: '2030-12-31',
});
const progress = (percent: number) => ({ percent, narrative: 'Recruitment fees capped in two corridors.', evidenceLevel: 'case_study' });

describe.each(databaseKinds())('Disputed status and time travel on the public board (%s)', (kind) => {
  let t: TestApp;
  let bd: HttpClient;
  let anyone: HttpClient;
  let g2g: string;
  let welfare: string;
  const board = async (query = '') => (await anyone.get<Page<CommitmentView>>(`/api/commitments?pageSize=100${query}`)).body;
  const at = (iso: string) => t.clock.set(new Date(iso));
  const assessmentEvent = (type: 'AssessmentPublished' | 'AssessmentReplied', assessmentId: string, payload: object, occurredAt: string) =>
    newEnvelope({ type, version: 1, stream: ASSESSMENT_STREAM, aggregateId: assessmentId, aggregateVersion: type === 'AssessmentPublished' ? 1 : 2, payload, occurredAt: new Date(occurredAt) });
  const published = (assessmentId: string, commitmentId: string, contestedStatus: string | null, publishedAt: string) =>
    assessmentEvent('AssessmentPublished', assessmentId, {
      assessmentId, commitmentId, commitmentOwnerId: 'state-bd', assessor: { organisationId: 'cso-mfa', name: 'Migrant Forum in Asia', kind: 'cso' },
      rating: 'off_track', narrative: 'Brokers still charge the old fees.', evidenceUrls: ['https://example.org/shadow-report'], contestedStatus, publishedAt,
    }, publishedAt);
  const replied = (assessmentId: string, commitmentId: string, repliedAt: string) =>
    assessmentEvent('AssessmentReplied', assessmentId, { assessmentId, commitmentId, ownerOrganisationId: 'state-bd', text: 'Brokers are now registered.', repliedAt }, repliedAt);
  const publish = async (...envelopes: ReturnType<typeof newEnvelope>[]) => {
    const uow = t.app.get(UnitOfWork);
    await uow.run(async () => uow.collect(envelopes));
  };
  const boardSettled = (probe: (b: Page<CommitmentView>) => boolean, query = '') => eventually(async () => {
    const b = await board(query);
    return probe(b) ? b : null;
  });

  beforeAll(async () => {
    t = await startTestApp(kind, {
      serviceName: 'board-history-test',
      imports: [CommitmentsWriteModule, CommitmentBoardModule],
      entities: commitmentsEntities,
      migrations: [...commitmentsMigrations, ...boardMigrations],
    });
    bd = new HttpClient(t.app, t.tokenFor(bangladesh));
    anyone = new HttpClient(t.app);
    // A small history: G2G logged 1 Dec, progress 5 Dec, stalled 10 Dec; welfare (Philippines) logged 3 Dec.
    at('2026-12-01T09:00:00Z');
    g2g = (await bd.post<{ id: string }>('/api/commitments', terms('Government-to-government recruitment'))).body.id;
    at('2026-12-03T09:00:00Z');
    welfare = (await new HttpClient(t.app, t.tokenFor(philippines)).post<{ id: string }>('/api/commitments', terms('Welfare officers in every embassy'))).body.id;
    at('2026-12-05T09:00:00Z');
    expect((await bd.post(`/api/commitments/${g2g}/progress`, progress(40))).status).toBe(201);
    at('2026-12-10T09:00:00Z');
    expect((await bd.post(`/api/commitments/${g2g}/status`, { status: 'stalled', reason: 'budget cut' })).status).toBe(200);
    await boardSettled((b) => b.items.find((c) => c.id === g2g)?.status === 'stalled' && b.total === 2);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await t?.db.drop();
  });

  it('a contesting assessment shows "disputed" on the board until the owner replies; ?disputed filters', async () => {
    const contested = randomUUID();
    const friendly = randomUUID();
    await publish(published(contested, g2g, 'stalled', '2026-12-11T09:00:00.000Z'), published(friendly, welfare, null, '2026-12-11T10:00:00.000Z'));
    const disputed = await boardSettled((b) => b.total === 1, '&disputed=true');
    expect(disputed.items.map((c) => [c.id, c.disputed])).toEqual([[g2g, true]]);
    expect((await board('&disputed=false')).items.map((c) => [c.id, c.disputed])).toEqual([[welfare, false]]);
    expect((await anyone.get<CommitmentDetailView>(`/api/commitments/${g2g}`)).body.disputed).toBe(true);

    await publish(replied(contested, g2g, '2026-12-12T09:00:00.000Z'));
    await boardSettled((b) => b.total === 0, '&disputed=true');
    expect((await board()).items.every((c) => !c.disputed)).toBe(true);
    const pushed = t.live.sent.filter((s) => s.update.type === 'CommitmentDisputeChanged').map((s) => [s.update.aggregateId, (s.update.view as CommitmentView).disputed, s.audience.kind]);
    expect(pushed).toEqual(expect.arrayContaining([[g2g, true, 'public'], [g2g, false, 'public']]));
  });

  it('refuses bad filters with a 400 naming the field', async () => {
    for (const [query, field] of [['disputed=maybe', 'disputed'], ['asOf=2026-02-30', 'asOf'], ['asOf=yesterday', 'asOf']]) {
      const res = await anyone.get<{ message: unknown }>(`/api/commitments?${query}`);
      expect([res.status, JSON.stringify(res.body).includes(field)]).toEqual([400, true]);
    }
    expect((await anyone.get(`/api/commitments/${g2g}?asOf=1.12.2026`)).status).toBe(400);
    expect((await anyone.get('/api/commitments/changes')).status).toBe(400);
    expect((await anyone.get('/api/commitments/changes?since=2026-12-01&pageSize=1000')).status).toBe(400);
  });

  it('the board "as of" a day is replayed from the event log, with filters and pagination', async () => {
    expect(await board('&asOf=2026-11-30')).toEqual({ items: [], total: 0, page: 1, pageSize: 100 });
    const dec2 = await board('&asOf=2026-12-02');
    expect(dec2.items.map((c) => [c.id, c.status, c.latestPercent])).toEqual([[g2g, 'pledged', null]]);
    const dec7 = await board('&asOf=2026-12-07');
    expect(dec7.items.map((c) => [c.id, c.status, c.latestPercent])).toEqual([[welfare, 'pledged', null], [g2g, 'in_progress', 40]]);
    expect((await board('&asOf=2026-12-07&status=in_progress')).items.map((c) => c.id)).toEqual([g2g]);
    expect((await board('&asOf=2026-12-07&country=PH')).items.map((c) => c.id)).toEqual([welfare]);
    const paged = (await anyone.get<Page<CommitmentView>>('/api/commitments?asOf=2026-12-07&pageSize=1&page=2')).body;
    expect([paged.total, paged.items.map((c) => c.id)]).toEqual([2, [g2g]]);
    expect((await board('&asOf=2026-12-11T12:00:00Z&disputed=true')).items.map((c) => c.id)).toEqual([g2g]);
    expect((await board('&asOf=2026-12-12T12:00:00Z&disputed=true')).items).toEqual([]);
  });

  it('replaying the whole log gives exactly the live board (same fold, same rows)', async () => {
    expect(await board('&asOf=2099-01-01')).toEqual(await board());
  });

  it('a commitment "as of" a day has the state and timeline it had then; 404 before it was logged', async () => {
    const then = (await anyone.get<CommitmentDetailView>(`/api/commitments/${g2g}?asOf=2026-12-06`)).body;
    expect([then.status, then.latestPercent, then.timeline.map((e) => e.kind)]).toEqual(['in_progress', 40, ['logged', 'progress', 'status']]);
    const now = (await anyone.get<CommitmentDetailView>(`/api/commitments/${g2g}`)).body;
    expect((await anyone.get<CommitmentDetailView>(`/api/commitments/${g2g}?asOf=2099-01-01`)).body).toEqual(now);
    expect((await anyone.get(`/api/commitments/${g2g}?asOf=2026-11-30`)).status).toBe(404);
  });

  it('"what changed since" lists commitments with their events since then, latest change first, paginated', async () => {
    const since = (await anyone.get<Page<CommitmentChanges>>('/api/commitments/changes?since=2026-12-04')).body;
    expect(since.total).toBe(2);
    expect(since.items.map((c) => [c.commitmentId, c.events.map((e) => e.type)])).toEqual([
      [g2g, ['CommitmentProgressReported', 'CommitmentStatusChanged', 'CommitmentStatusChanged', 'AssessmentPublished', 'AssessmentReplied']],
      [welfare, ['AssessmentPublished']],
    ]);
    expect(since.items[0].events[2]).toEqual(expect.objectContaining({ status: 'stalled', from: 'in_progress', aggregateVersion: 4 }));
    expect(since.items[0].title).toBe('Government-to-government recruitment');
    const page2 = (await anyone.get<Page<CommitmentChanges>>('/api/commitments/changes?since=2026-12-04&pageSize=1&page=2')).body;
    expect([page2.total, page2.items.map((c) => c.commitmentId)]).toEqual([2, [welfare]]);
    expect((await anyone.get<Page<CommitmentChanges>>('/api/commitments/changes?since=2026-12-12T10:00:00Z')).body).toEqual({ items: [], total: 0, page: 1, pageSize: 20 });
  });

  it('a batch rebuild of the board from messaging.event_log refills its event history: the past reads the same', async () => {
    const before = await board('&asOf=2026-12-07');
    await t.ds.query('TRUNCATE board.commitment_view, board.commitment_timeline, board.event_history');
    expect((await board('&asOf=2026-12-07')).total).toBe(0);
    const rebuilt = await new CommitmentBoardBatchRebuild(t.ds, t.ds, t.app.get(EventRegistry), { name: `rebuild-${randomUUID()}` }).catchUp();
    expect([rebuilt.applied, rebuilt.refused]).toEqual([5, []]);
    expect(await board('&asOf=2026-12-07')).toEqual(before);
  });
});
