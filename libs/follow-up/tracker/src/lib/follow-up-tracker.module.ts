import { Module, OnModuleInit } from '@nestjs/common';
import { ASSESSMENT_EVENT_SCHEMAS } from '@accord/assessments/contracts';
import { COMMITMENT_EVENT_SCHEMAS } from '@accord/commitments/contracts';
import { FOLLOW_UP_EVENT_SCHEMAS } from '@accord/follow-up/contracts';
import { LOCAL_ACTION_EVENT_SCHEMAS } from '@accord/local-actions/contracts';
import { EventRegistry } from '@accord/shared/contracts';
import { EventConsumerHost } from '@accord/shared/messaging';
import { RecommendationDetailHttpController } from './detail/recommendation-detail.http.controller';
import { RecommendationDetailQueries } from './detail/recommendation-detail.queries';
import { RecommendationReportsProjection } from './detail/recommendation-reports.projection';
import { ScorecardExportHttpController } from './export/scorecard-export.http.controller';
import { CommitmentRelatedHttpController } from './http/commitment-related.http.controller';
import { FollowUpTrackerHttpController } from './http/follow-up-tracker.http.controller';
import { NotificationsHttpController } from './http/notifications.http.controller';
import { CommitmentRelatedQueries } from './persistence/commitment-related.queries';
import { NotificationQueries } from './persistence/notification.queries';
import { ScorecardQueries } from './persistence/scorecard.queries';
import { TrackerQueries } from './persistence/tracker.queries';
import { CommitmentRelatedProjection } from './projection/commitment-related.projection';
import { FollowUpTrackerProjection } from './projection/follow-up-tracker.projection';
import { TrackerLivePush } from './projection/tracker-live-push';
import { ScorecardAsOfQueries } from './time-travel/scorecard-as-of';
import { TrackerHistoryProjection } from './time-travel/tracker-history.projection';

/** Follow-up tracker, scorecards, notifications and commitment-related items: hosted by the gateway. Needs LiveModule and CLOCK. */
@Module({
  controllers: [FollowUpTrackerHttpController, NotificationsHttpController, CommitmentRelatedHttpController, ScorecardExportHttpController, RecommendationDetailHttpController],
  providers: [TrackerQueries, ScorecardQueries, NotificationQueries, CommitmentRelatedQueries, TrackerLivePush, FollowUpTrackerProjection, CommitmentRelatedProjection, RecommendationDetailQueries, RecommendationReportsProjection, ScorecardAsOfQueries, TrackerHistoryProjection],
  exports: [TrackerQueries, ScorecardQueries, NotificationQueries, CommitmentRelatedQueries],
})
export class FollowUpTrackerModule implements OnModuleInit {
  constructor(
    registry: EventRegistry,
    private readonly consumers: EventConsumerHost,
    private readonly tracker: FollowUpTrackerProjection,
    private readonly related: CommitmentRelatedProjection,
    private readonly reports: RecommendationReportsProjection,
    private readonly history: TrackerHistoryProjection,
  ) {
    registry.registerAll(FOLLOW_UP_EVENT_SCHEMAS).registerAll(COMMITMENT_EVENT_SCHEMAS).registerAll(ASSESSMENT_EVENT_SCHEMAS).registerAll(LOCAL_ACTION_EVENT_SCHEMAS);
  }

  onModuleInit(): void {
    this.consumers.register(this.tracker);
    this.consumers.register(this.related);
    this.consumers.register(this.reports);
    this.consumers.register(this.history);
  }
}
