import { io } from 'socket.io-client';
import { databaseKinds, eventually } from '@accord/shared/testing';
import { ApiClient, ApiResponse } from '../support/api-client';
import { LiveClient } from '../support/live-client';
import { PlatformProcess, startPlatform } from '../support/platform-process';
import { perFieldCases, wholeBodyCases } from './support/fuzz-payloads';
import { problemWith } from './support/leak-checks';
import { Endpoint, fillPath, readEndpoints, writeEndpoints } from './support/openapi-endpoints';
import { snapshot } from './support/state-snapshot';

const RANDOM_ID = '6f1c2b7e-4d0a-4c1e-9b5a-2f8e7d6c5b4a';
// Writes any signed-in person may make, and the one anybody may.
// Writes any signed-in person may make about themselves (their follows, their read marks): a viewer too.
const SIGNED_IN_ONLY = ['POST /api/auth/sign-out', 'POST /api/me/follows', 'POST /api/me/follows/stop', 'POST /api/me/follow-notifications/read', 'POST /api/me/follow-notifications/{id}/read'];
const PUBLIC_WRITES = ['POST /api/auth/sign-in'];
const key = (e: Endpoint) => `${e.method} ${e.template}`;

describe.each(databaseKinds())('security of the built platform (%s database)', (kind) => {
  let platform: PlatformProcess;
  let anonymous: ApiClient;
  let focalBd: ApiClient;
  let focalMy: ApiClient;
  let viewerBd: ApiClient;
  let admin: ApiClient;
  let candidates: ApiClient[];
  let endpoints: Endpoint[];
  let allWrites: Endpoint[];
  let commitmentId: string;
  let viewerBdId: string;

  beforeAll(async () => {
    platform = await startPlatform(kind, { ACCORD_RATE_WRITES_IP: '1000000', ACCORD_RATE_WRITES_TOKEN: '1000000', ACCORD_RATE_SIGNIN_IP: '1000000' });
    anonymous = new ApiClient(platform.url);
    [focalBd, focalMy, viewerBd, admin] = await Promise.all(['focal.bd', 'focal.my', 'viewer.bd', 'admin'].map((p) => anonymous.signIn(`${p}@accord.demo`)));
    // One person per kind of organisation that writes (a city's and a CSO's focal points included), so each write finds one it lets through.
    const others = await Promise.all(['crisis.iom', 'crisis.bd', 'consular.bd', 'secretariat.bali', 'focal.naga', 'focal.mfa'].map((p) => anonymous.signIn(`${p}@accord.demo`)));
    candidates = [focalBd, ...others, admin];
    const logged = await focalBd.post<{ id: string }>('/api/commitments', {
      title: 'Fixture commitment owned by Bangladesh', description: 'IDOR fixture', gcmObjectives: [6], sdgTargets: ['10.7'],
      indicator: 'x', baseline: 'x', targetValue: 'x', dueDate: '2030-12-31',
    });
    commitmentId = logged.body.id;
    viewerBdId = (await viewerBd.get<{ id: string }>('/api/auth/me')).body.id;
    allWrites = await writeEndpoints(anonymous);
    endpoints = allWrites.filter((e) => !PUBLIC_WRITES.includes(key(e)));
    // The read model catches up with the fixture before the "before" snapshots are taken.
    await eventually(async () => (await anonymous.get(`/api/commitments/${commitmentId}`)).status === 200, 20_000, 100);
    // ... and with the demo world's own events (seeded at start, projected after): two equal snapshots in a row.
    let previous = '';
    await eventually(async () => {
      const now = JSON.stringify(await snapshot(admin));
      const quiet = now === previous;
      previous = now;
      return quiet;
    }, 60_000, 1000);
  }, 180_000);
  afterAll(() => platform?.stop());

  const path = (e: Endpoint) => fillPath(e.template, e.template.startsWith('/api/commitments') ? { id: commitmentId } : e.template.startsWith('/api/admin/people') ? { id: viewerBdId } : {}, RANDOM_ID);
  const call = (client: ApiClient, e: Endpoint, body: unknown = {}) => client.send(e.method, path(e), body);
  // An endpoint that takes no body would simply act on a real resource: fuzz it on one that does not exist.
  const fuzzPath = (e: Endpoint) => (e.bodyFields.length === 0 ? fillPath(e.template, {}, RANDOM_ID) : path(e));

  it('discovers the write endpoints from the OpenAPI document', () => {
    console.log(`[security ${kind}] ${endpoints.length} write endpoints: ${endpoints.map(key).join(', ')}`);
    expect(endpoints.map(key)).toEqual(expect.arrayContaining(['POST /api/commitments', 'POST /api/commitments/{id}/progress', 'POST /api/admin/people/{id}/disable']));
  });

  it('IDOR: no token → 401, a role without the right → 403, another organisation → 403/404; nothing changes', async () => {
    const before = await snapshot(admin);
    const failures: string[] = [];
    let checks = 0;
    const expectStatus = (label: string, res: ApiResponse, allowed: number[]) => {
      checks += 1;
      if (!allowed.includes(res.status)) failures.push(`${label}: ${res.status} ${JSON.stringify(res.body).slice(0, 160)}`);
    };
    for (const e of endpoints) {
      expectStatus(`${key(e)} without a token`, await call(anonymous, e), [401]);
      if (!SIGNED_IN_ONLY.includes(key(e))) expectStatus(`${key(e)} as a viewer`, await call(viewerBd, e), [403]);
      if (e.template.startsWith('/api/admin/')) expectStatus(`${key(e)} as a focal point of a State`, await call(focalBd, e), [403]);
    }
    const otherOrganisation: [string, Endpoint, unknown][] = [
      ['progress on a Bangladesh commitment by Malaysia', { method: 'POST', template: '/api/commitments/{id}/progress', bodyFields: [] }, { percent: 50, narrative: 'not ours', evidenceLevel: 'case_study' }],
      ['status of a Bangladesh commitment by Malaysia', { method: 'POST', template: '/api/commitments/{id}/status', bodyFields: [] }, { status: 'withdrawn', reason: 'not ours' }],
    ];
    for (const [label, e, body] of otherOrganisation) expectStatus(label, await call(focalMy, e, body), [403, 404]);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await snapshot(admin)).toEqual(before);
    console.log(`[security ${kind}] IDOR: ${checks} checks over ${endpoints.length} write endpoints, ${failures.length} failures`);
    expect(failures).toEqual([]);
  });

  it('reads of non-public data: 401 without a token; admin lists 403 for everyone but the administrator', async () => {
    const reads = await readEndpoints(anonymous);
    const protectedReads: string[] = [];
    for (const p of reads) if ((await anonymous.get(p)).status === 401) protectedReads.push(p);
    console.log(`[security ${kind}] GET endpoints needing a token: ${protectedReads.join(', ')}`);
    expect(protectedReads).toEqual(expect.arrayContaining(['/api/auth/me', '/api/admin/people', '/api/admin/organisations']));
    for (const p of ['/api/admin/people', '/api/admin/organisations']) {
      for (const who of [viewerBd, focalBd, focalMy]) expect((await who.get(p)).status).toBe(403);
      expect((await admin.get(p)).status).toBe(200);
    }
    expect((await anonymous.get('/api/auth/me')).headers.get('cache-control')).toBe('no-store');
  });

  it('sockets: /live refuses no token, a forged token and a foreign Origin; clients join only rooms they may read', async () => {
    await expect(LiveClient.connect(platform.url, '/live')).rejects.toThrow(/unauthorized/);
    await expect(LiveClient.connect(platform.url, '/live', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl')).rejects.toThrow(/unauthorized/);
    const foreign = io(`${platform.url}/live`, { transports: ['websocket'], auth: { token: focalBd.accessToken }, extraHeaders: { origin: 'https://evil.example' }, reconnection: false, timeout: 3000 });
    await expect(new Promise((resolve, reject) => { foreign.once('connect', () => resolve('connected')); foreign.once('connect_error', reject); })).rejects.toBeTruthy();
    foreign.close();
    const socket = await LiveClient.connect(platform.url, '/live', viewerBd.accessToken);
    try {
      const join = (room: unknown) => socket.socket.timeout(3000).emitWithAck('join', { room }) as Promise<{ room: string; joined: boolean }>;
      expect(await join('public')).toEqual({ room: 'public', joined: true });
      expect(await join('org:state-bd')).toEqual({ room: 'org:state-bd', joined: true });
      for (const room of ['org:state-my', 'org:accord-platform', 'crisis:any', 'consular:case-1', '', 42, 'x'.repeat(300)]) expect((await join(room)).joined).toBe(false);
    } finally {
      socket.close();
    }
  });

  it('fuzz: every write endpoint answers hostile input with a 4xx, no stack or SQL, and stores nothing', async () => {
    const before = await snapshot(admin);
    const problems: string[] = [];
    let sent = 0;
    for (const e of allWrites) {
      const caller = await authorisedCaller(e);
      const cases = [...wholeBodyCases(), ...perFieldCases(e.bodyFields)];
      for (const c of cases) {
        const res = await sendTolerantOfCutUploads(() => caller.send(e.method, fuzzPath(e), c.body, { 'content-type': c.contentType }), c.expect);
        sent += 1;
        // A cut upload leaves no response to inspect: only its status (the refusal) is known.
        const problem = ('cut' in res ? null : problemWith(res)) ?? (c.expect && res.status !== c.expect ? `expected ${c.expect}, got ${res.status}` : null);
        if (problem) problems.push(`${key(e)} ${c.name}: ${problem}`);
        if (res.status < 400) problems.push(`${key(e)} ${c.name}: accepted with ${res.status}`);
      }
    }
    await new Promise((r) => setTimeout(r, 1500));
    expect(await snapshot(admin)).toEqual(before);
    expect((await anonymous.get('/api/health')).status).toBe(200);
    console.log(`[security ${kind}] fuzz: ${sent} hostile requests to ${allWrites.length} endpoints, ${problems.length} problems`);
    expect(problems).toEqual([]);
  }, 600_000);

  it('headers: security headers on every answer, no-store on errors, no CORS for a foreign origin', async () => {
    for (const res of [await anonymous.get('/api/health'), await anonymous.get('/api/auth/me'), await anonymous.get('/api/nothing-here')]) {
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      if (res.status >= 400) expect(res.headers.get('cache-control')).toBe('no-store');
    }
    const preflight = await fetch(`${platform.url}/api/commitments`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' } });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const simple = await fetch(`${platform.url}/api/auth/me`, { headers: { origin: 'https://evil.example', authorization: `Bearer ${focalBd.accessToken}` } });
    expect(simple.headers.get('access-control-allow-origin')).toBeNull();
  });

  // Last: it exhausts this email's sign-in allowance for a minute.
  it('a sign-in flood gets 429 before any password is checked', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await anonymous.post('/api/auth/sign-in', { email: 'focal.ph@accord.demo', password: `wrong-${i}` })).status);
    expect(statuses.slice(0, 5).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(5).every((s) => s === 429)).toBe(true);
    const limited = await anonymous.post('/api/auth/sign-in', { email: 'focal.ph@accord.demo', password: 'accord-demo-2016' });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  /** The first person the guard lets through, so the hostile body reaches parsing and validation. */
  async function authorisedCaller(e: Endpoint): Promise<ApiClient> {
    // Signing out with a real token would end that person's session for the rest of the suite.
    if (SIGNED_IN_ONLY.includes(key(e)) || PUBLIC_WRITES.includes(key(e))) return anonymous;
    for (const c of candidates) if (![401, 403].includes((await c.send(e.method, fuzzPath(e), {})).status)) return c;
    return focalBd;
  }
});

/**
 * For an oversized body the server answers 413 and closes the connection while the client is still
 * uploading; fetch then fails with EPIPE/ECONNRESET instead of showing the 413. That is the refusal we
 * want, so it counts as the expected status; any other network failure is still a failure.
 */
async function sendTolerantOfCutUploads<T>(send: () => Promise<{ status: number; body: T; headers: Headers }>, expected?: number) {
  try {
    return await send();
  } catch (e) {
    const code = (e as { cause?: { code?: string } }).cause?.code;
    if (expected === 413 && (code === 'EPIPE' || code === 'ECONNRESET')) return { status: 413, body: {} as T, headers: new Headers(), cut: true as const };
    throw e;
  }
}
