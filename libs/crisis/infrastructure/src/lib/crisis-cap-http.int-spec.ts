import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Global, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule, TokenService } from '@accord/shared/auth';
import { accordValidationPipe, DomainExceptionFilter } from '@accord/shared/http';
import { CLOCK, systemClock } from '@accord/shared/kernel';
import { MessagingModule, messagingMigrations } from '@accord/shared/messaging';
import { createDataSource, runMigrations } from '@accord/shared/persistence';
import { createTestDatabase, databaseKinds, TestDatabase } from '@accord/shared/testing';
import { crisisEntities, crisisMigrations } from '../index';
import { validateCap } from './cap/testing/xsd-validator';
import { CrisisWriteModule } from './crisis-write.module';

const SAMPLE = readFileSync(join(__dirname, 'cap', 'samples', 'envcanada-update-en-fr.xml'));

describe.each(databaseKinds())('CAP over HTTP (%s)', (kind) => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  const env = { JWT_SECRET: 'crisis-int-spec-secret-'.repeat(3) };
  const token = (org: string, kindOf: string) =>
    app.get(TokenService).issue({ personId: `p-${org}`, organisationId: org, roles: ['crisis_cell_officer'], tokenVersion: 0, organisation: { id: org, name: org, kind: kindOf, country: null } }).accessToken;
  const post = (body: Buffer | string, type = 'application/cap+xml', org = 'agency-iom', orgKind = 'agency') =>
    app.inject({ method: 'POST', url: '/api/crisis-alerts/import/cap?country=CA', payload: body, headers: { 'content-type': type, authorization: `Bearer ${token(org, orgKind)}` } });

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    const migrations = [...messagingMigrations, ...crisisMigrations];
    const migrator = createDataSource({ url: db.url, entities: [], migrations, poolSize: 2 });
    await migrator.initialize();
    await runMigrations(migrator);
    await migrator.destroy();
    const options = createDataSource({ url: db.url, entities: crisisEntities, migrations, poolSize: 10 }).options;
    @Global()
    @Module({ providers: [{ provide: CLOCK, useValue: systemClock }], exports: [CLOCK] })
    class ClockModule {}
    @Module({
      imports: [ClockModule, TypeOrmModule.forRootAsync({ useFactory: () => options }), CqrsModule.forRoot(), MessagingModule.forRoot({ serviceName: 'agencies-service', embedded: kind === 'embedded', autoStart: false }), AuthModule.forRoot({ env }), CrisisWriteModule],
    })
    class AppModule {}
    app = await NestFactory.create<NestFastifyApplication>(AppModule, new FastifyAdapter({ bodyLimit: 1_048_576 }), { logger: false });
    app.useGlobalPipes(accordValidationPipe());
    app.useGlobalFilters(new DomainExceptionFilter());
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  }, 60_000);

  it('imports a CAP message, exports it as valid CAP 1.2 and lists it in the Atom feed', async () => {
    const res = await post(SAMPLE);
    expect(res.statusCode).toBe(201);
    const { id } = res.json<{ id: string }>();
    const cap = await app.inject({ method: 'GET', url: `/api/crisis-alerts/${id}/cap` });
    expect(cap.statusCode).toBe(200);
    expect(cap.headers['content-type']).toContain('application/cap+xml');
    expect(validateCap(cap.body).valid).toBe(true);
    expect(cap.body).toContain('<identifier>2.49.0.1.124.6bddbc91.2012</identifier>');
    const feed = await app.inject({ method: 'GET', url: '/api/crisis-alerts/feed.atom' });
    expect(feed.headers['content-type']).toContain('application/atom+xml');
    expect(feed.body).toContain(`urn:uuid:${id}`);
  });

  it('refuses an XXE attempt with 400, a body over 1 MB with 413, and a State importing an alert with 403 (the policy: agencies raise alerts)', async () => {
    const xxe = '<?xml version="1.0"?><!DOCTYPE alert [<!ENTITY x SYSTEM "file:///etc/passwd">]>' + SAMPLE.toString().replace(/^<\?xml[^>]*>/, '').replace('<sender>cap@ec.gc.ca', '<sender>&x;');
    const refused = await post(xxe, 'application/xml');
    expect(refused.statusCode).toBe(400);
    expect(refused.body).not.toContain('root:');
    expect((await post(Buffer.concat([SAMPLE, Buffer.alloc(1_100_000, 0x20)]))).statusCode).toBe(413);
    expect((await post(SAMPLE, 'application/cap+xml', 'state-ca', 'state')).statusCode).toBe(403);
  });
});
