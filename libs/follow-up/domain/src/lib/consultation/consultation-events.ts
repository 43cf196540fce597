import { DomainEvent } from '@accord/shared/kernel';
import { AttendanceMark, ConsultationPlan } from './consultation-terms';

export type ConsultationConvened = DomainEvent<'ConsultationConvened', ConsultationPlan & { consultationId: string; secretariatId: string; convenedAt: string }>;
export type AttendanceRecorded = DomainEvent<'AttendanceRecorded', { consultationId: string; attendance: AttendanceMark[]; recordedAt: string }>;
export type ConsultationDecisionRecorded = DomainEvent<
  'ConsultationDecisionRecorded',
  { consultationId: string; alertId: string; decisionId: string; recommendationId: string; title: string; addresseeIds: string[]; dueDate: string; recordedAt: string }
>;
export type ConsultationClosed = DomainEvent<'ConsultationClosed', { consultationId: string; decisionCount: number; closedAt: string }>;
export type ConsultationEvent = ConsultationConvened | AttendanceRecorded | ConsultationDecisionRecorded | ConsultationClosed;
