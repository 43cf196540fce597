import { CloseConsultationHandler } from './commands/close-consultation/close-consultation.handler';
import { ConveneConsultationHandler } from './commands/convene-consultation/convene-consultation.handler';
import { IssueRecommendationHandler } from './commands/issue-recommendation/issue-recommendation.handler';
import { RaiseFollowUpOverdueHandler } from './commands/raise-follow-up-overdue/raise-follow-up-overdue.handler';
import { RecordAttendanceHandler } from './commands/record-attendance/record-attendance.handler';
import { RecordConsultationDecisionHandler } from './commands/record-consultation-decision/record-consultation-decision.handler';
import { RecordMeetingHandler } from './commands/record-meeting/record-meeting.handler';
import { ReportFollowUpHandler } from './commands/report-follow-up/report-follow-up.handler';
import { RespondToRecommendationHandler } from './commands/respond-to-recommendation/respond-to-recommendation.handler';

export const FOLLOW_UP_COMMAND_HANDLERS = [
  RecordMeetingHandler,
  IssueRecommendationHandler,
  RespondToRecommendationHandler,
  ReportFollowUpHandler,
  RaiseFollowUpOverdueHandler,
  ConveneConsultationHandler,
  RecordAttendanceHandler,
  RecordConsultationDecisionHandler,
  CloseConsultationHandler,
];
