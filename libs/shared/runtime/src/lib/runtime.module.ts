import { DynamicModule, Global, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HealthController, Readiness } from '@accord/shared/http';
import { CLOCK, systemClock } from '@accord/shared/kernel';
import { EventTransport, KafkaTransport, kafkaBrokersFromEnv, MessagingModule } from '@accord/shared/messaging';
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
            // The embedded database runs one statement at a time: a big pool only queues.
            poolSize: settings.embedded ? 4 : Number(settings.env['ACCORD_DB_POOL'] ?? 20),
            applicationName: def.serviceName,
          }),
        ),
        CqrsModule.forRoot(),
        MessagingModule.forRoot({ serviceName: def.serviceName, embedded: settings.embedded, transportFactory }),
        ...def.imports,
      ],
      controllers: [HealthController],
      providers: [Readiness, { provide: CLOCK, useValue: systemClock }, ...(def.providers ?? [])],
      exports: [Readiness, CLOCK],
    };
  }
}
