import { EventSchema } from '@accord/shared/contracts';
import { AttendanceRecordedV1Schema } from './attendance-recorded.v1';
import { ConsultationClosedV1Schema } from './consultation-closed.v1';
import { ConsultationConvenedV1Schema } from './consultation-convened.v1';
import { ConsultationDecisionRecordedV1Schema } from './consultation-decision-recorded.v1';
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
  ConsultationConvenedV1Schema,
  AttendanceRecordedV1Schema,
  ConsultationDecisionRecordedV1Schema,
  ConsultationClosedV1Schema,
];
