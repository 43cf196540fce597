import { followUpEntities, followUpMigrations, FollowUpWriteModule } from '@accord/follow-up/infrastructure';
import { HttpClient, startTestApp, TestApp } from '@accord/shared/service-testing';
import { databaseKinds, eventually } from '@accord/shared/testing';
import { trackerMigrations } from '../../index';
import { ScorecardExport } from '../export/scorecard-export.http.controller';
import { FollowUpTrackerModule } from '../follow-up-tracker.module';
import { RecommendationDetail } from '@accord/follow-up/contracts/views';

jest.setTimeout(30_000);

const bali = { id: 'sec-bali-process', name: 'Bali Process', kind: 'secretariat', country: null };
const bangladesh = { id: 'state-bd', name: 'Bangladesh', kind: 'state', country: 'BD' };

describe.each(databaseKinds())('recommendation detail and scorecard exports (%s)', (kind) => {
  let t: TestApp;
  let recommendationId: string;
  const anyone = () => new HttpClient(t.app);
  const detail = async () => (await anyone().get<RecommendationDetail>(`/api/recommendations/${recommendationId}`)).body;
  const get = (url: string) => t.app.inject({ method: 'GET', url });

  beforeAll(async () => {
    process.env['ACCORD_OVERDUE_SCAN_MS'] = '0';
    t = await startTestApp(kind, {
      serviceName: 'recommendation-detail-test',
      imports: [FollowUpWriteModule, FollowUpTrackerModule],
      entities: followUpEntities,
      migrations: [...followUpMigrations, ...trackerMigrations],
    });
    const secretariat = new HttpClient(t.app, t.tokenFor(bali, ['secretariat_officer']));
    const bd = new HttpClient(t.app, t.tokenFor(bangladesh));
    const meeting = await secretariat.post<{ id: string }>('/api/follow-up/meetings', { title: 'Senior Officials Meeting', date: '2026-11-20', process: '=Bali Process, 2026' });
    const issued = await secretariat.post<{ id: string }>('/api/follow-up/recommendations', {
      meetingId: meeting.body.id,
      title: 'Cap recruitment fees at one month of wages',
      text: 'Member States cap fees.',
      addresseeIds: ['state-bd', 'state-my'],
      dueDate: '2026-12-31',
    });
    expect(issued.status).toBe(201);
    recommendationId = issued.body.id;
    expect((await bd.post(`/api/follow-up/recommendations/${recommendationId}/responses`, { response: 'supports', reason: 'cabinet approved' })).status).toBe(201);
    expect((await bd.post(`/api/follow-up/recommendations/${recommendationId}/reports`, { narrative: 'Fee cap decree drafted', commitmentIds: [], localActionIds: [] })).status).toBe(201);
    expect((await bd.post(`/api/follow-up/recommendations/${recommendationId}/reports`, { narrative: 'Decree signed, "in force"', commitmentIds: [], localActionIds: [] })).status).toBe(201);
    await eventually(async () => (await detail())?.addressees?.find((a) => a.addresseeId === 'state-bd')?.reports.length === 2);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await t?.db.drop();
  });

  it('shows a recommendation with each addressee, its response and every report, to anyone', async () => {
    const d = await detail();
    expect(d).toEqual(expect.objectContaining({ id: recommendationId, title: 'Cap recruitment fees at one month of wages', process: '=Bali Process, 2026', secretariatId: 'sec-bali-process', dueDate: '2026-12-31' }));
    expect(d.addressees.map((a) => a.addresseeId)).toEqual(['state-bd', 'state-my']);
    const [bd, my] = d.addressees;
    expect(bd).toEqual(expect.objectContaining({ response: 'supports', responseReason: 'cabinet approved', reportCount: 2, reportedOnTime: true, overdueDays: 0 }));
    expect(bd.reports.map((r) => r.narrative)).toEqual(['Fee cap decree drafted', 'Decree signed, "in force"']);
    expect(bd.reports[0]).toEqual(expect.objectContaining({ onTime: true, commitmentIds: [], localActionIds: [], reportedAt: expect.any(String) }));
    expect(my).toEqual(expect.objectContaining({ response: null, reportCount: 0, reports: [] }));
  });

  it('answers 404 for an unknown recommendation and 400 for an id that is not a uuid', async () => {
    expect((await anyone().get('/api/recommendations/6f1c9f3e-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await anyone().get('/api/recommendations/not-a-uuid')).status).toBe(400);
  });

  it('exports the scorecards by process as CSV with an HXL row, formula-like keys neutralised', async () => {
    const res = await get('/api/follow-up/scorecards/export.csv?by=process');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="accord-scorecards-by-process-2026-11-28.csv"');
    const lines = res.body.split('\r\n');
    expect(lines[0]).toBe('\uFEFFProcess,Obligations,Share responded,Share reported on time,Linked commitments,Share of linked commitments fulfilled');
    expect(lines[1]).toBe('#org+process+name,#indicator+obligations+num,#indicator+responded+share,#indicator+reported_on_time+share,#indicator+linked_commitments+num,#indicator+fulfilled+share');
    expect(lines[2]).toBe(`"'=Bali Process, 2026",2,0.5,1,0,`);
    expect(lines).toHaveLength(4);
  });

  it('exports the scorecards by addressee as JSON matching the published scorecards, and refuses an unknown grouping', async () => {
    const res = await get('/api/follow-up/scorecards/export.json?by=addressee');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="accord-scorecards-by-addressee-2026-11-28.json"');
    const body = res.json<ScorecardExport>();
    expect(body).toEqual({ generatedAt: '2026-11-28T10:00:00.000Z', by: 'addressee', items: (await anyone().get('/api/follow-up/scorecards?by=addressee')).body });
    expect(body.items.map((s) => [s.key, s.respondedShare])).toEqual([['state-bd', 1], ['state-my', 0]]);
    const csv = await get('/api/follow-up/scorecards/export.csv?by=addressee');
    expect(csv.body.split('\r\n')[0]).toContain('Addressee id');
    const bad = await get('/api/follow-up/scorecards/export.csv?by=country');
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('by');
  });
});
