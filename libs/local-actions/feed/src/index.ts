import { LocalActionFeedSchema1732780805100 } from './lib/persistence/local-action-feed-schema.migration';

export * from './lib/local-action-feed.module';
export * from './lib/local-action-view';
export * from './lib/persistence/local-action-feed.queries';
export * from './lib/projection/local-action-feed.projection';

export const localActionFeedMigrations = [LocalActionFeedSchema1732780805100];
