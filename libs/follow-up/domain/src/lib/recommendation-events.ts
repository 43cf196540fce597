import { DomainEvent } from '@accord/shared/kernel';
import { FollowUpResponse } from './follow-up-response';
import { ConsultationOrigin, IssuedFrom } from './recommendation-terms';

export type RecommendationIssued = DomainEvent<
  'RecommendationIssued',
  { recommendationId: string; secretariatId: string; meeting: IssuedFrom; title: string; text: string; addresseeIds: string[]; dueDate: string; issuedAt: string; consultation?: ConsultationOrigin }
>;
export type RecommendationResponded = DomainEvent<
  'RecommendationResponded',
  { recommendationId: string; addresseeId: string; response: FollowUpResponse; reason: string; revision: number; respondedAt: string }
>;
export type FollowUpReported = DomainEvent<
  'FollowUpReported',
  { recommendationId: string; addresseeId: string; narrative: string; commitmentIds: string[]; localActionIds: string[]; onTime: boolean; reportedAt: string }
>;
export type FollowUpOverdue = DomainEvent<
  'FollowUpOverdue',
  { recommendationId: string; addresseeId: string; dueDate: string; periodIndex: number; daysOverdue: number; raisedAt: string }
>;
export type RecommendationEvent = RecommendationIssued | RecommendationResponded | FollowUpReported | FollowUpOverdue;
