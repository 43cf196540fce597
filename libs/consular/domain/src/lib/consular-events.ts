import { DomainEvent } from '@accord/shared/kernel';
import { AssigneeKind, CaseUpdateStatus, ConsularService, DeclineReason, RequestCloseReason } from './consular-terms';

export type ConsularAgreementRegistered = DomainEvent<
  'ConsularAgreementRegistered',
  { agreementId: string; parties: string[]; countries: string[]; services: ConsularService[]; validFrom: string; validTo: string | null; registeredBy: string; registeredAt: string }
>;
export type ConsularMissionRegistered = DomainEvent<'ConsularMissionRegistered', { missionId: string; stateOrganisationId: string; country: string; city: string; registeredAt: string }>;

export type ConsularRequestRaised = DomainEvent<
  'ConsularRequestRaised',
  { requestId: string; requesterOrganisationId: string; country: string; alertId: string | null; nationalsCount: number; services: ConsularService[]; caseIds: string[]; raisedAt: string }
>;
export type ConsularRequestRouted = DomainEvent<'ConsularRequestRouted', { requestId: string; partnerOrganisationId: string; attempt: number; answerDueAt: string; routedAt: string }>;
export type ConsularRequestAccepted = DomainEvent<'ConsularRequestAccepted', { requestId: string; byOrganisationId: string; acceptedAt: string }>;
export type ConsularRequestDeclined = DomainEvent<'ConsularRequestDeclined', { requestId: string; byOrganisationId: string; reason: DeclineReason; declinedAt: string }>;
export type ConsularRequestEscalated = DomainEvent<
  'ConsularRequestEscalated',
  { requestId: string; fromOrganisationId: string | null; toOrganisationId: string; toKind: AssigneeKind; reason: 'deadline' | 'declined' | 'no_eligible_partner'; answerDueAt: string | null; escalatedAt: string }
>;
export type ConsularCaseUpdated = DomainEvent<'ConsularCaseUpdated', { requestId: string; caseId: string; status: CaseUpdateStatus; byOrganisationId: string; updatedAt: string }>;
export type ConsularRequestClosed = DomainEvent<'ConsularRequestClosed', { requestId: string; byOrganisationId: string; reason: RequestCloseReason; closedAt: string }>;
export type ConsularCaseDataPurged = DomainEvent<'ConsularCaseDataPurged', { requestId: string; caseCount: number; purgedAt: string }>;

export type ConsularRequestEvent =
  | ConsularRequestRaised
  | ConsularRequestRouted
  | ConsularRequestAccepted
  | ConsularRequestDeclined
  | ConsularRequestEscalated
  | ConsularCaseUpdated
  | ConsularRequestClosed
  | ConsularCaseDataPurged;
