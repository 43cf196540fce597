import { DomainEvent } from '@accord/shared/kernel';
import { CapOrigin, CloseReason, CrisisAlertTerms } from './crisis-alert-terms';

export interface IssuerSnapshot {
  organisationId: string;
  name: string;
}

export type CrisisAlertRaised = DomainEvent<'CrisisAlertRaised', CrisisAlertTerms & { alertId: string; issuer: IssuerSnapshot; cap: CapOrigin; raisedAt: string }>;
export type CrisisAlertUpdated = DomainEvent<'CrisisAlertUpdated', CrisisAlertTerms & { alertId: string; updatedAt: string }>;
export type CrisisAlertClosed = DomainEvent<'CrisisAlertClosed', { alertId: string; reason: CloseReason; note: string | null; closedAt: string }>;
export type CrisisAlertEvent = CrisisAlertRaised | CrisisAlertUpdated | CrisisAlertClosed;
