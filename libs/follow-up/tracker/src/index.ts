import { RecommendationReportsSchema1732780808500 } from './lib/detail/recommendation-reports.migration';
import { TrackerSchema1732780808000 } from './lib/persistence/tracker-schema.migration';
import { TrackerEventHistory1732780808600 } from './lib/time-travel/tracker-history.migration';

export * from '@accord/follow-up/contracts/views';
export * from './lib/export/scorecard-export.http.controller';
export * from './lib/follow-up-tracker.module';
export * from './lib/persistence/commitment-related.queries';
export * from './lib/persistence/notification.queries';
export * from './lib/persistence/scorecard.queries';
export * from './lib/persistence/tracker-tables';
export * from './lib/persistence/tracker.queries';
export * from './lib/projection/commitment-related.projection';
export * from './lib/projection/follow-up-tracker.projection';

export const trackerMigrations = [TrackerSchema1732780808000, RecommendationReportsSchema1732780808500, TrackerEventHistory1732780808600];
/** Inbox consumer names of the tracker projections (delete their inbox rows to rebuild). */
export const TRACKER_PROJECTIONS = ['tracker.follow-up', 'tracker.commitment-related', 'tracker.recommendation-reports', 'tracker.event-history'];
