import { Module, OnModuleInit } from '@nestjs/common';
import { LOCAL_ACTION_EVENT_SCHEMAS } from '@accord/local-actions/contracts';
import { EventRegistry } from '@accord/shared/contracts';
import { EventConsumerHost } from '@accord/shared/messaging';
import { LocalActionFeedHttpController } from './http/local-action-feed.http.controller';
import { LocalActionFeedQueries } from './persistence/local-action-feed.queries';
import { LocalActionFeedProjection } from './projection/local-action-feed.projection';

/** The peer feed of local actions, hosted by the gateway. Needs LiveModule in the app. */
@Module({
  controllers: [LocalActionFeedHttpController],
  providers: [LocalActionFeedQueries, LocalActionFeedProjection],
  exports: [LocalActionFeedQueries],
})
export class LocalActionFeedModule implements OnModuleInit {
  constructor(registry: EventRegistry, private readonly consumers: EventConsumerHost, private readonly projection: LocalActionFeedProjection) {
    registry.registerAll(LOCAL_ACTION_EVENT_SCHEMAS);
  }

  onModuleInit(): void {
    this.consumers.register(this.projection);
  }
}
