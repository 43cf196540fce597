import { DynamicModule, Global, Module, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { auditMigrations } from '@accord/shared/audit';
import { AuthModule, TokenService } from '@accord/shared/auth';
import { accordValidationPipe, DomainExceptionFilter } from '@accord/shared/http';
import { ActingOrganisation, CLOCK, ManualClock } from '@accord/shared/kernel';
import { LiveUpdatePublisher } from '@accord/shared/live';
import { messagingMigrations, MessagingModule } from '@accord/shared/messaging';
import { createDataSource, dataSourceOptions, runMigrations } from '@accord/shared/persistence';
import { createTestDatabase, DatabaseKind, TestDatabase } from '@accord/shared/testing';
import { RecordingLivePublisher } from './recording-live-publisher';

export interface TestAppOptions {
  serviceName: string;
  imports: Array<Type<unknown> | DynamicModule>;
  entities: Array<new () => unknown>;
  migrations: Array<new () => unknown>;
  clock?: ManualClock;
  /** Reuse a database (a restart); a fresh one is created otherwise. */
  database?: TestDatabase;
}

export interface TestApp {
  app: NestFastifyApplication;
  db: TestDatabase;
  ds: DataSource;
  clock: ManualClock;
  live: RecordingLivePublisher;
  tokenFor(organisation: ActingOrganisation, roles?: string[]): string;
  close(): Promise<void>;
}

const JWT_SECRET = 'int-spec-secret-for-accord-tests-'.repeat(3);

/** One service as the runtime builds it (messaging, auth, validation, errors) on a test database. */
export async function startTestApp(kind: DatabaseKind, options: TestAppOptions): Promise<TestApp> {
  const db = options.database ?? (await createTestDatabase(kind));
  const entities = options.entities;
  const migrations = [...messagingMigrations, ...auditMigrations, ...options.migrations];
  const migrator = createDataSource({ url: db.url, entities, migrations, poolSize: 2 });
  await migrator.initialize();
  await runMigrations(migrator);
  await migrator.destroy();
  const clock = options.clock ?? new ManualClock(new Date('2026-11-28T10:00:00Z'));
  const live = new RecordingLivePublisher();

  @Global()
  @Module({ providers: [{ provide: CLOCK, useValue: clock }, { provide: LiveUpdatePublisher, useValue: live }], exports: [CLOCK, LiveUpdatePublisher] })
  class TestRuntimeModule {}

  @Module({
    imports: [
      TypeOrmModule.forRootAsync({ useFactory: () => dataSourceOptions({ url: db.url, entities, migrations, poolSize: 4 }) }),
      CqrsModule.forRoot(),
      MessagingModule.forRoot({ serviceName: options.serviceName, embedded: kind === 'embedded', relay: { pollMs: 100 }, embeddedTransport: { pollMs: 100 } }),
      AuthModule.forRoot({ env: { JWT_SECRET } }),
      TestRuntimeModule,
      ...options.imports,
    ],
  })
  class TestAppModule {}

  const app = await NestFactory.create<NestFastifyApplication>(TestAppModule, new FastifyAdapter(), { logger: ['error'] });
  app.useGlobalPipes(accordValidationPipe());
  app.useGlobalFilters(new DomainExceptionFilter());
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const tokens = app.get(TokenService);
  return {
    app,
    db,
    ds: app.get(DataSource),
    clock,
    live,
    tokenFor: (organisation, roles = ['focal_point']) =>
      tokens.issue({ personId: `person-${organisation.id}`, organisationId: organisation.id, roles, tokenVersion: 1, organisation }).accessToken,
    close: () => app.close(),
  };
}
