import { EventSchema } from '@accord/shared/contracts';
import { FollowUpOverdueV1Schema } from './follow-up-overdue.v1';
import { FollowUpReportedV1Schema } from './follow-up-reported.v1';
import { MeetingRecordedV1Schema } from './meeting-recorded.v1';
import { RecommendationIssuedV1Schema } from './recommendation-issued.v1';
import { RecommendationRespondedV1Schema } from './recommendation-responded.v1';

export const FOLLOW_UP_EVENT_SCHEMAS: readonly EventSchema[] = [
  MeetingRecordedV1Schema,
  RecommendationIssuedV1Schema,
  RecommendationRespondedV1Schema,
  FollowUpReportedV1Schema,
  FollowUpOverdueV1Schema,
];
