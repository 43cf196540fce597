import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { EventTransport } from '../transport/event-transport';
import { OutboxRelay } from '../outbox/outbox-relay';
import { UnitOfWork } from '../outbox/unit-of-work';
import { EventConsumerHost } from '../inbox/event-consumer-host';
import { EVENT_TRANSPORT, MESSAGING_OPTIONS } from './messaging.tokens';
import { MessagingModuleOptions } from './messaging-module-options';

/**
 * Starts delivery once every module has registered its schemas and projections (bootstrap runs after
 * all onModuleInit), and stops it before TypeORM closes the DataSource (that happens at
 * onApplicationShutdown, after onModuleDestroy).
 */
@Injectable()
export class MessagingLifecycle implements OnApplicationBootstrap, OnModuleDestroy {
  private unsubscribe: (() => void) | null = null;

  constructor(
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingModuleOptions,
    @Inject(EVENT_TRANSPORT) private readonly transport: EventTransport,
    private readonly relay: OutboxRelay,
    private readonly uow: UnitOfWork,
    private readonly consumers: EventConsumerHost,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.options.autoStart === false) return;
    await this.transport.start();
    await this.consumers.start(this.transport, this.options.serviceName, this.options.consumers);
    this.unsubscribe = this.uow.onCommitted((outboxes) => {
      if (outboxes.includes(this.options.serviceName)) this.relay.wake();
    });
    this.relay.start();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.options.autoStart === false) return;
    this.unsubscribe?.();
    await this.relay.stop();
    await this.transport.stop();
  }
}
