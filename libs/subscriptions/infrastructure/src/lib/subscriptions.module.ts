import { Module, OnModuleInit } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ASSESSMENT_EVENT_SCHEMAS } from '@accord/assessments/contracts';
import { COMMITMENT_EVENT_SCHEMAS } from '@accord/commitments/contracts';
import { FOLLOW_UP_EVENT_SCHEMAS } from '@accord/follow-up/contracts';
import { LOCAL_ACTION_EVENT_SCHEMAS } from '@accord/local-actions/contracts';
import { EventRegistry } from '@accord/shared/contracts';
import { EventConsumerHost } from '@accord/shared/messaging';
import { DeliveryLog, FollowRepository, SUBSCRIPTIONS_COMMAND_HANDLERS, WebhookAddressGuard, WebhookRepository } from '@accord/subscriptions/application';
import { SUBSCRIPTIONS_EVENT_SCHEMAS } from '@accord/subscriptions/contracts';
import { SqlDeliveryLog } from './delivery/sql-delivery-log';
import { WebhookDeliveriesProjection } from './delivery/webhook-deliveries.projection';
import { WebhookDispatcher } from './delivery/webhook-dispatcher';
import { FollowQueries } from './follows/follow.queries';
import { SqlFollowRepository } from './follows/sql-follow.repository';
import { FollowNotificationsHttpController } from './http/follow-notifications.http.controller';
import { FollowsHttpController } from './http/follows.http.controller';
import { WebhooksHttpController } from './http/webhooks.http.controller';
import { FollowNotificationQueries } from './notifications/follow-notification.queries';
import { FollowNotificationsProjection } from './notifications/follow-notifications.projection';
import { DnsWebhookAddressGuard } from './webhooks/dns-webhook-address.guard';
import { HostResolver } from './webhooks/host-resolver';
import { SqlWebhookRepository } from './webhooks/sql-webhook.repository';
import { WebhookQueries } from './webhooks/webhook.queries';
import { WebhookSecretCipher } from './webhooks/webhook-secret.cipher';
import { WebhookSecrets } from './webhooks/webhook-secrets';

const PUBLIC_SCHEMAS = [COMMITMENT_EVENT_SCHEMAS, FOLLOW_UP_EVENT_SCHEMAS, LOCAL_ACTION_EVENT_SCHEMAS, ASSESSMENT_EVENT_SCHEMAS];

/**
 * Follows, follow notifications and webhooks: a person-level concern hosted by the gateway (it has the
 * database and the live sockets). Needs LiveModule and CLOCK. Reads the public streams only.
 */
@Module({
  imports: [CqrsModule],
  controllers: [FollowsHttpController, FollowNotificationsHttpController, WebhooksHttpController],
  providers: [
    ...SUBSCRIPTIONS_COMMAND_HANDLERS,
    { provide: FollowRepository, useClass: SqlFollowRepository },
    { provide: WebhookRepository, useClass: SqlWebhookRepository },
    { provide: DeliveryLog, useClass: SqlDeliveryLog },
    // Read when the module starts: a missing ACCORD_WEBHOOK_KEYS in production fails start-up here.
    { provide: WebhookSecretCipher, useFactory: () => WebhookSecretCipher.fromEnv(process.env) },
    WebhookSecrets,
    HostResolver,
    DnsWebhookAddressGuard,
    { provide: WebhookAddressGuard, useExisting: DnsWebhookAddressGuard },
    FollowQueries,
    FollowNotificationQueries,
    WebhookQueries,
    WebhookDispatcher,
    FollowNotificationsProjection,
    WebhookDeliveriesProjection,
  ],
  exports: [FollowQueries, FollowNotificationQueries, WebhookQueries, WebhookDispatcher],
})
export class SubscriptionsModule implements OnModuleInit {
  constructor(
    registry: EventRegistry,
    private readonly consumers: EventConsumerHost,
    private readonly notifications: FollowNotificationsProjection,
    private readonly deliveries: WebhookDeliveriesProjection,
  ) {
    registry.registerAll(SUBSCRIPTIONS_EVENT_SCHEMAS);
    for (const schemas of PUBLIC_SCHEMAS) registry.registerAll(schemas);
  }

  onModuleInit(): void {
    this.consumers.register(this.notifications);
    this.consumers.register(this.deliveries);
  }
}
