import { Controller, Get, Module, Param } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { auditMigrations } from '@accord/shared/audit';
import { createDataSource, runMigrations } from '@accord/shared/persistence';
import { createTestDatabase, databaseKinds, eventually, TestDatabase } from '@accord/shared/testing';
import { SecurityAudit } from '../audit/security-audit';
import { AuthModule } from '../auth.module';
import { Permit } from '../policy/permit.decorator';
import { TokenService } from '../token/token.service';
import { Public } from './public.decorator';

const WINDOW_MS = 1500;

@Controller('api/audit-probe')
class ProbeController {
  @Get('open')
  @Public()
  open(): string {
    return 'ok';
  }

  @Get('issued/:id')
  @Permit('recommendation.issue')
  issued(@Param('id') id: string): string {
    return id;
  }

  // Deliberately without @Permit: the guard must refuse it even to a signed-in person.
  @Get('undescribed')
  undescribed(): string {
    return 'should never answer';
  }
}

interface AuditRow {
  person_id: string | null;
  organisation_id: string | null;
  action: string;
  resource: string | null;
  outcome: string;
  ip: string | null;
  correlation_id: string | null;
  detail: Record<string, unknown>;
}

describe.each(databaseKinds())('the guard’s audit of refusals (%s)', (kind) => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let ds: DataSource;
  const previousWindow = process.env['ACCORD_AUDIT_401_WINDOW_MS'];

  beforeAll(async () => {
    process.env['ACCORD_AUDIT_401_WINDOW_MS'] = String(WINDOW_MS);
    db = await createTestDatabase(kind);
    const migrator = createDataSource({ url: db.url, entities: [], migrations: auditMigrations, poolSize: 2 });
    await migrator.initialize();
    await runMigrations(migrator);
    await migrator.destroy();
    const options = createDataSource({ url: db.url, entities: [], migrations: [], poolSize: 2 }).options;
    @Module({ imports: [TypeOrmModule.forRootAsync({ useFactory: () => options }), AuthModule.forRoot({ env: { JWT_SECRET: 'audit-int-spec-secret-'.repeat(3) } })], controllers: [ProbeController] })
    class AppModule {}
    app = await NestFactory.create<NestFastifyApplication>(AppModule, new FastifyAdapter(), { logger: ['error'] });
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    ds = app.get(DataSource);
  }, 120_000);

  afterAll(async () => {
    if (previousWindow === undefined) delete process.env['ACCORD_AUDIT_401_WINDOW_MS'];
    else process.env['ACCORD_AUDIT_401_WINDOW_MS'] = previousWindow;
    await app?.close();
    await db?.drop();
  }, 60_000);

  beforeEach(() => ds.query('TRUNCATE audit.audit_log'));

  const token = (organisationId: string, kind: string, role: string) =>
    app.get(TokenService).issue({ personId: `p-${organisationId}`, organisationId, roles: [role], tokenVersion: 0, organisation: { id: organisationId, name: organisationId, kind, country: null } }).accessToken;
  const get = (url: string, bearer?: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'GET', url, headers: { ...headers, ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) } });
  const rows = (): Promise<AuditRow[]> => ds.query('SELECT person_id, organisation_id, action, resource, outcome, ip, correlation_id, detail FROM audit.audit_log ORDER BY id');

  it('records a 403 with who, which organisation, the permission, the path (no query), the outcome and the ip', async () => {
    const res = await get('/api/audit-probe/issued/r-1?q=secret-search', token('state-bd', 'state', 'focal_point'), { 'x-correlation-id': 'c-403' });
    expect(res.statusCode).toBe(403);
    const [row] = await eventually(async () => {
      const found = await rows();
      if (found.length !== 1) throw new Error(`${found.length} rows`);
      return found;
    });
    expect(row).toEqual({
      person_id: 'p-state-bd', organisation_id: 'state-bd', action: 'recommendation.issue', resource: 'GET /api/audit-probe/issued/r-1', outcome: 'refused', ip: '127.0.0.1', correlation_id: 'c-403',
      detail: { status: 403, reason: 'needs role secretariat_officer' },
    });
  });

  it('records a 401 without a person, and refuses (403, audited) a protected route that names no permission', async () => {
    expect((await get('/api/audit-probe/issued/r-2', undefined, { 'x-correlation-id': 'c-401' })).statusCode).toBe(401);
    expect((await get('/api/audit-probe/undescribed', token('sec-bali-process', 'secretariat', 'secretariat_officer'))).statusCode).toBe(403);
    expect((await get('/api/audit-probe/issued/r-2', token('sec-bali-process', 'secretariat', 'secretariat_officer'))).statusCode).toBe(200);
    expect((await get('/api/audit-probe/open')).statusCode).toBe(200);
    const found = await eventually(async () => {
      const r = await rows();
      if (r.length !== 2) throw new Error(`${r.length} rows`);
      return r;
    });
    // Refusals are written without holding up the answer, so two of them may land in either order.
    const byStatus = [...found].sort((a, b) => (a.detail as { status: number }).status - (b.detail as { status: number }).status);
    expect(byStatus).toEqual([
      { person_id: null, organisation_id: null, action: 'recommendation.issue', resource: 'GET /api/audit-probe/issued/r-2', outcome: 'refused', ip: '127.0.0.1', correlation_id: 'c-401', detail: { status: 401, reason: 'no valid token' } },
      expect.objectContaining({ person_id: 'p-sec-bali-process', action: 'ProbeController.undescribed', outcome: 'refused', detail: { status: 403, reason: 'the route names no permission' } }),
    ]);
  });

  it('samples a flood of anonymous 401s per ip and route: one row per window plus one summary with the count', async () => {
    // Earlier tests' 401s opened windows for the same ip and route: let them close first.
    await new Promise((r) => setTimeout(r, WINDOW_MS));
    app.get(SecurityAudit).flushSuppressed();
    await ds.query('TRUNCATE audit.audit_log');
    const started = Date.now();
    for (let i = 0; i < 40; i++) expect((await get(`/api/audit-probe/issued/scan-${i}`)).statusCode).toBe(401);
    // The flood must fit in one window for the count below to be exact.
    expect(Date.now() - started).toBeLessThan(WINDOW_MS);
    expect((await get('/api/audit-probe/undescribed')).statusCode).toBe(401);
    await new Promise((r) => setTimeout(r, 150));
    expect((await rows()).map((r) => r.resource)).toEqual(['GET /api/audit-probe/issued/scan-0', 'GET /api/audit-probe/undescribed']);
    await new Promise((r) => setTimeout(r, WINDOW_MS));
    app.get(SecurityAudit).flushSuppressed();
    const after = await eventually(async () => {
      const r = await rows();
      if (r.length !== 3) throw new Error(`${r.length} rows`);
      return r;
    });
    expect(after[2]).toMatchObject({ person_id: null, action: 'recommendation.issue', resource: 'GET /api/audit-probe/issued/scan-0', outcome: 'refused', ip: '127.0.0.1', detail: { status: 401, sampled: true, suppressed: 39 } });
    // 403s name a person: each one is kept.
    const bd = token('state-bd', 'state', 'focal_point');
    for (let i = 0; i < 5; i++) await get(`/api/audit-probe/issued/x-${i}`, bd);
    await eventually(async () => {
      const n = (await rows()).filter((r) => r.detail['status'] === 403).length;
      if (n !== 5) throw new Error(`${n} 403 rows`);
      return true;
    });
  });
});
