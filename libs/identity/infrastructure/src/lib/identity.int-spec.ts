import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SignInResponse } from '@accord/identity/contracts';
import { authenticateSocketHandshake, Authenticator, CurrentActor, Permit } from '@accord/shared/auth';
import { DomainExceptionFilter } from '@accord/shared/http';
import { Actor } from '@accord/shared/kernel';
import { createDataSource, runMigrations } from '@accord/shared/persistence';
import { createTestDatabase, databaseKinds, TestDatabase } from '@accord/shared/testing';
import { IdentityActorResolver } from './auth/identity-actor.resolver';
import { DEMO_ORGANISATIONS, DEMO_PEOPLE } from './demo/demo-directory';
import { seedDemoDirectory } from './demo/seed-demo-directory';
import { identityAuthModule } from './identity-auth.module';
import { IdentityModule } from './identity.module';
import { identityEntities, identityMigrations } from './persistence/identity-persistence';

const PASSWORD = 'accord-demo-2016';

@Controller('api/test-only')
class SecretariatOnlyController {
  @Get()
  @Permit('recommendation.issue')
  get(@CurrentActor() actor: Actor): Actor {
    return actor;
  }
}

describe.each(databaseKinds())('identity over HTTP (%s)', (kind) => {
  let db: TestDatabase;
  let app: NestFastifyApplication;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    const options = createDataSource({ url: db.url, entities: identityEntities, migrations: identityMigrations, poolSize: 4 }).options;
    @Module({
      imports: [TypeOrmModule.forRootAsync({ useFactory: () => options }), IdentityModule, identityAuthModule({ JWT_SECRET: 'int-spec-secret-'.repeat(4) })],
      controllers: [SecretariatOnlyController],
    })
    class AppModule {}
    app = await NestFactory.create<NestFastifyApplication>(AppModule, new FastifyAdapter(), { logger: false });
    app.useGlobalFilters(new DomainExceptionFilter());
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    const dataSource = app.get(DataSource);
    await runMigrations(dataSource);
    await seedDemoDirectory(dataSource, { password: PASSWORD });
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  }, 60_000);

  const signIn = (email: string, password = PASSWORD) => app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password } });
  const me = (token?: string) => app.inject({ method: 'GET', url: '/api/auth/me', headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('seeds every demo organisation and person once; a second seed adds nothing', async () => {
    await expect(seedDemoDirectory(app.get(DataSource), { password: PASSWORD })).resolves.toEqual({ organisations: 0, people: 0 });
    const [{ count }] = await app.get(DataSource).query('SELECT count(*)::int AS count FROM identity.person');
    expect(count).toBe(DEMO_PEOPLE.length);
  });

  it('signs a demo person in (email case-insensitive) and describes them', async () => {
    const res = await signIn('Focal.CA@accord.demo');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const body = res.json<SignInResponse>();
    expect(body.person).toEqual({
      id: expect.any(String), email: 'focal.ca@accord.demo', displayName: 'Claire Tremblay',
      organisationId: 'state-ca', organisationName: 'Canada', organisationKind: 'state', roles: ['focal_point'],
    });
    expect(body.accessToken.split('.')).toHaveLength(3);
    expect(new Date(body.expiresAt).getTime()).toBeGreaterThan(Date.now() + 7 * 3600_000);
  });

  it('answers a wrong password and an unknown email with the same 401', async () => {
    const wrong = await signIn('focal.ca@accord.demo', 'not-the-password');
    const unknown = await signIn('nobody@accord.demo');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().message).toBe(unknown.json().message);
    expect(wrong.body).not.toContain('password_hash');
  });

  it('refuses a body without email (400 naming it) and one that smuggles extra fields', async () => {
    const missing = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { password: PASSWORD } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().fields.map((f: { field: string }) => f.field)).toContain('email');
    const extra = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: 'focal.ca@accord.demo', password: PASSWORD, organisationId: 'state-au' } });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().fields.map((f: { field: string }) => f.field)).toContain('organisationId');
  });

  it('GET /api/auth/me needs a valid token', async () => {
    const { accessToken } = (await signIn('crisis.bd@accord.demo')).json<SignInResponse>();
    expect((await me()).statusCode).toBe(401);
    expect((await me('a.b.c')).statusCode).toBe(401);
    const ok = await me(accessToken);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ email: 'crisis.bd@accord.demo', organisationId: 'state-bd', roles: ['crisis_cell_officer'] });
  });

  it('sign-out revokes every token issued before it on the next call', async () => {
    const first = (await signIn('consular.ph@accord.demo')).json<SignInResponse>().accessToken;
    const second = (await signIn('consular.ph@accord.demo')).json<SignInResponse>().accessToken;
    expect((await me(first)).statusCode).toBe(200);
    const out = await app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: { authorization: `Bearer ${first}` } });
    expect(out.statusCode).toBe(204);
    expect((await me(first)).statusCode).toBe(401);
    expect((await me(second)).statusCode).toBe(401);
    const fresh = (await signIn('consular.ph@accord.demo')).json<SignInResponse>().accessToken;
    expect((await me(fresh)).statusCode).toBe(200);
  });

  it('a disabled person can neither sign in nor use a token they hold', async () => {
    const { accessToken, person } = (await signIn('viewer.eg@accord.demo')).json<SignInResponse>();
    await app.get(DataSource).query('UPDATE identity.person SET disabled = true WHERE id = $1', [person.id]);
    app.get(IdentityActorResolver).forget(person.id); // another process would see it within ACTOR_CACHE_TTL_MS
    expect((await me(accessToken)).statusCode).toBe(401);
    expect((await signIn('viewer.eg@accord.demo')).statusCode).toBe(401);
  });

  it('@Permit answers 403 to the wrong role and lets the right one through', async () => {
    const focal = (await signIn('focal.bd@accord.demo')).json<SignInResponse>().accessToken;
    const secretariat = (await signIn('secretariat.bali@accord.demo')).json<SignInResponse>().accessToken;
    const refused = await app.inject({ method: 'GET', url: '/api/test-only', headers: { authorization: `Bearer ${focal}` } });
    expect(refused.statusCode).toBe(403);
    const allowed = await app.inject({ method: 'GET', url: '/api/test-only', headers: { authorization: `Bearer ${secretariat}` } });
    expect(allowed.statusCode).toBe(200);
    expect(allowed.json()).toMatchObject({ organisationId: 'sec-bali-process', roles: ['secretariat_officer'], organisation: { name: 'Bali Process (Regional Support Office)', kind: 'secretariat', country: null } });
  });

  it('lists organisations publicly, finds one by id and 404s an unknown id', async () => {
    const list = await app.inject({ method: 'GET', url: '/api/organisations' });
    expect(list.statusCode).toBe(200);
    const ids = list.json().map((o: { id: string }) => o.id);
    expect(ids).toHaveLength(DEMO_ORGANISATIONS.length - 1);
    expect(ids).not.toContain('accord-platform');
    const one = await app.inject({ method: 'GET', url: '/api/organisations/cso-rmms' });
    expect(one.json()).toEqual({ id: 'cso-rmms', name: 'Regional Mixed Migration Secretariat (4mi)', kind: 'cso', country: 'KE' });
    expect((await app.inject({ method: 'GET', url: '/api/organisations/state-zz' })).statusCode).toBe(404);
  });

  it('authenticates a socket handshake from auth.token only, never from the query string', async () => {
    const { accessToken } = (await signIn('focal.naga@accord.demo')).json<SignInResponse>();
    const authenticator = app.get(Authenticator);
    await expect(authenticateSocketHandshake({ auth: { token: accessToken }, headers: {} }, authenticator)).resolves.toMatchObject({ organisationId: 'city-naga' });
    const viaQuery = { headers: {}, query: { token: accessToken } };
    await expect(authenticateSocketHandshake(viaQuery, authenticator)).resolves.toBeNull();
  });
});
