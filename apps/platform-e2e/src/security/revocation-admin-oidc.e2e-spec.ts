import { databaseKinds } from '@accord/shared/testing';
import { ApiClient } from '../support/api-client';
import { LiveClient } from '../support/live-client';
import { PlatformProcess, startPlatform } from '../support/platform-process';
import { TestOidcProvider } from '@accord/shared/testing';

interface PersonRow {
  id: string;
  email: string;
  organisationId: string;
  roles: string[];
  disabled: boolean;
}

const disconnected = (client: LiveClient): Promise<number> => {
  const started = Date.now();
  return new Promise((resolve) => (client.socket.disconnected ? resolve(0) : client.socket.once('disconnect', () => resolve(Date.now() - started))));
};
const within = <T>(p: Promise<T>, ms: number): Promise<T> => Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`not within ${ms} ms`)), ms))]);

// One database kind is enough here: this is about the auth path, not storage.
describe.each(databaseKinds().slice(0, 1))('revocation, administration and OIDC on the built platform (%s database)', (kind) => {
  const provider = new TestOidcProvider('https://idp.accord.test', 'accord-e2e');
  const first = TestOidcProvider.key('first');
  let platform: PlatformProcess;
  let anonymous: ApiClient;
  let admin: ApiClient;

  beforeAll(async () => {
    provider.published = [first];
    const jwks = await provider.start();
    platform = await startPlatform(kind, { OIDC_ISSUER: provider.issuer, OIDC_AUDIENCE: provider.audience, OIDC_JWKS_URI: jwks, OIDC_JWKS_MIN_REFRESH_MS: '500' });
    anonymous = new ApiClient(platform.url);
    admin = await anonymous.signIn('admin@accord.demo');
  }, 180_000);
  afterAll(async () => {
    await platform?.stop();
    await provider.stop();
  });

  it('sign-out: the token is refused at once and the open socket is closed within ~6 s', async () => {
    const viewer = await anonymous.signIn('viewer.ph@accord.demo');
    const socket = await LiveClient.connect(platform.url, '/live', viewer.accessToken);
    const gone = disconnected(socket);
    expect((await viewer.post('/api/auth/sign-out', undefined)).status).toBe(204);
    expect((await viewer.get('/api/auth/me')).status).toBe(401);
    const after = await within(gone, 6_500);
    console.log(`[security] socket closed ${after} ms after sign-out`);
  });

  it('administrator: creates an organisation and a person, changes roles, disables (sockets closed at once)', async () => {
    const org = await admin.post('/api/admin/organisations', { id: 'state-np', name: 'Nepal', kind: 'state', country: 'NP' });
    expect(org.status).toBe(201);
    expect((await admin.post('/api/admin/organisations', { id: 'state-np', name: 'Nepal', kind: 'state', country: 'NP' })).status).toBe(409);
    const bad = await admin.post<{ fields: { field: string }[] }>('/api/admin/organisations', { id: 'Bad Id', name: '', kind: 'platform', country: 'nepal' });
    expect(bad.status).toBe(400);
    expect(bad.body.fields.map((f) => f.field).sort()).toEqual(['country', 'id', 'kind', 'name']);

    const created = await admin.post<PersonRow>('/api/admin/people', { email: 'focal.np@example.gov', displayName: 'Sita Sharma', organisationId: 'state-np', roles: ['viewer'], password: 'a long enough password' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ email: 'focal.np@example.gov', organisationId: 'state-np', roles: ['viewer'], disabled: false });
    expect(created.body).not.toHaveProperty('passwordHash');
    const badPerson = await admin.post<{ fields: { field: string }[] }>('/api/admin/people', { email: 'nope', displayName: '', organisationId: 'state-np', roles: ['emperor'], password: 'short' });
    expect(badPerson.body.fields.map((f) => f.field).sort()).toEqual(['displayName', 'email', 'password', 'roles']);
    expect((await admin.post('/api/admin/people', { email: 'x@example.gov', displayName: 'X', organisationId: 'state-zz', roles: ['viewer'] })).status).toBe(400);
    expect((await admin.post('/api/admin/people', { email: 'y@example.gov', displayName: 'Y', organisationId: 'state-np', roles: ['admin'] })).status).toBe(400);

    const nepal = await anonymous.signIn('focal.np@example.gov', 'a long enough password');
    const pledge = { title: 'Fair recruitment pledge from Nepal', description: 'x', gcmObjectives: [6], sdgTargets: ['10.7'], indicator: 'x', baseline: 'x', targetValue: 'x', dueDate: '2030-12-31' };
    expect((await nepal.post('/api/commitments', pledge)).status).toBe(403);
    expect((await admin.post(`/api/admin/people/${created.body.id}/roles`, { roles: ['focal_point'] })).status).toBe(200);
    expect((await nepal.post('/api/commitments', pledge)).status).toBe(201);

    const socket = await LiveClient.connect(platform.url, '/live', nepal.accessToken);
    const gone = disconnected(socket);
    const disabled = await admin.post<PersonRow>(`/api/admin/people/${created.body.id}/disable`, undefined);
    expect(disabled.status).toBe(200);
    expect(disabled.body.disabled).toBe(true);
    await within(gone, 1_000);
    expect((await nepal.get('/api/auth/me')).status).toBe(401);
    await expect(anonymous.signIn('focal.np@example.gov', 'a long enough password')).rejects.toThrow(/401/);
    const adminId = (await admin.get<{ id: string }>('/api/auth/me')).body.id;
    expect((await admin.post(`/api/admin/people/${adminId}/disable`, undefined)).status).toBe(400);
    expect((await admin.post('/api/admin/people/6f1c2b7e-4d0a-4c1e-9b5a-2f8e7d6c5b4a/disable', undefined)).status).toBe(404);
  });

  it('OIDC: a provider token is accepted for a known person; organisation and roles come from the directory', async () => {
    const oidc = new ApiClient(platform.url, provider.token(first, { email: 'focal.bd@accord.demo', sub: 'bd-focal', roles: ['admin'], org: 'accord-platform' }));
    const me = await oidc.get<{ organisationId: string; roles: string[] }>('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ organisationId: 'state-bd', roles: ['focal_point'] });
    expect((await oidc.get('/api/admin/people')).status).toBe(403);
    const socket = await LiveClient.connect(platform.url, '/live', oidc.accessToken);
    socket.close();
  });

  it('OIDC: unknown person, wrong key, wrong audience or issuer, expired → 401; a rotated key works after a refresh', async () => {
    const now = Math.floor(Date.now() / 1000);
    const refused = [
      provider.token(first, { email: 'stranger@nowhere.example' }),
      provider.token({ ...TestOidcProvider.key('first'), kid: 'first' }, { email: 'focal.bd@accord.demo' }),
      provider.token(first, { email: 'focal.bd@accord.demo', aud: 'another-app' }),
      provider.token(first, { email: 'focal.bd@accord.demo', iss: 'https://evil.example' }),
      provider.token(first, { email: 'focal.bd@accord.demo', exp: now - 120 }),
      provider.token(first, { email: 'focal.bd@accord.demo', email_verified: false }),
    ];
    for (const token of refused) expect((await new ApiClient(platform.url, token).get('/api/auth/me')).status).toBe(401);
    const second = TestOidcProvider.key('second', 'ES256');
    provider.published = [first, second];
    await new Promise((r) => setTimeout(r, 600));
    const rotated = new ApiClient(platform.url, provider.token(second, { email: 'focal.my@accord.demo' }));
    expect((await rotated.get<{ organisationId: string }>('/api/auth/me')).body).toMatchObject({ organisationId: 'state-my' });
  });

  it('OIDC: disabling the person revokes their provider tokens too', async () => {
    const people = await admin.get<{ items: PersonRow[] }>('/api/admin/people?organisationId=state-ca');
    const viewer = people.body.items.find((p) => p.email === 'viewer.ca@accord.demo');
    const token = provider.token(first, { email: 'viewer.ca@accord.demo' });
    expect((await new ApiClient(platform.url, token).get('/api/auth/me')).status).toBe(200);
    expect((await admin.post(`/api/admin/people/${viewer?.id}/disable`, undefined)).status).toBe(200);
    expect((await new ApiClient(platform.url, token).get('/api/auth/me')).status).toBe(401);
  });
});
