import { randomUUID } from 'node:crypto';
import { COMMITMENT_STREAM } from '@accord/commitments/contracts';
import { newEnvelope } from '@accord/shared/contracts';
import { UnitOfWork } from '@accord/shared/messaging';
import { HttpClient, startTestApp, TestApp } from '@accord/shared/service-testing';
import { databaseKinds, eventually } from '@accord/shared/testing';
import { boardMigrations } from '../../index';
import { Page } from '@accord/commitments/contracts/views';
import { CommitmentBoardModule } from '../commitment-board.module';
import { CommitmentExport } from './commitment-export.http.controller';
import { MAX_EXPORT_ROWS } from './export-limits';

jest.setTimeout(30_000);

const BOM = '\uFEFF';
const bd = { organisationId: 'state-bd', name: 'Bangladesh', kind: 'state', country: 'BD' };
const naga = { organisationId: 'city-naga', name: 'Naga City', kind: 'city', country: 'PH' };
const cso = { organisationId: 'cso-mfa', name: 'Migrant Forum in Asia', kind: 'cso', country: null };

/** Splits RFC 4180 text into rows of fields (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const next = text[i + 1];
    if (quoted && ch === '"' && next === '"') {
      field += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && ch === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && ch === '\r' && next === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      i++;
    } else {
      field += ch;
    }
  }
  return rows;
}

describe.each(databaseKinds())('board exports as CSV (with HXL) and JSON (%s)', (kind) => {
  let t: TestApp;
  let anyone: HttpClient;
  const ids = { bd: randomUUID(), naga: randomUUID(), cso: randomUUID() };
  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });

  beforeAll(async () => {
    t = await startTestApp(kind, { serviceName: 'board-export-test', imports: [CommitmentBoardModule], entities: [], migrations: boardMigrations });
    anyone = new HttpClient(t.app);
    await t.app.get(UnitOfWork).run(async () =>
      t.app.get(UnitOfWork).collect([
        logged(ids.bd, bd, { title: 'Cut fees, "really" cut them', description: 'Line one\nline two', gcmObjectives: [6, 10], sdgTargets: ['10.7', '8.8'], loggedAt: '2026-11-01T10:00:00.000Z' }),
        logged(ids.naga, naga, { title: 'Migrant Resource Centre in Naga', indicator: '+1 centre', loggedAt: '2026-11-02T10:00:00.000Z' }),
        logged(ids.cso, cso, { title: '=HYPERLINK("http://evil.example","click")', baseline: '-1+2', targetValue: '@SUM(A1:A9)', loggedAt: '2026-11-03T10:00:00.000Z' }),
      ]),
    );
    await eventually(async () => (await anyone.get<Page<unknown>>('/api/commitments')).body.total === 3);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await t?.db.drop();
  });

  it('writes every matching commitment after a header row and an HXL hashtag row, UTF-8 with BOM, as a download', async () => {
    const res = await get('/api/commitments/export.csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="accord-commitments-2026-11-28.csv"');
    expect(res.body.startsWith(BOM)).toBe(true);
    const rows = parseCsv(res.body.slice(1));
    expect(rows).toHaveLength(2 + 3);
    expect(rows[0].slice(0, 6)).toEqual(['Commitment id', 'Title', 'Description', 'Owner id', 'Owner', 'Owner kind']);
    expect(rows[1].slice(0, 8)).toEqual(['#activity+id', '#activity+name', '#description', '#org+id', '#org+name', '#org+type', '#org+coowner+name', '#country+code+v_iso2']);
    expect(rows[1].every((tag) => /^#[a-z][a-z0-9_]*(\+[a-z][a-z0-9_]*)*$/.test(tag))).toBe(true);
    expect(rows.slice(2).map((r) => r[0])).toEqual([ids.cso, ids.naga, ids.bd]);
  });

  it('quotes commas, quotes and line breaks, and lists stay in one cell', async () => {
    const text = (await get('/api/commitments/export.csv?organisationId=state-bd')).body;
    expect(text).toContain('"Cut fees, ""really"" cut them","Line one\nline two"');
    const [, , row] = parseCsv(text.slice(1));
    const column = (header: string) => row[parseCsv(text.slice(1))[0].indexOf(header)];
    expect(column('Title')).toBe('Cut fees, "really" cut them');
    expect(column('GCM objectives')).toBe('6; 10');
    expect(column('SDG targets')).toBe('10.7; 8.8');
    expect(column('Country')).toBe('BD');
    expect(column('Status')).toBe('pledged');
    expect(column('Disputed')).toBe('false');
    expect(column('Co-owners')).toBe('');
  });

  it('neutralises cells a spreadsheet would run as formulas', async () => {
    const text = (await get('/api/commitments/export.csv?kind=cso')).body;
    const [header, , row] = parseCsv(text.slice(1));
    const column = (name: string) => row[header.indexOf(name)];
    expect(column('Title')).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(column('Baseline')).toBe("'-1+2");
    expect(column('Target')).toBe("'@SUM(A1:A9)");
    expect(text.split('\r\n').some((line) => /(^|,)[=+\-@]/.test(line))).toBe(false);
    const city = parseCsv((await get('/api/commitments/export.csv?kind=city')).body.slice(1));
    expect(city[2][city[0].indexOf('Indicator')]).toBe("'+1 centre");
  });

  it('takes the board filters: the JSON export holds exactly what the board lists', async () => {
    for (const query of ['kind=city', 'country=BD', 'gcmObjective=10', 'sdgTarget=8.8', 'q=resource', 'status=pledged', 'kind=agency', 'disputed=false', 'disputed=true']) {
      const board = (await anyone.get<Page<{ id: string }>>(`/api/commitments?${query}&pageSize=100`)).body;
      const res = await get(`/api/commitments/export.json?${query}`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-disposition']).toBe('attachment; filename="accord-commitments-2026-11-28.json"');
      const body = res.json<CommitmentExport>();
      expect(body.items.map((i) => i.id)).toEqual(board.items.map((i) => i.id));
      expect(body.total).toBe(board.total);
    }
    const json = (await get('/api/commitments/export.json?country=BD')).json<CommitmentExport>();
    expect(json).toEqual(expect.objectContaining({ generatedAt: '2026-11-28T10:00:00.000Z', filters: { country: 'BD' }, total: 1 }));
    expect(json.items[0]).toEqual(expect.objectContaining({ id: ids.bd, title: 'Cut fees, "really" cut them', description: 'Line one\nline two' }));
  });

  it('refuses bad filters with a 400 naming the field, never a 500', async () => {
    for (const [query, field] of [['kind=planet', 'kind'], ['country=bd', 'country'], ['gcmObjective=24', 'gcmObjective'], ['page=2', 'page'], ['asOf=2026-02-30', 'asOf'], ['asOf=yesterday', 'asOf'], ['disputed=maybe', 'disputed']]) {
      const res = await get(`/api/commitments/export.csv?${query}`);
      expect(res.statusCode).toBe(400);
      expect(JSON.stringify(res.json())).toContain(field);
    }
  });

  it('exports the board as it stood at asOf (replayed like the board), the file named after that day', async () => {
    for (const query of ['asOf=2026-11-02', 'asOf=2026-11-02&kind=city', 'asOf=2026-11-01T12:00:00Z', 'asOf=2026-10-31', 'asOf=2026-11-28']) {
      const board = (await anyone.get<Page<{ id: string }>>(`/api/commitments?${query}&pageSize=100`)).body;
      const res = await get(`/api/commitments/export.json?${query}`);
      expect(res.statusCode).toBe(200);
      expect(res.json<CommitmentExport>().items.map((i) => i.id)).toEqual(board.items.map((i) => i.id));
    }
    const json = await get('/api/commitments/export.json?asOf=2026-11-02');
    expect(json.headers['content-disposition']).toBe('attachment; filename="accord-commitments-as-of-2026-11-02.json"');
    expect(json.json<CommitmentExport>()).toEqual(expect.objectContaining({ asOf: '2026-11-02T23:59:59.999Z', filters: { asOf: '2026-11-02' }, total: 2 }));
    expect(json.json<CommitmentExport>().items.map((i) => i.id)).toEqual([ids.naga, ids.bd]);
    const csv = await get('/api/commitments/export.csv?asOf=2026-11-01T12:00:00Z');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-disposition']).toBe('attachment; filename="accord-commitments-as-of-2026-11-01.csv"');
    const rows = parseCsv(csv.body.replace(BOM, ''));
    expect(rows.slice(2).map((r) => r[0])).toEqual([ids.bd]);
    // Today: the live board up to now, still named as of today.
    const today = await get('/api/commitments/export.json?asOf=2026-11-28');
    expect(today.json<CommitmentExport>()).toEqual(expect.objectContaining({ asOf: '2026-11-28T10:00:00.000Z', total: 3 }));
    expect((await get('/api/commitments/export.json')).json<CommitmentExport>()).not.toHaveProperty('asOf');
  });

  it('refuses an asOf in the future (400 naming asOf): there is no board to export yet', async () => {
    for (const query of ['asOf=2026-11-29', 'asOf=2026-11-28T10:00:01Z', 'asOf=2027-01-01&kind=city']) {
      for (const ext of ['csv', 'json']) {
        const res = await get(`/api/commitments/export.${ext}?${query}`);
        expect(res.statusCode).toBe(400);
        expect(res.json<{ fields: { field: string }[] }>().fields.map((f) => f.field)).toEqual(['asOf']);
      }
    }
  });

  it(`refuses an export above ${MAX_EXPORT_ROWS} rows (400 on filters) instead of cutting it silently`, async () => {
    await t.ds.query(`INSERT INTO board.commitment_view (id, owner_organisation_id, owner_name, owner_kind, owner_country, title, description,
        gcm_objectives, sdg_targets, indicator, baseline, target_value, due_date, status, version, logged_at, updated_at)
      SELECT gen_random_uuid(), 'agency-iom', 'IOM', 'agency', NULL, 'Bulk ' || n, '', '{1}', '{}', '', '', '', '2030-01-01', 'pledged', 1, now(), now()
      FROM generate_series(1, ${MAX_EXPORT_ROWS + 1}) AS n`);
    const res = await get('/api/commitments/export.csv?kind=agency');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual(expect.objectContaining({ fields: [expect.objectContaining({ field: 'filters' })] }));
    expect((await get('/api/commitments/export.csv?kind=state')).statusCode).toBe(200);
    await t.ds.query(`DELETE FROM board.commitment_view WHERE owner_kind = 'agency'`);
  });

  it('serves ISO 3166-1 countries and UN M49 areas publicly, cacheable and revalidated with ETag', async () => {
    const countries = await get('/api/reference/countries');
    expect(countries.statusCode).toBe(200);
    expect(countries.headers['cache-control']).toBe('public, max-age=86400');
    const list = countries.json<{ alpha2: string; alpha3: string; numeric: string; name: string }[]>();
    expect(list).toHaveLength(249);
    expect(list.find((c) => c.alpha2 === 'BD')).toEqual({ alpha2: 'BD', alpha3: 'BGD', numeric: '050', name: 'Bangladesh' });
    const etag = countries.headers['etag'] as string;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    const again = await get('/api/reference/countries', { 'if-none-match': `W/${etag}` });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect((await get('/api/reference/countries', { 'if-none-match': '"stale"' })).statusCode).toBe(200);

    const m49 = await get('/api/reference/m49-regions');
    expect(m49.statusCode).toBe(200);
    expect(m49.headers['etag']).not.toBe(etag);
    const areas = m49.json<{ code: string; name: string; level: string; parent: string | null; countries: string[] }[]>();
    expect(areas.find((a) => a.code === '035')).toEqual(expect.objectContaining({ name: 'South-eastern Asia', level: 'sub-region', parent: '142' }));
    expect(areas.find((a) => a.code === '035')?.countries).toEqual(expect.arrayContaining(['MY', 'PH']));
    expect((await get('/api/reference/m49-regions', { 'if-none-match': m49.headers['etag'] as string })).statusCode).toBe(304);
  });
});

function logged(commitmentId: string, owner: typeof bd | typeof cso, over: Record<string, unknown>) {
  const payload = {
    commitmentId,
    owner,
    title: 'A commitment',
    description: 'What we will do',
    gcmObjectives: [6],
    sdgTargets: ['10.7'],
    indicator: 'share of workers',
    baseline: '0',
    targetValue: '100',
    dueDate: '2030-12-31',
    status: 'pledged',
    loggedAt: '2026-11-28T10:00:00.000Z',
    ...over,
  };
  return newEnvelope({ type: 'CommitmentLogged', version: 1, stream: COMMITMENT_STREAM, aggregateId: commitmentId, aggregateVersion: 1, payload, occurredAt: new Date(payload.loggedAt) });
}
