import { randomBytes } from 'node:crypto';
import { Global, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthModule, TokenService } from '@accord/shared/auth';
import { accordValidationPipe, DomainExceptionFilter } from '@accord/shared/http';
import { CLOCK, ManualClock } from '@accord/shared/kernel';
import { MessagingModule, messagingMigrations } from '@accord/shared/messaging';
import { createDataSource, runMigrations } from '@accord/shared/persistence';
import { createTestDatabase, databaseKinds, eventually, TestDatabase } from '@accord/shared/testing';
import { ConsularWriteModule } from './consular-write.module';
import { ConsularScheduler } from './scheduling/consular-scheduler';
import { consularEntities, consularMigrations } from '../index';

const DAY = 86_400_000;
const PEOPLE = [
  { name: 'Rahim Uddin Chowdhury', documentNumber: 'BD-A7781234', contact: '+218 91 555 0101', location: 'Misrata port camp', vulnerabilities: ['diabetic'], consentGiven: true, legalBasis: 'consent', purposes: ['consular_assistance', 'evacuation'] },
  { name: 'Maria Santos Dela Cruz', documentNumber: 'PH-P9911223', contact: 'maria.sdc@example.ph', location: 'Benghazi, Al Fuwayhat', vulnerabilities: ['pregnant'], consentGiven: false, legalBasis: 'vital_interest', purposes: ['evacuation'] },
];
const PERSONAL = PEOPLE.flatMap((p) => [p.name, p.documentNumber, p.contact, p.location, ...p.vulnerabilities]);

describe.each(databaseKinds())('consular personal data (%s)', (kind) => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let ds: DataSource;
  const clock = new ManualClock(new Date('2011-02-24T08:00:00Z'));
  const env = {
    JWT_SECRET: 'consular-int-spec-secret-'.repeat(3),
    ACCORD_CASE_KEYS: `k1:${randomBytes(32).toString('base64')}`,
    ACCORD_CASE_RETENTION_DAYS: '30',
    ACCORD_CONSULAR_ANSWER_HOURS: '24',
    ACCORD_CONSULAR_SCHEDULER_MS: '0',
    ACCORD_ENFORCEMENT_ORGANISATIONS: 'border-ca',
  };
  const orgs: Record<string, { name: string; kind: string; country: string | null }> = {
    'state-ca': { name: 'Canada', kind: 'state', country: 'CA' },
    'state-au': { name: 'Australia', kind: 'state', country: 'AU' },
    'state-ph': { name: 'Philippines', kind: 'state', country: 'PH' },
    'state-my': { name: 'Malaysia', kind: 'state', country: 'MY' },
    'border-ca': { name: 'Border enforcement', kind: 'state', country: 'CA' },
    'agency-iom': { name: 'IOM', kind: 'agency', country: null },
  };
  const token = (org: string, role = 'consular_officer') =>
    app.get(TokenService).issue({ personId: `p-${org}`, organisationId: org, roles: [role], tokenVersion: 0, organisation: { id: org, ...orgs[org] } }).accessToken;
  const call = (method: 'GET' | 'POST', url: string, org: string, payload?: object, role?: string) =>
    app.inject({ method, url, payload, headers: { authorization: `Bearer ${token(org, role)}` } });

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    const options = createDataSource({ url: db.url, entities: consularEntities, migrations: [...messagingMigrations, ...consularMigrations], poolSize: 10 }).options;
    @Global()
    @Module({ providers: [{ provide: CLOCK, useValue: clock }], exports: [CLOCK] })
    class ClockModule {}
    @Module({
      imports: [
        ClockModule,
        TypeOrmModule.forRootAsync({ useFactory: () => options }),
        CqrsModule.forRoot(),
        MessagingModule.forRoot({ serviceName: 'states-service', embedded: kind === 'embedded' }),
        AuthModule.forRoot({ env }),
        ConsularWriteModule.forRoot({ env }),
      ],
    })
    class AppModule {}
    const migrator = createDataSource({ url: db.url, entities: [], migrations: [...messagingMigrations, ...consularMigrations], poolSize: 2 });
    await migrator.initialize();
    await runMigrations(migrator);
    await migrator.destroy();
    app = await NestFactory.create<NestFastifyApplication>(AppModule, new FastifyAdapter(), { logger: ['error'], abortOnError: false });
    app.useGlobalPipes(accordValidationPipe());
    app.useGlobalFilters(new DomainExceptionFilter());
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    ds = app.get(DataSource);
    await call('POST', '/api/consular-agreements', 'state-ca', { parties: ['state-ca', 'state-au'], countries: ['LY'], services: ['evacuation_support', 'welfare_check'], validFrom: '1986-01-01' });
    await call('POST', '/api/consular-missions', 'state-au', { country: 'LY', city: 'Tripoli' });
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  }, 60_000);

  const raise = async () => {
    const res = await call('POST', '/api/consular-requests', 'state-ca', { country: 'LY', nationalsCount: 40, services: ['evacuation_support'], cases: PEOPLE });
    expect(res.statusCode).toBe(201);
    return res.json<{ id: string }>().id;
  };

  it('routes to Australia (agreement + mission in Libya) and lets only the two States read the cases, audited', async () => {
    const id = await raise();
    const view = (await call('GET', `/api/consular-requests/${id}`, 'state-ca')).json();
    expect(view.assignee).toEqual({ organisationId: 'state-au', kind: 'state' });
    const read = await call('GET', `/api/consular-requests/${id}/cases?purpose=evacuation`, 'state-au');
    expect(read.statusCode).toBe(200);
    expect(read.headers['cache-control']).toBe('no-store');
    expect(read.json().map((c: { name: string }) => c.name).sort()).toEqual([PEOPLE[1].name, PEOPLE[0].name].sort());
    const narrow = await call('GET', `/api/consular-requests/${id}/cases?purpose=consular_assistance`, 'state-ca');
    expect(narrow.json().map((c: { name: string }) => c.name)).toEqual([PEOPLE[0].name]);
    const log = await ds.query('SELECT person_id, organisation_id, action, purpose, legal_basis, case_ids FROM consular.case_access_log WHERE request_id = $1 ORDER BY id', [id]);
    expect(log.map((l: { organisation_id: string; action: string }) => `${l.organisation_id}:${l.action}`)).toEqual(['state-ca:store', 'state-au:read', 'state-ca:read']);
    expect(log[1]).toMatchObject({ person_id: 'p-state-au', purpose: 'evacuation' });
    expect(JSON.stringify(log)).not.toMatch(new RegExp(PERSONAL.map((p) => p.replace(/[.+]/g, '\\$&')).join('|')));
  });

  it('answers 404 to a third State, for the request and its cases, and to an enforcement body', async () => {
    const id = await raise();
    for (const url of [`/api/consular-requests/${id}`, `/api/consular-requests/${id}/cases?purpose=evacuation`]) {
      expect((await call('GET', url, 'state-ph')).statusCode).toBe(404);
      expect((await call('GET', url, 'border-ca')).statusCode).toBe(404);
    }
    const caseId = (await call('GET', `/api/consular-requests/${id}`, 'state-ca')).json().cases[0].caseId;
    expect((await call('GET', `/api/consular-requests/${id}/cases/${caseId}?purpose=evacuation`, 'state-my')).statusCode).toBe(404);
  });

  it('never routes to an enforcement body and refuses one as party to an agreement', async () => {
    await call('POST', '/api/consular-missions', 'border-ca', { country: 'LY', city: 'Tripoli' });
    const refused = await call('POST', '/api/consular-agreements', 'state-ph', { parties: ['state-ph', 'border-ca'], countries: ['LY'], services: ['evacuation_support'], validFrom: '2000-01-01' });
    expect(refused.statusCode).toBe(400);
    const id = await raise();
    expect((await call('GET', `/api/consular-requests/${id}`, 'state-ca')).json().tried).not.toContain('border-ca');
  });

  it('stores the case list encrypted: no column holds any personal value in clear', async () => {
    await raise();
    const dump = JSON.stringify(await ds.query('SELECT * FROM consular.case_record')) + JSON.stringify(await ds.query('SELECT * FROM consular.consular_request'));
    for (const value of PERSONAL) expect(dump).not.toContain(value);
    expect(dump).toContain('"key_id":"k1"');
  });

  it('puts no personal data in any outbox row or event log envelope', async () => {
    await raise();
    await eventually(async () => (await ds.query('SELECT count(*)::int AS n FROM messaging.outbox_message WHERE published_at IS NULL'))[0].n === 0, 15_000);
    const outbox: { envelope: object }[] = await ds.query('SELECT envelope FROM messaging.outbox_message');
    const log: { envelope: object }[] = await ds.query('SELECT envelope FROM messaging.event_log');
    expect(outbox.length).toBeGreaterThan(3);
    expect(log.length).toBe(outbox.length);
    const all = JSON.stringify([...outbox, ...log]);
    for (const value of PERSONAL) expect(all).not.toContain(value);
    for (const field of ['name', 'documentNumber', 'contact', 'location', 'vulnerabilities']) expect(all).not.toContain(`"${field}"`);
  });

  it('escalates on the deadline through the scheduler (ManualClock), then to the agency', async () => {
    await call('POST', '/api/consular-agreements', 'state-ca', { parties: ['state-ca', 'state-my'], countries: ['LY'], services: ['evacuation_support'], validFrom: '2005-01-01' });
    await call('POST', '/api/consular-missions', 'state-my', { country: 'LY', city: 'Tripoli' });
    const id = await raise();
    const scheduler = app.get(ConsularScheduler);
    await scheduler.tick();
    expect((await call('GET', `/api/consular-requests/${id}`, 'state-ca')).json().assignee.organisationId).toBe('state-au');
    clock.advance(DAY + 1);
    await scheduler.tick();
    expect((await call('GET', `/api/consular-requests/${id}`, 'state-ca')).json().assignee.organisationId).toBe('state-my');
    clock.advance(DAY + 1);
    await scheduler.tick();
    const view = (await call('GET', `/api/consular-requests/${id}`, 'state-ca')).json();
    expect(view.assignee).toEqual({ organisationId: 'agency-iom', kind: 'agency' });
    expect((await call('POST', `/api/consular-requests/${id}/accept`, 'agency-iom', undefined, 'crisis_cell_officer')).statusCode).toBe(200);
    expect((await call('GET', `/api/consular-requests/${id}/cases?purpose=evacuation`, 'state-au')).statusCode).toBe(404);
  });

  it('purges the case data once the retention period after closing has passed, and it cannot come back', async () => {
    const id = await raise();
    expect((await call('POST', `/api/consular-requests/${id}/accept`, 'state-au')).statusCode).toBe(200);
    const caseId = (await call('GET', `/api/consular-requests/${id}`, 'state-au')).json().cases[0].caseId;
    expect((await call('POST', `/api/consular-requests/${id}/cases/${caseId}/status`, 'state-au', { status: 'evacuated' })).statusCode).toBe(200);
    expect((await call('POST', `/api/consular-requests/${id}/close`, 'state-ca', { reason: 'all_cases_resolved' })).statusCode).toBe(200);
    const scheduler = app.get(ConsularScheduler);
    clock.advance(29 * DAY);
    await scheduler.tick();
    expect((await call('GET', `/api/consular-requests/${id}/cases?purpose=evacuation`, 'state-ca')).json()).toHaveLength(2);
    clock.advance(1 * DAY + 1);
    await scheduler.tick();
    expect((await call('GET', `/api/consular-requests/${id}/cases?purpose=evacuation`, 'state-ca')).json()).toEqual([]);
    const rows = await ds.query('SELECT key_id, sealed, purged_at FROM consular.case_record WHERE request_id = $1', [id]);
    expect(rows.every((r: { sealed: string | null; purged_at: Date | null }) => r.sealed === null && r.purged_at !== null)).toBe(true);
    const view = (await call('GET', `/api/consular-requests/${id}`, 'state-ca')).json();
    expect(view.purgedAt).not.toBeNull();
  });
});
