import { DynamicModule, Global, Module, Provider } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { CommandBus } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { EventRegistry } from '@accord/shared/contracts';
import { EventTransport } from '../transport/event-transport';
import { OutboxWriter } from '../outbox/outbox-writer';
import { UnitOfWork } from '../outbox/unit-of-work';
import { TransactionalCommandBus } from '../outbox/transactional-command-bus';
import { CommandAuditor } from '../outbox/command-auditor';
import { IdempotencyContext } from '../idempotency/idempotency-context';
import { IdempotencyInterceptor } from '../idempotency/idempotency.interceptor';
import { RetentionSweep } from '../retention/retention-sweep';
import { InboxRetention } from '../inbox/inbox-retention';
import { IdempotencyStore } from '../idempotency/idempotency-store';
import { OutboxRelay } from '../outbox/outbox-relay';
import { EmbeddedTransport } from '../embedded/embedded-transport';
import { EventConsumerHost } from '../inbox/event-consumer-host';
import { MessagingLifecycle } from './messaging-lifecycle';
import { MessagingModuleOptions } from './messaging-module-options';
import { EVENT_TRANSPORT, MESSAGING_OPTIONS } from './messaging.tokens';

/**
 * Outbox, relay, transport and consumer host for one service. Needs, from the app: a TypeORM
 * `DataSource` (TypeOrmModule.forRootAsync) and `CqrsModule.forRoot()` (global CommandBus; importing
 * CqrsModule here would create a second bus that knows no handlers).
 */
@Global()
@Module({})
export class MessagingModule {
  static forRoot(options: MessagingModuleOptions): DynamicModule {
    const providers: Provider[] = [
      { provide: MESSAGING_OPTIONS, useValue: options },
      // One instance for the whole app: contexts add their schemas in their module constructors.
      { provide: EventRegistry, useFactory: () => new EventRegistry() },
      { provide: OutboxWriter, useFactory: (registry: EventRegistry) => new OutboxWriter(registry), inject: [EventRegistry] },
      {
        provide: UnitOfWork,
        useFactory: (ds: DataSource, writer: OutboxWriter) => new UnitOfWork(ds, writer, options.serviceName),
        inject: [DataSource, OutboxWriter],
      },
      {
        provide: TransactionalCommandBus,
        useFactory: (uow: UnitOfWork, bus: CommandBus, idempotency: IdempotencyContext, auditor?: CommandAuditor) => new TransactionalCommandBus(uow, bus, auditor, idempotency),
        inject: [UnitOfWork, CommandBus, IdempotencyContext, { token: CommandAuditor, optional: true }],
      },
      // Every write of every service accepts an Idempotency-Key (the table comes with messagingMigrations).
      { provide: IdempotencyStore, useFactory: (ds: DataSource) => new IdempotencyStore(ds), inject: [DataSource] },
      { provide: IdempotencyContext, useFactory: (store: IdempotencyStore) => new IdempotencyContext(store), inject: [IdempotencyStore] },
      {
        provide: RetentionSweep,
        useFactory: (store: IdempotencyStore, ds: DataSource) =>
          new RetentionSweep([{ name: 'idempotency keys', purge: () => store.purge() }, new InboxRetention(ds, options.inboxRetentionDays)]),
        inject: [IdempotencyStore, DataSource],
      },
      { provide: APP_INTERCEPTOR, useFactory: (store: IdempotencyStore, context: IdempotencyContext) => new IdempotencyInterceptor(store, context), inject: [IdempotencyStore, IdempotencyContext] },
      { provide: EVENT_TRANSPORT, useFactory: (ds: DataSource) => transportFor(ds, options), inject: [DataSource] },
      {
        provide: OutboxRelay,
        useFactory: (ds: DataSource, transport: EventTransport) => new OutboxRelay(ds, transport, { ...options.relay, outbox: options.serviceName }),
        inject: [DataSource, EVENT_TRANSPORT],
      },
      {
        provide: EventConsumerHost,
        useFactory: (ds: DataSource, registry: EventRegistry) => new EventConsumerHost(ds, registry),
        inject: [DataSource, EventRegistry],
      },
      MessagingLifecycle,
    ];
    return {
      module: MessagingModule,
      global: true,
      providers,
      exports: [EventRegistry, OutboxWriter, UnitOfWork, TransactionalCommandBus, IdempotencyStore, EVENT_TRANSPORT, OutboxRelay, EventConsumerHost, MESSAGING_OPTIONS],
    };
  }
}

function transportFor(dataSource: DataSource, options: MessagingModuleOptions): EventTransport {
  if (options.transportFactory) return options.transportFactory(dataSource);
  return new EmbeddedTransport(dataSource, { ...options.embeddedTransport, listen: !options.embedded });
}
