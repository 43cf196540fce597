import { TrackerSchema1732780808000 } from './lib/persistence/tracker-schema.migration';

export * from './lib/follow-up-tracker.module';
export * from './lib/persistence/commitment-related.queries';
export * from './lib/persistence/notification.queries';
export * from './lib/persistence/scorecard.queries';
export * from './lib/persistence/tracker-tables';
export * from './lib/persistence/tracker.queries';
export * from './lib/projection/commitment-related.projection';
export * from './lib/projection/follow-up-tracker.projection';
export * from './lib/tracker-views';

export const trackerMigrations = [TrackerSchema1732780808000];
/** Inbox consumer names of the tracker projections (delete their inbox rows to rebuild). */
export const TRACKER_PROJECTIONS = ['tracker.follow-up', 'tracker.commitment-related'];
