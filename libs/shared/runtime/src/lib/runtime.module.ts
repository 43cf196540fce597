import { DynamicModule, Global, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Readiness } from '@accord/shared/http';
import { HealthController } from './health.http.controller';
import { CLOCK, systemClock } from '@accord/shared/kernel';
import { EventTransport, inboxRetentionDaysFromEnv, KafkaTransport, kafkaBrokersFromEnv, MessagingModule } from '@accord/shared/messaging';
import { dataSourceOptions } from '@accord/shared/persistence';
import { ServiceDefinition } from './runtime-options';

export interface RuntimeSettings {
  databaseUrl: string;
  embedded: boolean;
  env: NodeJS.ProcessEnv;
}

@Global()
@Module({})
export class RuntimeModule {
  static forRoot(def: ServiceDefinition, settings: RuntimeSettings): DynamicModule {
    const brokers = kafkaBrokersFromEnv(settings.env);
    const transportFactory = brokers ? (): EventTransport => new KafkaTransport({ brokers, clientId: def.serviceName }) : undefined;
    return {
      module: RuntimeModule,
      imports: [
        TypeOrmModule.forRoot(
          dataSourceOptions({
            url: settings.databaseUrl,
            entities: def.entities,
            migrations: def.migrations,
            // pglite-socket interleaves the extended-protocol messages of concurrent connections (a Parse
            // of one between the Parse and Bind of another), so the embedded database gets one connection.
            poolSize: settings.embedded ? 1 : Number(settings.env['ACCORD_DB_POOL'] ?? 20),
            applicationName: def.serviceName,
            prepareStatements: !settings.embedded,
          }),
        ),
        CqrsModule.forRoot(),
        MessagingModule.forRoot({ serviceName: def.serviceName, embedded: settings.embedded, transportFactory, inboxRetentionDays: inboxRetentionDaysFromEnv(settings.env) }),
        ...def.imports,
      ],
      controllers: [HealthController],
      providers: [Readiness, { provide: CLOCK, useValue: systemClock }, ...(def.providers ?? [])],
      exports: [Readiness, CLOCK],
    };
  }
}
